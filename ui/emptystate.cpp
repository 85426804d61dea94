#include "emptystate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace minuta::ui {

EmptyState::EmptyState(const QIcon &icon, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
    , m_buttons(new QVBoxLayout)
{
    m_icon->setPixmap(icon.pixmap(QSize(64, 64), devicePixelRatioF()));
    m_icon->setAlignment(Qt::AlignHCenter);
    m_icon->setEnabled(false);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));

    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    // Wide enough for a sentence to read as one, whatever the window's width.
    m_text->setMinimumWidth(qMin(440, m_text->fontMetrics().averageCharWidth() * 60));
    m_text->setMaximumWidth(520);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_text->setObjectName(QStringLiteral("emptyStateText"));

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(m_icon);
    column->addWidget(m_title);
    column->addWidget(m_text, 0, Qt::AlignHCenter);
    m_buttons->setSpacing(6);
    column->addSpacing(8);
    column->addLayout(m_buttons);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addLayout(column);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch(3);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

void EmptyState::addAction(QAction *action)
{
    auto *button = new QPushButton(action->icon(), action->text(), this);
    button->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')));
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    // A step that cannot be taken now is not offered.
    const auto follow = [button, action] { button->setVisible(action->isEnabled()); };
    connect(action, &QAction::changed, button, follow);
    follow();
    m_buttons->addWidget(button, 0, Qt::AlignHCenter);
}

} // namespace minuta::ui
