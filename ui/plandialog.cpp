#include "plandialog.h"

#include "clientlistmodel.h"
#include "commands/plancommands.h"
#include "fielderrors.h"
#include "format.h"
#include "look.h"
#include "messagebox.h"
#include "workspace.h"

#include "values/clock.h"
#include "values/timeutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace minuta::ui {

PlanDialog::PlanDialog(Workspace &workspace, std::optional<Plan> existing, qint64 start, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_existing(std::move(existing))
    , m_client(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_start(new QDateTimeEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_hasDue(new QCheckBox(tr("&Deadline:"), this))
    , m_due(new QDateEdit(this))
    , m_repeat(new QComboBox(this))
    , m_hasUntil(new QCheckBox(tr("U&ntil:"), this))
    , m_until(new QDateEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_generalError(FieldErrors::makeLabel(this))
    , m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(m_existing ? tr("Edit Planned Work") : tr("Plan Work"));
    setUpClientAndTitle();
    const Plan base = m_existing.value_or(Plan{});
    setUpSchedule(base, start);
    setUpNotes(base);
    QFormLayout *form = buildForm();
    QDialogButtonBox *buttons = buildButtons();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_hasUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, &PlanDialog::updateRepeat);
    m_due->setEnabled(m_hasDue->isChecked());
    updateRepeat();
    m_title->setFocus();
}

void PlanDialog::setUpClientAndTitle()
{
    if (auto clients = m_workspace.clients().list(m_existing.has_value()))
        for (const Client &c : *clients)
            m_client->addItem(ClientListModel::swatch(c.color), c.name, c.id);
    m_client->setAccessibleName(tr("Client"));
    m_title->setPlaceholderText(tr("Monthly newsletter"));
    m_title->setMaxLength(200);
    m_title->setAccessibleName(tr("Title"));
}

// When, for how long, by when and how often, from `base` or from `start` for new work.
void PlanDialog::setUpSchedule(const Plan &base, qint64 start)
{
    const QLocale locale = m_workspace.locale();
    const QDateTime first =
        QDateTime::fromSecsSinceEpoch(m_existing ? base.start : start, m_workspace.clock().timeZone());
    m_start->setDateTime(QDateTime(first.date(), first.time()));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(format::dateFieldFormat(locale) + QLatin1Char(' ')
                              + format::timeFormat(locale));
    m_start->setAccessibleName(tr("Start"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(m_existing ? base.minutes : 60);
    m_minutes->setAccessibleName(tr("Estimate in minutes"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(format::dateFieldFormat(locale));
    m_due->setDate(base.due.value_or(first.date()));
    m_due->setAccessibleName(tr("Deadline"));
    m_hasDue->setChecked(base.due.has_value());
    m_repeat->addItem(tr("Once"), int(Repeat::None));
    m_repeat->addItem(tr("Every week"), int(Repeat::Weekly));
    m_repeat->addItem(tr("Every month"), int(Repeat::Monthly));
    m_repeat->setCurrentIndex(m_repeat->findData(int(base.repeat)));
    m_repeat->setAccessibleName(tr("Repeat"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(format::dateFieldFormat(locale));
    m_until->setDate(base.until.value_or(first.date().addMonths(3)));
    m_until->setAccessibleName(tr("Last day of the repetitions"));
    m_hasUntil->setChecked(base.until.has_value());
}

void PlanDialog::setUpNotes(const Plan &base)
{
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_notes->setAccessibleName(tr("Notes"));
    if (m_existing) {
        m_client->setCurrentIndex(m_client->findData(base.clientId));
        m_title->setText(base.title);
        m_notes->setPlainText(base.notes);
    }
}

// The fields with the lines for their errors; the start and the estimate share one.
QFormLayout *PlanDialog::buildForm()
{
    const auto field = [this](QWidget *widget, const char *name) {
        return m_errors->withErrorLine(this, QString::fromLatin1(name), widget);
    };
    const auto pair = [this](QWidget *a, QWidget *b) {
        auto *box = new QWidget(this);
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(a);
        layout->addWidget(b);
        layout->addStretch();
        return box;
    };
    QWidget *startRow = buildStartRow();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Client:"), field(m_client, "client"));
    form->addRow(tr("&Title:"), field(m_title, "title"));
    auto *startLabel = new QLabel(tr("&Starts:"), this);
    startLabel->setBuddy(m_start);
    // The start and the estimate share a line, and the line under it for their errors.
    QLabel *startError = FieldErrors::makeLabel(this);
    m_errors->add(QStringLiteral("start"), m_start, startError);
    m_errors->add(QStringLiteral("minutes"), m_minutes, startError);
    auto *startBox = new QWidget(this);
    auto *startBoxLayout = new QVBoxLayout(startBox);
    startBoxLayout->setContentsMargins(0, 0, 0, 0);
    startBoxLayout->setSpacing(2);
    startBoxLayout->addWidget(startRow);
    startBoxLayout->addWidget(startError);
    form->addRow(startLabel, startBox);
    form->addRow(QString(), field(pair(m_hasDue, m_due), "due"));
    auto *repeatLabel = new QLabel(tr("&Repeat:"), this);
    repeatLabel->setBuddy(m_repeat);
    form->addRow(repeatLabel, field(pair(m_repeat, pair(m_hasUntil, m_until)), "until"));
    form->addRow(tr("N&otes:"), field(m_notes, "notes"));
    if (m_existing && m_existing->repeat != Repeat::None) {
        auto *note = new QLabel(tr("Changes here apply to every repetition."), this);
        note->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(QString(), note);
    }
    return form;
}

QWidget *PlanDialog::buildStartRow()
{
    auto *startRow = new QWidget(this);
    auto *startLayout = new QHBoxLayout(startRow);
    startLayout->setContentsMargins(0, 0, 0, 0);
    startLayout->addWidget(m_start);
    auto *forLabel = new QLabel(tr("for"), this);
    startLayout->addWidget(forLabel);
    startLayout->addWidget(m_minutes);
    startLayout->addStretch();
    return startRow;
}

QDialogButtonBox *PlanDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    if (m_existing) {
        m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
        m_delete->setIcon(look::icon(QStringLiteral("delete")));
        m_delete->setToolTip(tr("Delete this work with every repetition; Ctrl+Z brings it back"));
        connect(m_delete, &QPushButton::clicked, this, &PlanDialog::deletePlan);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void PlanDialog::updateRepeat()
{
    const bool repeats = Repeat(m_repeat->currentData().toInt()) != Repeat::None;
    m_hasUntil->setVisible(repeats);
    m_until->setVisible(repeats);
    m_until->setEnabled(repeats && m_hasUntil->isChecked());
}

Result<Plan> PlanDialog::plan() const
{
    Plan p = m_existing.value_or(Plan{});
    p.clientId = m_client->currentData().toLongLong();
    p.title = m_title->text();
    p.notes = m_notes->toPlainText();
    const QDateTime start(m_start->date(), m_start->time(), m_workspace.clock().timeZone());
    if (!start.isValid() || start.time() != m_start->time())
        return Error(ErrorCode::InvalidInput,
                     tr("That time does not exist in your time zone: the clocks changed."),
                     QStringLiteral("start"));
    p.start = start.toSecsSinceEpoch();
    p.minutes = m_minutes->value();
    p.due = m_hasDue->isChecked() ? std::optional<QDate>(m_due->date()) : std::nullopt;
    p.repeat = Repeat(m_repeat->currentData().toInt());
    p.until = p.repeat != Repeat::None && m_hasUntil->isChecked() ? std::optional<QDate>(m_until->date())
                                                                  : std::nullopt;
    return p;
}

void PlanDialog::accept()
{
    m_errors->clear();
    if (m_client->count() == 0) {
        m_errors->show(Error(ErrorCode::InvalidInput, tr("Add a client first.")), m_generalError);
        return;
    }
    auto p = plan();
    Result<void> saved = p ? (m_existing ? m_workspace.run(new EditPlanCommand(m_workspace, *m_existing, *p))
                                         : m_workspace.run(new AddPlanCommand(m_workspace, *p)))
                           : Result<void>(p.error());
    if (!saved) {
        m_errors->show(saved.error(), m_generalError);
        return;
    }
    QDialog::accept();
}

void PlanDialog::deletePlan()
{
    if (!m_existing)
        return;
    if (auto removed = m_workspace.run(new DeletePlanCommand(m_workspace, m_existing->id)); !removed) {
        m_errors->show(removed.error(), m_generalError);
        return;
    }
    QDialog::accept();
}

} // namespace minuta::ui
