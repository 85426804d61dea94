#pragma once

// File ▸ Backups and Restore…: the copies of the open file, newest first, with when and why each was made;
// one can be chosen to restore, or a copy kept elsewhere (a USB stick). The window does not restore by
// itself: the main window closes the file first, then restores what was chosen here.

#include <QDialog>
#include <QTimeZone>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace minuta::ui {

class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    BackupsDialog(const QString &databasePath, const QTimeZone &zone, const QLocale &locale,
                  QWidget *parent = nullptr);

    // The copy to restore, once the dialog was accepted.
    QString chosenBackup() const { return m_chosen; }
    QTableWidget *table() const { return m_table; }
    QPushButton *restoreButton() const { return m_restore; }

    // Reads the folder again (after a copy was made).
    void reload();
    // Off while the file is not open (it could not be): there is nothing to copy.
    void setBackupNowEnabled(bool enabled);

Q_SIGNALS:
    // "Back Up Now" was pressed: the file controller makes the copy, then calls reload().
    void backupRequested();

private:
    QLabel *buildIntro();
    void setUpTable();
    QHBoxLayout *buildActions();
    void restoreSelected();
    void restoreOtherFile();
    // Asks before the file is replaced; accepts the dialog with `path` when the answer is yes.
    void confirm(const QString &path, const QString &question);

    QString m_path;
    QTimeZone m_zone;
    QLocale m_locale;
    QString m_chosen;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_restore;
    QPushButton *m_backupNow = nullptr;
};

} // namespace minuta::ui
