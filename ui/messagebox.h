#pragma once

// Message boxes behind one seam: the app shows real dialogs; tests answer them in advance and read
// back what they said, so no test ever blocks on a modal box.

#include <QMessageBox>
#include <QStringList>

namespace minuta::ui {

class MessageBox
{
public:
    static QMessageBox::StandardButton
    critical(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Ok,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton
    warning(QWidget *parent, const QString &title, const QString &text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton
    information(QWidget *parent, const QString &title, const QString &text,
                QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

    // A question with buttons of its own wording: `buttons` maps standard buttons to their texts.
    static QMessageBox::StandardButton
    choose(QWidget *parent, const QString &title, const QString &text,
           const QList<QPair<QMessageBox::StandardButton, QString>> &buttons,
           QMessageBox::StandardButton defaultButton);

    // For tests: from now on no box is shown; each is answered with `answer` and its text kept.
    static void answerAutomatically(QMessageBox::StandardButton answer);
    // The texts of the boxes answered automatically since the last call.
    static QStringList takeShownMessages();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace minuta::ui
