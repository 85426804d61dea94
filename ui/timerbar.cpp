#include "timerbar.h"

#include "clientlistmodel.h"
#include "commands/editentrycommand.h"
#include "format.h"
#include "idlesource.h"
#include "messagebox.h"
#include "notifier.h"
#include "workspace.h"

#include "business/settings.h"
#include "invoicing/packrepository.h"
#include "values/clock.h"
#include "values/timeutil.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace minuta::ui {

TimerBar::TimerBar(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_client(new QComboBox(this))
    , m_task(new QComboBox(this))
    , m_description(new QLineEdit(this))
    , m_startStop(new QPushButton(this))
    , m_elapsed(new QLabel(this))
    , m_today(new QLabel(this))
    , m_pack(new QLabel(this))
    , m_problem(new QLabel(this, Qt::ToolTip))
    , m_ticker(new QTimer(this))
    , m_idle(IdleSource::system())
{
    setObjectName(QStringLiteral("timerBar"));

    m_client->setObjectName(QStringLiteral("timerClient"));
    m_client->setEditable(true);
    m_client->setInsertPolicy(QComboBox::NoInsert);
    m_client->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_client->completer()->setFilterMode(Qt::MatchContains);
    m_client->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_client->setMinimumWidth(200);
    // A long client's or task's name scrolls in its field rather than widening the bar.
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_client->setMinimumContentsLength(12);
    m_client->lineEdit()->setPlaceholderText(tr("Client"));
    m_client->setAccessibleName(tr("Client"));
    m_client->setToolTip(tr("Who the work is for; type to search"));
    // What is wrong with the client typed, in a note under the field that goes when typing resumes.
    m_problem->setObjectName(QStringLiteral("timerClientProblem"));
    m_problem->setForegroundRole(QPalette::ToolTipText);
    m_problem->setBackgroundRole(QPalette::ToolTipBase);
    m_problem->setAutoFillBackground(true);
    m_problem->setMargin(6);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_problemTimeout = new QTimer(this);
    m_problemTimeout->setSingleShot(true);
    m_problemTimeout->setInterval(8000);
    connect(m_problemTimeout, &QTimer::timeout, m_problem, &QWidget::hide);

    m_task->setObjectName(QStringLiteral("timerTask"));
    m_task->setEditable(true);
    m_task->setInsertPolicy(QComboBox::NoInsert);
    m_task->setMinimumWidth(140);
    m_task->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_task->setMinimumContentsLength(8);
    m_task->lineEdit()->setPlaceholderText(tr("Task"));
    m_task->setAccessibleName(tr("Task"));

    m_description->setObjectName(QStringLiteral("timerDescription"));
    m_description->setPlaceholderText(tr("What are you working on?"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setMaxLength(5000);

    m_startStop->setObjectName(QStringLiteral("timerStartStop"));
    m_startStop->setMinimumWidth(96);
    m_startStop->setDefault(true);

    m_elapsed->setObjectName(QStringLiteral("timerElapsed"));
    QFont big = m_elapsed->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    big.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    big.setStyleHint(QFont::Monospace);
    m_elapsed->setFont(big);
    m_elapsed->setMinimumWidth(m_elapsed->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 8);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    m_today->setObjectName(QStringLiteral("timerToday"));
    m_today->setForegroundRole(QPalette::PlaceholderText);
    m_today->setAccessibleName(tr("Time logged today"));
    m_pack->setObjectName(QStringLiteral("timerPack"));
    m_pack->setAccessibleName(tr("What the client's prepaid pack has left"));
    m_pack->setForegroundRole(QPalette::PlaceholderText);
    m_pack->hide();

    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(12, 8, 12, 8);
    m_layout->setHorizontalSpacing(8);
    m_layout->setVerticalSpacing(6);
    arrange();
    setTabOrder(m_client, m_task);
    setTabOrder(m_task, m_description);
    setTabOrder(m_description, m_startStop);

    // The window's shortcuts (Ctrl+U, Ctrl+N…) work in these fields too, instead of editing their text.
    for (QWidget *field : {static_cast<QWidget *>(m_client->lineEdit()),
                           static_cast<QWidget *>(m_task->lineEdit()), static_cast<QWidget *>(m_description)})
        field->installEventFilter(this);

    connect(m_client->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (pickTypedClient())
            m_description->setFocus();
    });
    connect(m_client->lineEdit(), &QLineEdit::textEdited, m_problem, &QWidget::hide);
    // What the user types in the task or the description is for the entry running when its client
    // is chosen, and otherwise for the next one started, whichever client that is.
    const auto typed = [this] {
        m_detailsFor = m_running && m_running->clientId == selectedClientId() ? m_running->clientId : 0;
    };
    connect(m_description, &QLineEdit::textEdited, this, typed);
    connect(m_task->lineEdit(), &QLineEdit::textEdited, this, typed);
    connect(m_startStop, &QPushButton::clicked, this, &TimerBar::toggle);
    connect(m_description, &QLineEdit::returnPressed, this, [this] {
        if (m_running && m_running->clientId == selectedClientId())
            saveRunningDetails();
        else
            toggle();
    });
    connect(m_description, &QLineEdit::editingFinished, this, &TimerBar::saveRunningDetails);
    connect(m_task->lineEdit(), &QLineEdit::editingFinished, this, &TimerBar::saveRunningDetails);
    connect(m_client, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_problem->hide();
        clientChosen();
        updateButton();
    });
    connect(m_ticker, &QTimer::timeout, this, &TimerBar::tick);
    m_ticker->start(1000);
    // The idle setting is read when it changes, not with every entry or client saved.
    const auto readIdleSetting = [this] {
        if (auto defaults = m_workspace.settings().businessDefaults())
            m_idleMinutes = defaults->idleMinutes;
    };
    readIdleSetting();
    connect(&workspace, &Workspace::changed, this, [this, readIdleSetting](Workspace::Changes changes) {
        if (changes & Workspace::Settings)
            readIdleSetting();
        if (changes & (Workspace::Clients | Workspace::Entries | Workspace::Timer))
            refresh();
    });
    refresh();
}

TimerBar::~TimerBar() = default;

void TimerBar::setIdleSource(std::unique_ptr<IdleSource> source)
{
    m_idle = std::move(source);
    m_idleSince.reset();
}

qint64 TimerBar::selectedClientId() const
{
    // The typed text decides, so "acme" + Enter picks ACME even before the popup closes.
    const QString typed = m_client->currentText().trimmed();
    const int index = m_client->findText(typed, Qt::MatchFixedString);
    if (index >= 0)
        return m_client->itemData(index).toLongLong();
    return 0;
}

void TimerBar::fillClients()
{
    m_filling = true;
    const qint64 keep = m_running ? m_running->clientId : selectedClientId();
    m_client->clear();
    auto clients = m_workspace.clients().list();
    auto recent = m_workspace.entries().recentClientIds();
    QList<Client> ordered = clients ? *clients : QList<Client>();
    if (recent) {
        // Recently worked-for clients first, in that order; the rest by name.
        std::stable_sort(ordered.begin(), ordered.end(), [&](const Client &a, const Client &b) {
            const auto ia = recent->indexOf(a.id), ib = recent->indexOf(b.id);
            return (ia < 0 ? INT_MAX : ia) < (ib < 0 ? INT_MAX : ib);
        });
    }
    for (const Client &c : std::as_const(ordered))
        m_client->addItem(ClientListModel::swatch(c.color), c.name, c.id);
    const int index = m_client->findData(keep);
    m_client->setCurrentIndex(index >= 0 ? index : (m_client->count() > 0 ? 0 : -1));
    m_filling = false;
    fillTasks();
}

void TimerBar::fillTasks()
{
    const QString current = m_task->currentText();
    m_task->clear();
    const qint64 client = selectedClientId();
    if (client > 0)
        if (auto tasks = m_workspace.entries().recentTasks(client))
            m_task->addItems(*tasks);
    m_task->setCurrentText(current);
}

void TimerBar::showDetails(const QString &task, const QString &description, qint64 forClient)
{
    m_task->setCurrentText(task);
    m_description->setText(description);
    m_detailsFor = forClient;
}

void TimerBar::clientChosen()
{
    const qint64 client = selectedClientId();
    fillTasks();
    if (m_running && client == m_running->clientId) {
        // Back on the running entry: its own task and description.
        showDetails(m_running->task, m_running->description, client);
    } else if (m_detailsFor != 0 && m_detailsFor != client) {
        // The fields hold another client's work: the next entry starts from this client's last task,
        // never with what was written for someone else.
        showDetails(m_task->count() > 0 ? m_task->itemText(0) : QString(), QString(), client);
    }
}

bool TimerBar::pickTypedClient()
{
    const QString typed = m_client->currentText().trimmed();
    if (typed.isEmpty()) {
        showClientProblem(tr("Choose a client to start the timer for."));
        return false;
    }
    int index = m_client->findText(typed, Qt::MatchFixedString);
    if (index < 0) {
        QList<int> matching;
        for (int i = 0; i < m_client->count(); ++i)
            if (m_client->itemText(i).contains(typed, Qt::CaseInsensitive))
                matching << i;
        if (matching.isEmpty()) {
            showClientProblem(tr("There is no client called “%1”.").arg(typed));
            return false;
        }
        if (matching.size() > 1) {
            showClientProblem(tr("%n client(s) match “%1”: type more of the name, or pick one.", nullptr,
                                 int(matching.size()))
                                  .arg(typed));
            return false;
        }
        index = matching.first();
    }
    m_client->setCurrentIndex(index);
    // The same index again sets no signal off, but the text typed must still read as the name.
    m_client->setEditText(m_client->itemText(index));
    m_problem->hide();
    return true;
}

void TimerBar::showClientProblem(const QString &text)
{
    m_problem->setText(text);
    // One line as wide as the text needs, at least the field's width; longer text wraps at 420 px.
    const int margins = 2 * m_problem->margin() + 8;
    const int width = qBound(m_client->width(), m_problem->fontMetrics().horizontalAdvance(text) + margins,
                             qMax(m_client->width(), 420));
    m_problem->resize(width, m_problem->heightForWidth(width));
    m_problem->move(m_client->mapToGlobal(QPoint(0, m_client->height() + 2)));
    m_problem->show();
    m_problem->raise();
    m_problemTimeout->start();
    m_client->setFocus();
    m_client->lineEdit()->selectAll();
}

void TimerBar::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    arrange();
}

