#include "fielderrors.h"

#include "look.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QWidget>

namespace minuta::ui {

namespace {

// Brings to the front every tab page that holds `widget`, so that it can be seen and focused.
void raiseTabsOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget());
        if (auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr)
            tabs->setCurrentWidget(w);
    }
}

} // namespace

FieldErrors::FieldErrors(QObject *parent) : QObject(parent)
{}

QLabel *FieldErrors::makeLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(look::errorStyle());
    label->setVisible(false);
    label->setAccessibleName(QObject::tr("Error"));
    return label;
}

QWidget *FieldErrors::withErrorLine(QWidget *parent, const QString &field, QWidget *widget)
{
    QLabel *error = makeLabel(parent);
    add(field, widget, error);
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // The box grows no more than its widget can: a text box of fixed height on a short tab would
    // otherwise take the spare height and sit apart from its label.
    layout->setSizeConstraint(QLayout::SetMinAndMaxSize);
    layout->addWidget(widget);
    layout->addWidget(error);
    return box;
}

void FieldErrors::add(const QString &field, QWidget *widget, QLabel *label)
{
    m_fields.insert(field, {widget, label});
}

void FieldErrors::show(const Error &error, QLabel *fallback)
{
    clear();
    const auto it = m_fields.constFind(error.field());
    QLabel *label = it != m_fields.cend() ? it->label : fallback;
    if (it != m_fields.cend() && it->widget) {
        raiseTabsOf(it->widget);
        it->widget->setFocus();
    }
    if (label) {
        label->setText(error.message());
        label->setVisible(true);
    }
    m_fallback = label == fallback ? fallback : nullptr;
}

void FieldErrors::showAll(const QList<Error> &errors, QLabel *fallback)
{
    clear();
    QStringList elsewhere;
    QWidget *first = nullptr;
    QHash<QLabel *, QStringList> shown;
    QList<QLabel *> order;
    for (const Error &error : errors) {
        const auto it = m_fields.constFind(error.field());
        if (it == m_fields.cend() || !it->label) {
            elsewhere << error.message();
            continue;
        }
        if (!first)
            first = it->widget;
        if (!shown.contains(it->label))
            order << it->label;
        shown[it->label] << error.message();
    }
    for (QLabel *label : std::as_const(order)) {
        label->setText(shown.value(label).join(QLatin1Char('\n')));
        label->setVisible(true);
    }
    m_fallback = nullptr;
    if (!elsewhere.isEmpty() && fallback) {
        fallback->setText(elsewhere.join(QLatin1Char('\n')));
        fallback->setVisible(true);
        m_fallback = fallback;
    }
    if (first) {
        raiseTabsOf(first);
        first->setFocus();
    }
}

void FieldErrors::clear()
{
    for (const Field &f : std::as_const(m_fields))
        if (f.label)
            f.label->setVisible(false);
    if (m_fallback)
        m_fallback->setVisible(false);
}

QWidget *FieldErrors::widget(const QString &field) const
{
    return m_fields.value(field).widget;
}

QString FieldErrors::messageAt(const QString &field) const
{
    const auto it = m_fields.constFind(field);
    return it != m_fields.cend() && it->label && it->label->isVisibleTo(it->label->parentWidget())
               ? it->label->text()
               : QString();
}

} // namespace minuta::ui
