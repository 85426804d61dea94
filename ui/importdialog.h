#pragma once

// File ▸ Import: time entries from a CSV (Minuta's own export, Toggl Track, Clockify, Kimai, a
// spreadsheet), checked before anything is stored: which tool wrote it and how its text is encoded,
// the first rows as they would come in, the clients that would be added, the rows already in the
// file, and every row that cannot be read, by line. Import is offered only when nothing is wrong.

#include "io/timesheetimport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace minuta::ui {

class Workspace;

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        DateColumn,
        StartColumn,
        EndColumn,
        DurationColumn,
        ClientColumn,
        TaskColumn,
        DescriptionColumn,
        BillableColumn,
        ColumnCount
    };

    ImportDialog(Workspace &workspace, const QString &path, QWidget *parent = nullptr);

    QComboBox *dateFormatBox() const { return m_dateFormat; }
    QCheckBox *addClientsBox() const { return m_addClients; }
    QTableWidget *preview() const { return m_preview; }
    QPushButton *importButton() const { return m_import; }
    QString summaryText() const;
    QString problemsText() const;
    // What the import did, once accepted.
    QString resultMessage() const { return m_result; }

    // The files a drop or a dialog may bring: CSV and text.
    static bool isImportable(const QString &path);

private:
    TimesheetImport::Options options(bool dryRun) const;
    void check();
    void import();

    Workspace &m_workspace;
    QString m_path;
    QLabel *m_file;
    QComboBox *m_dateFormat;
    QCheckBox *m_addClients;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QLabel *m_problems;
    QLabel *m_warnings;
    QPushButton *m_import;
    QString m_result;
};

} // namespace minuta::ui