void TimerBar::arrange()
{
    for (QWidget *w : {static_cast<QWidget *>(m_client), static_cast<QWidget *>(m_task),
                       static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_elapsed),
                       static_cast<QWidget *>(m_startStop), static_cast<QWidget *>(m_today),
                       static_cast<QWidget *>(m_pack)})
        m_layout->removeWidget(w);
    for (int c = 0; c < 7; ++c)
        m_layout->setColumnStretch(c, 0);
    if (!m_compact) {
        // One line: client, task, description, the time, the button, today's total.
        m_layout->addWidget(m_client, 0, 0);
        m_layout->addWidget(m_task, 0, 1);
        m_layout->addWidget(m_description, 0, 2);
        m_layout->addWidget(m_elapsed, 0, 3);
        m_layout->addWidget(m_startStop, 0, 4);
        m_layout->addWidget(m_today, 0, 5);
        m_layout->addWidget(m_pack, 0, 6);
        m_layout->setColumnStretch(0, 3);
        m_layout->setColumnStretch(1, 2);
        m_layout->setColumnStretch(2, 5);
        m_client->setMinimumWidth(200);
        m_task->setMinimumWidth(140);
    } else {
        // Two lines for a narrow window: who and how long, then what and today's total.
        m_layout->addWidget(m_client, 0, 0, 1, 2);
        m_layout->addWidget(m_elapsed, 0, 2);
        m_layout->addWidget(m_startStop, 0, 3);
        m_layout->addWidget(m_task, 1, 0);
        m_layout->addWidget(m_description, 1, 1, 1, 2);
        m_layout->addWidget(m_today, 1, 3);
        m_layout->addWidget(m_pack, 2, 0, 1, 4);
        m_layout->setColumnStretch(0, 2);
        m_layout->setColumnStretch(1, 3);
        m_client->setMinimumWidth(160);
        m_task->setMinimumWidth(100);
    }
    m_today->setAlignment(m_compact ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
}

