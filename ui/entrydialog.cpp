#include "entrydialog.h"

#include "format.h"

#include "clientlistmodel.h"
#include "commands/addentrycommand.h"
#include "commands/editentrycommand.h"
#include "fielderrors.h"
#include "workspace.h"

#include "values/clock.h"
#include "values/decimal.h"
#include "values/timeutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace minuta::ui {

namespace {

QWidget *withError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

EntryDialog::EntryDialog(Workspace &workspace, std::optional<TimeEntry> existing, qint64 start,
                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_existing(std::move(existing))
    , m_client(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_start(new QTimeEdit(this))
    , m_end(new QTimeEdit(this))
    , m_duration(new QLineEdit(this))
    , m_task(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_billable(new QCheckBox(tr("Billable"), this))
    , m_ownRate(new QCheckBox(tr("Own hourly rate:"), this))
    , m_rate(new QLineEdit(this))
    , m_generalError(FieldErrors::makeLabel(this))
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("entryDialog"));
    setWindowTitle(m_existing ? tr("Edit Time Entry") : tr("Add Time Entry"));
    fillClients();
    const TimeEntry base = m_existing.value_or(TimeEntry{});
    setUpTimes(base, start);
    setUpDetails(base);
    QFormLayout *form = buildForm();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_start, &QTimeEdit::timeChanged, this, &EntryDialog::syncDuration);
    connect(m_end, &QTimeEdit::timeChanged, this, &EntryDialog::syncDuration);
    connect(m_duration, &QLineEdit::editingFinished, this, &EntryDialog::applyDuration);
    connect(m_client, &QComboBox::currentIndexChanged, this, &EntryDialog::fillTasks);
    connect(m_client, &QComboBox::currentIndexChanged, this, &EntryDialog::showClientRate);
    connect(m_ownRate, &QCheckBox::toggled, m_rate, &QWidget::setEnabled);
}

void EntryDialog::fillClients()
{
    auto clients = m_workspace.clients().list(m_existing.has_value());
    if (clients)
        for (const Client &c : *clients)
            m_client->addItem(ClientListModel::swatch(c.color), c.name, c.id);
    m_client->setAccessibleName(tr("Client"));
}

// The day, start and end of `base`, or half an hour from `start` for a new entry.
void EntryDialog::setUpTimes(const TimeEntry &base, qint64 start)
{
    const QLocale locale = m_workspace.locale();
    const QTimeZone zone = m_workspace.clock().timeZone();
    const qint64 from = m_existing ? base.start : start;
    const qint64 to = m_existing && base.end ? *base.end : from + 30 * 60;
    const QDateTime startTime = QDateTime::fromSecsSinceEpoch(from, zone);
    m_date->setDate(startTime.date());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(format::dateFieldFormat(locale));
    m_date->setAccessibleName(tr("Day"));
    m_start->setTime(startTime.time());
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setAccessibleName(tr("Start"));
    m_end->setTime(QDateTime::fromSecsSinceEpoch(to, zone).time());
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setAccessibleName(tr("End"));
    m_duration->setPlaceholderText(tr("1:15"));
    m_duration->setMaximumWidth(80);
    m_duration->setAccessibleName(tr("Duration"));
    m_duration->setToolTip(tr("How long the work lasted: 1:15, or 75 minutes"));
}

// The task, description, billable and rate of `base`.
void EntryDialog::setUpDetails(const TimeEntry &base)
{
    const QLocale locale = m_workspace.locale();
    m_task->setEditable(true);
    m_task->setInsertPolicy(QComboBox::NoInsert);
    m_task->setAccessibleName(tr("Task"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_description->setAccessibleName(tr("Description"));
    m_billable->setChecked(m_existing ? base.billable : true);
    m_rate->setAccessibleName(tr("Hourly rate of this entry"));
    showClientRate();
    m_rate->setMaximumWidth(120);

    if (m_existing) {
        m_client->setCurrentIndex(m_client->findData(base.clientId));
        m_description->setPlainText(base.description);
        if (base.rateOverride) {
            m_ownRate->setChecked(true);
            m_rate->setText(base.rateOverride->formatNumber(locale));
        }
    }
    fillTasks();
    if (m_existing)
        m_task->setCurrentText(base.task);
    m_rate->setEnabled(m_ownRate->isChecked());
    syncDuration();
}

// The fields with the lines for their errors, the start and the end sharing theirs.
QFormLayout *EntryDialog::buildForm()
{
    auto *clientError = FieldErrors::makeLabel(this);
    auto *startError = FieldErrors::makeLabel(this);
    auto *endError = FieldErrors::makeLabel(this);
    auto *taskError = FieldErrors::makeLabel(this);
    auto *descriptionError = FieldErrors::makeLabel(this);
    auto *rateError = FieldErrors::makeLabel(this);
    m_errors->add(QStringLiteral("client"), m_client, clientError);
    m_errors->add(QStringLiteral("start"), m_start, startError);
    m_errors->add(QStringLiteral("end"), m_end, endError);
    m_errors->add(QStringLiteral("duration"), m_duration, endError);
    m_errors->add(QStringLiteral("task"), m_task, taskError);
    m_errors->add(QStringLiteral("description"), m_description, descriptionError);
    m_errors->add(QStringLiteral("rate"), m_rate, rateError);

    QWidget *timesBox = buildTimes();
    QWidget *rateBox = buildRate();

    auto *errorsUnderTimes = new QVBoxLayout;
    errorsUnderTimes->setSpacing(2);
    errorsUnderTimes->addWidget(startError);
    errorsUnderTimes->addWidget(endError);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Client:"), withError(m_client, clientError));
    form->addRow(tr("D&ay:"), m_date);
    form->addRow(tr("&Time:"), timesBox);
    form->addRow(QString(), errorsUnderTimes);
    form->addRow(tr("T&ask:"), withError(m_task, taskError));
    form->addRow(tr("D&escription:"), withError(m_description, descriptionError));
    form->addRow(QString(), m_billable);
    form->addRow(QString(), withError(rateBox, rateError));
    return form;
}

// Start – end, and the duration; a running entry shows its start only.
QWidget *EntryDialog::buildTimes()
{
    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    auto *dash = new QLabel(QStringLiteral("–"), this);
    times->addWidget(dash);
    times->addWidget(m_end);
    times->addSpacing(12);
    auto *durationLabel = new QLabel(tr("&Duration:"), this);
    durationLabel->setBuddy(m_duration);
    times->addWidget(durationLabel);
    times->addWidget(m_duration);
    if (isRunning()) {
        // The timer gives the running entry its end: only where it started can change here.
        for (QWidget *w : std::initializer_list<QWidget *>{dash, m_end, durationLabel, m_duration})
            w->hide();
        auto *running = new QLabel(tr("– still running; the timer stops it"), this);
        running->setForegroundRole(QPalette::PlaceholderText);
        times->addWidget(running);
    }
    times->addStretch();
    auto *timesBox = new QWidget(this);
    timesBox->setLayout(times);
    times->setContentsMargins(0, 0, 0, 0);
    return timesBox;
}

QWidget *EntryDialog::buildRate()
{
    auto *rateRow = new QHBoxLayout;
    rateRow->setContentsMargins(0, 0, 0, 0);
    rateRow->addWidget(m_ownRate);
    rateRow->addWidget(m_rate);
    rateRow->addStretch();
    auto *rateBox = new QWidget(this);
    rateBox->setLayout(rateRow);
    return rateBox;
}

bool EntryDialog::isRunning() const
{
    return m_existing && m_existing->isRunning();
}

void EntryDialog::showClientRate()
{
    std::optional<Money> rate;
    if (auto client = m_workspace.clients().get(m_client->currentData().toLongLong()))
        rate = client->hourlyRate;
    if (!rate)
        if (auto defaults = m_workspace.settings().businessDefaults())
            rate = defaults->hourlyRate;
    m_rate->setPlaceholderText(rate ? rate->formatNumber(m_workspace.locale()) : QString());
    m_rate->setToolTip(rate ? tr("Unless given its own, the entry bills at the client's rate, %1")
                                  .arg(rate->format(m_workspace.locale()))
                            : tr("The client has no rate, nor the business a default one"));
}

void EntryDialog::fillTasks()
{
    const QString keep = m_task->currentText();
    m_task->clear();
    if (auto tasks = m_workspace.entries().recentTasks(m_client->currentData().toLongLong()))
        m_task->addItems(*tasks);
    m_task->setCurrentText(keep);
}

void EntryDialog::syncDuration()
{
    qint64 seconds = m_start->time().secsTo(m_end->time());
    if (seconds <= 0)
        seconds += 24 * 3600; // past midnight
    m_duration->setText(timeutil::formatDuration(seconds));
}

void EntryDialog::applyDuration()
{
    const QString text = m_duration->text().trimmed();
    const auto colon = text.indexOf(QLatin1Char(':'));
    bool okH = true, okM = true;
    const int hours = colon >= 0 ? text.left(colon).toInt(&okH) : 0;
    const int minutes = colon >= 0 ? text.mid(colon + 1).toInt(&okM) : text.toInt(&okM);
    if (okH && okM && hours >= 0 && minutes >= 0 && (hours > 0 || minutes > 0))
        m_end->setTime(m_start->time().addSecs(hours * 3600 + minutes * 60));
}

Result<TimeEntry> EntryDialog::entry() const
{
    TimeEntry e = m_existing.value_or(TimeEntry{});
    e.clientId = m_client->currentData().toLongLong();
    const QTimeZone zone = m_workspace.clock().timeZone();
    const QDateTime start(m_date->date(), m_start->time(), zone);
    QDateTime end(m_date->date(), m_end->time(), zone);
    // An end earlier than the start is past midnight when that makes a plausible stretch of work
    // (23:00–01:00); 10:00–09:00 is a slip, and core says so.
    if (end <= start && m_end->time() < m_start->time() && start.secsTo(end.addDays(1)) <= 12 * 3600)
        end = end.addDays(1);
    if (!start.isValid() || start.time() != m_start->time())
        return Error(ErrorCode::InvalidInput,
                     tr("That time does not exist in your time zone: the clocks changed."),
                     QStringLiteral("start"));
    e.start = start.toSecsSinceEpoch();
    if (isRunning())
        e.end.reset();
    else
        e.end = end.toSecsSinceEpoch();
    e.task = m_task->currentText();
    e.description = m_description->toPlainText();
    e.billable = m_billable->isChecked();
    e.rateOverride.reset();
    if (m_ownRate->isChecked()) {
        auto client = m_workspace.clients().get(e.clientId);
        if (!client)
            return client.error();
        auto rate = Money::parse(m_rate->text(), client->currency, m_workspace.locale());
        if (!rate)
            return Error(rate.error().code(), rate.error().message(), QStringLiteral("rate"));
        e.rateOverride = *rate;
    }
    return e;
}

void EntryDialog::accept()
{
    m_errors->clear();
    auto e = entry();
    if (!e) {
        m_errors->show(e.error(), m_generalError);
        return;
    }
    if (m_existing) {
        auto *command = new EditEntryCommand(m_workspace, *m_existing, *e);
        if (auto r = m_workspace.run(command); !r) {
            m_errors->show(r.error(), m_generalError);
            return;
        }
        m_warnings = command->warnings();
    } else {
        auto *command = new AddEntryCommand(m_workspace, *e);
        if (auto r = m_workspace.run(command); !r) {
            m_errors->show(r.error(), m_generalError);
            return;
        }
        m_warnings = command->warnings();
    }
    QDialog::accept();
}

} // namespace minuta::ui
