#include "messagebox.h"

#include <QPushButton>

#include <optional>

namespace minuta::ui {

namespace {

std::optional<QMessageBox::StandardButton> s_automaticAnswer;
QStringList s_shown;

} // namespace

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title,
                                                    const QString &text, QMessageBox::StandardButtons buttons,
                                                    QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton
MessageBox::choose(QWidget *parent, const QString &title, const QString &text,
                   const QList<QPair<QMessageBox::StandardButton, QString>> &buttons,
                   QMessageBox::StandardButton defaultButton)
{
    if (s_automaticAnswer) {
        s_shown.append(text);
        return *s_automaticAnswer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    for (const auto &[button, label] : buttons)
        box.addButton(button)->setText(label);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void MessageBox::answerAutomatically(QMessageBox::StandardButton answer)
{
    s_automaticAnswer = answer;
}

QStringList MessageBox::takeShownMessages()
{
    return std::exchange(s_shown, QStringList());
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    if (s_automaticAnswer) {
        s_shown.append(text);
        return *s_automaticAnswer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    // User text goes into these boxes (file names, client names): never read it as markup.
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace minuta::ui