QString TimerBar::clientProblem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

bool TimerBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Undo, copy, paste and the like stay with the field's text; any other key the window has a
        // shortcut for goes to the window (Ctrl+U logs units rather than clearing the line).
        static const QList<QKeySequence::StandardKey> editing = {
            QKeySequence::Undo, QKeySequence::Redo,  QKeySequence::Copy,
            QKeySequence::Cut,  QKeySequence::Paste, QKeySequence::SelectAll};
        for (const QKeySequence::StandardKey standard : editing)
            if (key->matches(standard))
                return QWidget::eventFilter(watched, event);
        const QKeySequence pressed(key->keyCombination());
        const QList<QAction *> actions = window()->findChildren<QAction *>();
        for (const QAction *action : actions)
            if (action->isEnabled() && action->shortcuts().contains(pressed)) {
                event->ignore();
                return true;
            }
    }
    return QWidget::eventFilter(watched, event);
}

void TimerBar::refresh()
{
    auto running = m_workspace.entries().running();
    m_running = running ? *running : std::nullopt;
    const QTimeZone zone = m_workspace.clock().timeZone();
    TimeEntryFilter today;
    today.from = timeutil::startOfDay(m_workspace.today(), zone);
    today.to = timeutil::startOfDay(m_workspace.today().addDays(1), zone);
    today.includeRunning = false;
    auto totals = m_workspace.entries().totals(today);
    m_todayFinished = totals ? totals->seconds : 0;
    fillClients();
    if (m_running) {
        if (!m_description->hasFocus())
            m_description->setText(m_running->description);
        if (!m_task->lineEdit()->hasFocus())
            m_task->setCurrentText(m_running->task);
        m_detailsFor = m_running->clientId;
    }
    // The running client's pack: of those covering today, the one of hours that runs out first, or
    // else one of credit, which the running time draws at its rate.
    m_runningPack.reset();
    m_runningRate.reset();
    std::optional<Money> defaultRate;
    if (auto defaults = m_workspace.settings().businessDefaults()) {
        m_packWarningPercent = defaults->packWarningPercent;
        defaultRate = defaults->hourlyRate;
    }
    if (m_running) {
        std::optional<PackState> credit;
        if (auto packs =
                PackRepository(m_workspace.database(), m_workspace.clock()).activeFor(m_running->clientId))
            for (const PackState &p : std::as_const(*packs)) {
                if (p.pack.minutes > 0
                    && (!m_runningPack || p.balance.leftSeconds < m_runningPack->balance.leftSeconds))
                    m_runningPack = p;
                if (p.pack.amount && p.balance.leftAmount
                    && (!credit
                        || p.balance.leftAmount->minorUnits() < credit->balance.leftAmount->minorUnits()))
                    credit = p;
            }
        if (!m_runningPack && credit) {
            auto client = m_workspace.clients().get(m_running->clientId);
            m_runningRate = m_running->rateOverride        ? m_running->rateOverride
                            : client && client->hourlyRate ? client->hourlyRate
                                                           : defaultRate;
            if (m_runningRate && m_runningRate->currency() == credit->pack.amount->currency())
                m_runningPack = credit;
        }
    }
    updateButton();
    tick();
}

