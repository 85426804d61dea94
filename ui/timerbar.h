#pragma once

// The bar always on top of the window: pick a client (recent ones first), a task and a description,
// start or stop with one shortcut (starting another client switches), the elapsed time ticking and
// today's total. Asks "did you forget to stop?" when a timer runs past the limit.

#include "invoicing/pack.h"
#include "work/timeentry.h"

#include <QWidget>

#include <map>
#include <memory>
#include <optional>

class QComboBox;
class QEvent;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace minuta::ui {

class IdleSource;
class Workspace;

class TimerBar : public QWidget
{
    Q_OBJECT

public:
    explicit TimerBar(Workspace &workspace, QWidget *parent = nullptr);
    ~TimerBar() override;

    // Where the time away from the computer is read (the platform's, unless a test gives its own).
    void setIdleSource(std::unique_ptr<IdleSource> source);

    QComboBox *clientBox() const { return m_client; }
    QComboBox *taskBox() const { return m_task; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QPushButton *startStopButton() const { return m_startStop; }
    QString elapsedText() const;
    QString todayText() const;
    std::optional<TimeEntry> running() const { return m_running; }
    // What is wrong with the client typed (no such client, several match), shown under the field;
    // empty when nothing is.
    QString clientProblem() const;

    // Two lines instead of one, for a narrow window: the client, the time and the button, then the
    // task, the description and today's total.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

public Q_SLOTS:
    // Stops the running timer for the chosen client, or starts one (switching from any other).
    void toggle();
    void stop();
    // Starts the client worked for last.
    void startLast();
    // Starts the timer for the client, task and description of `entry` (switching from any other).
    void continueWork(const TimeEntry &entry);
    // Reads the timer and today's total again from the file.
    void refresh();

Q_SIGNALS:
    void message(const QString &text);
    // The running timer and its elapsed time, for the tray.
    void statusChanged(const QString &summary);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    void fillClients();
    void fillTasks();
    void clientChosen();
    // Enter in the client field: the client typed, or the only one whose name holds the text.
    bool pickTypedClient();
    void showClientProblem(const QString &text);
    void arrange();
    void showDetails(const QString &task, const QString &description, qint64 forClient);
    void updateButton();
    void saveRunningDetails();
    // Starts (or switches to) the timer for the client, and says what happened.
    void startTimer(qint64 client, const QString &task, const QString &description);
    void askAboutLongTimer();
    // While a timer runs: notes when the computer went idle past the setting's minutes, and on
    // return asks whether to keep that time, discard it, or discard it and go on.
    void watchIdleTime();
    void askAboutIdleTime(qint64 idleSince, qint64 returnedAt);
    qint64 selectedClientId() const;

    Workspace &m_workspace;
    QComboBox *m_client;
    QComboBox *m_task;
    QLineEdit *m_description;
    QPushButton *m_startStop;
    QLabel *m_elapsed;
    QLabel *m_today;
    QLabel *m_pack; // what the running client's prepaid pack has left
    QLabel *m_problem;
    QTimer *m_problemTimeout = nullptr; // puts the note away
    QGridLayout *m_layout = nullptr;
    bool m_compact = false;
    QTimer *m_ticker;
    std::optional<TimeEntry> m_running;
    std::optional<PackState> m_runningPack; // as it stood when the bar last refreshed
    std::optional<Money> m_runningRate;     // per hour: what the running time draws from a credit pack
    std::map<qint64, int> m_packWarned;     // pack id → 1 nearly used up, 2 used up: notified
    int m_packWarningPercent = 80;          // the settings' share used that is warned about
    qint64 m_todayFinished = 0;
    qint64 m_askedAboutEntry = 0;
    qint64 m_notifiedAboutEntry = 0; // the long timer notified while the window was away
    bool m_filling = false;
    // The client whose work the task and description fields show (the running entry's, or the one
    // chosen last, filled in for it); 0 when the user typed them before choosing a client.
    qint64 m_detailsFor = 0;
    std::unique_ptr<IdleSource> m_idle;
    int m_idleMinutes = 10;
    std::optional<qint64> m_idleSince; // when the computer went idle under the running entry
    qint64 m_idleEntry = 0;            // that entry
    bool m_askingIdle = false;
};

} // namespace minuta::ui
