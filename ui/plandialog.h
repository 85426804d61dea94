#pragma once

// Planning work: client, title, start, estimate, optional deadline, weekly or monthly repetition
// and its last day. Also edits a plan (every occurrence) and deletes it.

#include "calendar/plan.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace minuta::ui {

class FieldErrors;
class Workspace;

class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    // A new plan starting at `start` (Unix seconds), or `existing`.
    PlanDialog(Workspace &workspace, std::optional<Plan> existing, qint64 start, QWidget *parent = nullptr);

    QComboBox *clientBox() const { return m_client; }
    QLineEdit *titleEdit() const { return m_title; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QSpinBox *minutesEdit() const { return m_minutes; }
    QCheckBox *dueCheck() const { return m_hasDue; }
    QDateEdit *dueEdit() const { return m_due; }
    QComboBox *repeatBox() const { return m_repeat; }
    QCheckBox *untilCheck() const { return m_hasUntil; }
    QDateEdit *untilEdit() const { return m_until; }
    QPushButton *deleteButton() const { return m_delete; }
    FieldErrors *errors() const { return m_errors; }
    void accept() override;

private:
    void setUpClientAndTitle();
    void setUpSchedule(const Plan &base, qint64 start);
    void setUpNotes(const Plan &base);
    QFormLayout *buildForm();
    QWidget *buildStartRow();
    QDialogButtonBox *buildButtons();
    Result<Plan> plan() const;
    void updateRepeat();
    void deletePlan();

    Workspace &m_workspace;
    std::optional<Plan> m_existing;
    QComboBox *m_client;
    QLineEdit *m_title;
    QDateTimeEdit *m_start;
    QSpinBox *m_minutes;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QComboBox *m_repeat;
    QCheckBox *m_hasUntil;
    QDateEdit *m_until;
    QPlainTextEdit *m_notes;
    QPushButton *m_delete = nullptr;
    QLabel *m_generalError;
    FieldErrors *m_errors;
};

} // namespace minuta::ui