void TimerBar::updateButton()
{
    const bool stopping = m_running && m_running->clientId == selectedClientId();
    m_startStop->setIcon(QIcon(stopping ? QStringLiteral(":/minuta/icons/stop.svg")
                                        : QStringLiteral(":/minuta/icons/start.svg")));
    m_startStop->setText(stopping ? tr("Stop") : m_running ? tr("Switch") : tr("Start"));
    m_startStop->setToolTip(stopping    ? tr("Stop the timer (Ctrl+T)")
                            : m_running ? tr("Stop the running timer and start one for this client (Ctrl+T)")
                                        : tr("Start the timer for this client (Ctrl+T)"));
    m_startStop->setAccessibleName(m_startStop->text());
    m_startStop->setStyleSheet(
        stopping
            ? QStringLiteral(
                "QPushButton { background: #dc2626; color: white; border-radius: 4px; padding: 5px 12px; }")
            : QStringLiteral(
                "QPushButton { background: #0f766e; color: white; border-radius: 4px; padding: 5px 12px; }"));
}

QString TimerBar::elapsedText() const
{
    return m_elapsed->text();
}

QString TimerBar::todayText() const
{
    return m_today->text();
}

void TimerBar::tick()
{
    const qint64 now = m_workspace.clock().nowSecs();
    const qint64 elapsed = m_running ? qMax<qint64>(0, now - m_running->start) : 0;
    m_elapsed->setText(timeutil::formatDurationWithSeconds(elapsed));
    m_elapsed->setEnabled(m_running.has_value());
    // A timer started before today counts towards today only from midnight.
    qint64 runningToday = 0;
    if (m_running) {
        const qint64 midnight = timeutil::startOfDay(m_workspace.today(), m_workspace.clock().timeZone());
        runningToday = qMax<qint64>(0, now - qMax(midnight, m_running->start));
    }
    m_today->setText(tr("Today %1").arg(timeutil::formatDuration(m_todayFinished + runningToday)));
    if (m_runningPack) {
        // The running time draws it down as it goes (raw, before the client's rounding).
        PackState current = *m_runningPack;
        bool out = false;
        if (current.pack.minutes > 0) {
            const qint64 drawn = qMin(elapsed, current.balance.leftSeconds);
            current.balance.leftSeconds -= drawn;
            current.balance.usedSeconds += drawn;
            out = current.balance.leftSeconds == 0;
        } else if (m_runningRate && current.balance.leftAmount && current.balance.usedAmount) {
            // A credit pack: the running time's worth at its rate comes off it.
            const auto worth = m_runningRate->forSeconds(elapsed);
            const qint64 left = current.balance.leftAmount->minorUnits();
            const qint64 drawn = worth ? qMin(worth->minorUnits(), left) : 0;
            current.balance.leftAmount = Money(left - drawn, current.balance.leftAmount->currency());
            current.balance.usedAmount = Money(current.balance.usedAmount->minorUnits() + drawn,
                                               current.balance.usedAmount->currency());
            out = current.balance.leftAmount->isZero();
        }
        m_pack->setText(packLeft(current, m_workspace.locale()));
        const bool warn = out || packs::pastThreshold(current.balance, m_packWarningPercent);
        m_pack->setStyleSheet(out    ? QStringLiteral("QLabel { color: #dc2626; font-weight: 600; }")
                              : warn ? QStringLiteral("QLabel { color: #b45309; }")
                                     : QString());
        // Said once per pack and state while Minuta runs: nearly used up, then used up.
        const int level = out ? 2 : warn ? 1 : 0;
        int &said = m_packWarned[current.pack.id];
        if (level > said) {
            said = level;
            Notifier::notify(
                out ? tr("Prepaid pack used up") : tr("Prepaid pack nearly used up"),
                tr("%1: %2").arg(current.pack.clientName, packLeft(current, m_workspace.locale())));
        }
        m_pack->setToolTip(tr("Prepaid pack %1 of %2: %3 % used")
                               .arg(QString::number(current.pack.id), current.pack.clientName,
                                    QString::number(packs::usedPermille(current.balance) / 10)));
    }
    m_pack->setVisible(m_runningPack.has_value());
    Q_EMIT statusChanged(
        m_running ? tr("%1 · %2").arg(m_running->clientName, timeutil::formatDurationWithSeconds(elapsed))
                  : tr("No timer running"));
    askAboutLongTimer();
    watchIdleTime();
}

