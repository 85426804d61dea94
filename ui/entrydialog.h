#pragma once

// Adding a time entry by hand, or changing one: client, day, start and end (or duration), task,
// description, billable and an optional rate. A refused entry says why next to the field and saves
// nothing.

#include "work/timeentry.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace minuta::ui {

class FieldErrors;
class Workspace;

class EntryDialog : public QDialog
{
    Q_OBJECT

public:
    // A new entry (`existing` empty) starting at `start`, or a change to `existing`.
    EntryDialog(Workspace &workspace, std::optional<TimeEntry> existing, qint64 start,
                QWidget *parent = nullptr);

    QComboBox *clientBox() const { return m_client; }
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }
    QLineEdit *durationEdit() const { return m_duration; }
    QLineEdit *rateEdit() const { return m_rate; }
    QComboBox *taskBox() const { return m_task; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    FieldErrors *errors() const { return m_errors; }
    // What saving said beyond storing (an overlap).
    QStringList warnings() const { return m_warnings; }

    void accept() override;

private:
    void fillClients();
    void setUpTimes(const TimeEntry &base, qint64 start);
    void setUpDetails(const TimeEntry &base);
    QFormLayout *buildForm();
    QWidget *buildTimes();
    QWidget *buildRate();
    Result<TimeEntry> entry() const;
    void syncDuration();
    void applyDuration();
    void fillTasks();
    // The rate the entry bills at unless given its own: the client's, or the business's default.
    void showClientRate();
    bool isRunning() const;

    Workspace &m_workspace;
    std::optional<TimeEntry> m_existing;
    QComboBox *m_client;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLineEdit *m_duration;
    QComboBox *m_task;
    QPlainTextEdit *m_description;
    QCheckBox *m_billable;
    QCheckBox *m_ownRate;
    QLineEdit *m_rate;
    QLabel *m_generalError;
    FieldErrors *m_errors;
    QStringList m_warnings;
};

} // namespace minuta::ui