void TimerBar::toggle()
{
    const qint64 client = selectedClientId();
    if (m_running && m_running->clientId == client) {
        stop();
        return;
    }
    if (client <= 0) {
        // A part of a name picks the one client it matches; anything else is said at the field, and
        // the running timer, if any, goes on untouched.
        if (!pickTypedClient())
            return;
        toggle();
        return;
    }
    startTimer(client, m_task->currentText(), m_description->text());
}

void TimerBar::startTimer(qint64 client, const QString &task, const QString &description)
{
    auto started = m_workspace.timer().start(client, task, description);
    if (!started) {
        MessageBox::warning(this, tr("The timer did not start"), started.error().message());
        return;
    }
    if (started->stopped)
        Q_EMIT message(tr("Stopped %1 after %2; started %3.")
                           .arg(started->stopped->clientName,
                                timeutil::formatDuration(
                                    started->stopped->durationSeconds(m_workspace.clock().nowSecs())),
                                started->running.clientName));
    else
        Q_EMIT message(tr("Timer started for %1.").arg(started->running.clientName));
    m_workspace.notify(Workspace::Entries | Workspace::Timer);
}

void TimerBar::stop()
{
    if (!m_running)
        return;
    saveRunningDetails();
    auto stopped = m_workspace.timer().stop();
    if (!stopped) {
        MessageBox::warning(this, tr("The timer did not stop"), stopped.error().message());
        return;
    }
    Q_EMIT message(stopped->entry ? tr("Logged %1 for %2.")
                                        .arg(timeutil::formatDuration(stopped->entry->durationSeconds(0)),
                                             stopped->entry->clientName)
                                  : tr("The timer ran for less than a second; nothing was logged."));
    m_description->clear();
    m_detailsFor = stopped->entry ? stopped->entry->clientId : 0;
    m_workspace.notify(Workspace::Entries | Workspace::Timer);
}

void TimerBar::startLast()
{
    auto recent = m_workspace.entries().recentClientIds(1);
    if (!recent || recent->isEmpty())
        return;
    const int index = m_client->findData(recent->first());
    if (index < 0)
        return;
    m_client->setCurrentIndex(index);
    if (!m_running || m_running->clientId != recent->first())
        toggle();
}

void TimerBar::continueWork(const TimeEntry &entry)
{
    if (m_running && m_running->clientId == entry.clientId && m_running->task == entry.task
        && m_running->description == entry.description) {
        Q_EMIT message(tr("The timer is already running for this work."));
        return;
    }
    saveRunningDetails();
    startTimer(entry.clientId, entry.task, entry.description);
}

void TimerBar::saveRunningDetails()
{
    if (!m_running || m_running->clientId != selectedClientId())
        return;
    TimeEntry after = *m_running;
    after.task = m_task->currentText();
    after.description = m_description->text();
    if (after.task.simplified() == m_running->task && after.description.trimmed() == m_running->description)
        return;
    auto applied = m_workspace.run(new EditEntryCommand(m_workspace, *m_running, after));
    if (!applied)
        Q_EMIT message(applied.error().message());
}

void TimerBar::watchIdleTime()
{
    if (m_askingIdle || !m_idle)
        return;
    if (!m_running || m_idleMinutes <= 0 || (m_idleSince && m_idleEntry != m_running->id)) {
        m_idleSince.reset(); // nothing runs, or another entry does than the one idle began under
        if (!m_running || m_idleMinutes <= 0)
            return;
    }
    const std::optional<qint64> idle = m_idle->idleSeconds();
    if (!idle)
        return;
    const qint64 now = m_workspace.clock().nowSecs();
    if (*idle >= qint64(m_idleMinutes) * 60) {
        if (!m_idleSince) {
            // Idleness that began before the timer counts from the timer's start.
            m_idleSince = qMax(now - *idle, m_running->start);
            m_idleEntry = m_running->id;
        }
        return;
    }
    if (m_idleSince) {
        const qint64 since = *m_idleSince;
        m_idleSince.reset();
        askAboutIdleTime(since, qMax(since, now - *idle));
    }
}

void TimerBar::askAboutIdleTime(qint64 idleSince, qint64 returnedAt)
{
    if (!m_running)
        return;
    const TimeEntry entry = *m_running;
    const QTimeZone zone = m_workspace.clock().timeZone();
    const QLocale locale = m_workspace.locale();
    const auto at = [&](qint64 secs) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(secs, zone).time(), QLocale::ShortFormat);
    };
    Notifier::notify(tr("Welcome back"),
                     tr("You were away %1 while the timer for %2 ran.")
                         .arg(timeutil::formatDuration(returnedAt - idleSince), entry.clientName));
    const QString text =
        tr("You were away from %1 to %2 (%3) while the timer for %4 ran. What should happen to that time?")
            .arg(at(idleSince), at(returnedAt), timeutil::formatDuration(returnedAt - idleSince),
                 entry.clientName);
    m_askingIdle = true;
    const auto answer = MessageBox::choose(this, tr("Welcome Back"), text,
                                           {{QMessageBox::Yes, tr("Keep It")},
                                            {QMessageBox::Discard, tr("Discard It")},
                                            {QMessageBox::Retry, tr("Discard and Continue")}},
                                           QMessageBox::Yes);
    m_askingIdle = false;
    if (answer != QMessageBox::Discard && answer != QMessageBox::Retry)
        return;
    // The entry ends when the idleness began; the rest of the time is not logged. Away since the
    // start, the entry had nothing in it.
    QString said;
    if (idleSince <= entry.start) {
        auto discarded = m_workspace.timer().discard();
        if (!discarded) {
            MessageBox::warning(this, tr("The timer did not stop"), discarded.error().message());
            return;
        }
        said = tr("The time away was the whole entry; nothing was logged.");
    } else {
        auto stopped = m_workspace.timer().stop(idleSince);
        if (!stopped) {
            MessageBox::warning(this, tr("The timer did not stop"), stopped.error().message());
            return;
        }
        said = tr("Logged %1 for %2, up to %3.")
                   .arg(timeutil::formatDuration(idleSince - entry.start), entry.clientName, at(idleSince));
    }
    if (answer == QMessageBox::Retry) {
        auto started = m_workspace.timer().start(entry.clientId, entry.task, entry.description);
        if (!started)
            MessageBox::warning(this, tr("The timer did not start"), started.error().message());
        else
            said += QLatin1Char(' ') + tr("The timer goes on from now.");
    }
    m_description->clear();
    m_workspace.notify(Workspace::Entries | Workspace::Timer);
    Q_EMIT message(said);
}

void TimerBar::askAboutLongTimer()
{
    if (!m_running || m_askedAboutEntry == m_running->id)
        return;
    const bool shown = window()->isVisible() && !window()->isMinimized();
    if (!shown && m_notifiedAboutEntry == m_running->id)
        return;
    auto status = m_workspace.timer().status();
    if (!status || !status->longRunning)
        return;
    if (!shown) {
        // In the tray or minimised: a notification now, the question when the window is back.
        m_notifiedAboutEntry = m_running->id;
        Notifier::notify(tr("Is the timer still running?"),
                         tr("The timer for %1 has been running for %2.")
                             .arg(m_running->clientName, timeutil::formatDuration(status->elapsedSeconds)));
        return;
    }
    m_askedAboutEntry = m_running->id;
    const QString text =
        tr("The timer for %1 has been running since %2, for %3. Did you forget to stop it?")
            .arg(m_running->clientName,
                 m_workspace.locale().toString(
                     QDateTime::fromSecsSinceEpoch(m_running->start, m_workspace.clock().timeZone()),
                     QLocale::ShortFormat),
                 timeutil::formatDuration(status->elapsedSeconds));
    const auto answer = MessageBox::choose(this, tr("Is the timer still running?"), text,
                                           {{QMessageBox::Yes, tr("Stop now")},
                                            {QMessageBox::Save, tr("Stop at…")},
                                            {QMessageBox::No, tr("Keep running")}},
                                           QMessageBox::Save);
    if (answer == QMessageBox::Yes) {
        stop();
    } else if (answer == QMessageBox::Save) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Stop the timer at"));
        auto *when = new QDateTimeEdit(&dialog);
        when->setDisplayFormat(format::dateFieldFormat(m_workspace.locale()) + QLatin1Char(' ')
                               + format::timeFormat(m_workspace.locale()));
        when->setCalendarPopup(true);
        // The editor shows wall-clock time of the user's zone; it is read back in that zone.
        const QTimeZone zone = m_workspace.clock().timeZone();
        const auto wall = [&](qint64 secs) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(secs, zone);
            return QDateTime(local.date(), local.time());
        };
        when->setMinimumDateTime(wall(m_running->start + 60));
        when->setMaximumDateTime(wall(m_workspace.clock().nowSecs()));
        when->setDateTime(wall(qMin(m_running->start + 8 * 3600, m_workspace.clock().nowSecs())));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("When you finished:"), when);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() == QDialog::Accepted) {
            const QDateTime chosen(when->date(), when->time(), m_workspace.clock().timeZone());
            auto stopped = m_workspace.timer().stop(chosen.toSecsSinceEpoch());
            if (!stopped)
                MessageBox::warning(this, tr("The timer did not stop"), stopped.error().message());
            else
                m_workspace.notify(Workspace::Entries | Workspace::Timer);
        }
    }
}

} // namespace minuta::ui
