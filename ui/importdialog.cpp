#include "importdialog.h"

#include "format.h"
#include "look.h"
#include "messagebox.h"
#include "workspace.h"

#include "values/clock.h"
#include "values/timeutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace minuta::ui {

ImportDialog::ImportDialog(Workspace &workspace, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_path(path)
    , m_file(new QLabel(this))
    , m_dateFormat(new QComboBox(this))
    , m_addClients(new QCheckBox(tr("&Add the clients that are not in Minuta"), this))
    , m_summary(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_problems(new QLabel(this))
    , m_warnings(new QLabel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Time Entries"));
    m_file->setText(QDir::toNativeSeparators(path));
    m_file->setTextFormat(Qt::PlainText);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setWordWrap(true);
    m_dateFormat->addItem(tr("Year first (2026-11-02)"), QString());
    m_dateFormat->addItem(tr("Day first (02/11/2026)"), QStringLiteral("dd/MM/yyyy"));
    m_dateFormat->addItem(tr("Month first (11/02/2026)"), QStringLiteral("MM/dd/yyyy"));
    m_dateFormat->addItem(tr("Day first with dots (02.11.2026)"), QStringLiteral("dd.MM.yyyy"));
    m_dateFormat->setAccessibleName(tr("Dates"));
    m_addClients->setChecked(true);
    for (QLabel *label : {m_summary, m_problems, m_warnings}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setStyleSheet(look::errorStyle());
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setForegroundRole(QPalette::PlaceholderText);

    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setColumnCount(ColumnCount);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Date"), tr("Start"), tr("End"), tr("Duration"),
                                          tr("Client"), tr("Task"), tr("Description"), tr("Billable")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_preview->setAccessibleName(tr("Rows to import"));

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_file);
    auto *datesLabel = new QLabel(tr("&Dates written:"), this);
    datesLabel->setBuddy(m_dateFormat);
    form->addRow(datesLabel, m_dateFormat);
    form->addRow(QString(), m_addClients);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::import);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_warnings);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &ImportDialog::check);
    connect(m_addClients, &QCheckBox::toggled, this, &ImportDialog::check);
    check();
}

bool ImportDialog::isImportable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv");
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

QString ImportDialog::problemsText() const
{
    return m_problems->text();
}

TimesheetImport::Options ImportDialog::options(bool dryRun) const
{
    TimesheetImport::Options o;
    o.dryRun = dryRun;
    o.createClients = m_addClients->isChecked();
    o.dateFormat = m_dateFormat->currentData().toString();
    return o;
}

// A dry run: what would come in, and what stops it; nothing is stored.
void ImportDialog::check()
{
    m_preview->setRowCount(0);
    auto report =
        TimesheetImport(m_workspace.database(), m_workspace.clock()).importFile(m_path, options(true));
    if (!report) {
        m_summary->clear();
        m_problems->setText(report.error().message());
        m_problems->setVisible(true);
        m_warnings->clear();
        m_import->setEnabled(false);
        return;
    }
    const QLocale locale = m_workspace.locale();
    const QTimeZone zone = m_workspace.clock().timeZone();
    for (const TimesheetImport::Row &row : std::as_const(report->rows)) {
        const int r = m_preview->rowCount();
        m_preview->insertRow(r);
        const QDateTime start = QDateTime::fromSecsSinceEpoch(row.entry.start, zone);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(row.entry.end.value_or(row.entry.start), zone);
        const QStringList cells = {QString::number(row.line),
                                   format::date(start.date(), locale),
                                   format::time(start.time(), locale),
                                   format::time(end.time(), locale),
                                   timeutil::formatDuration(row.entry.durationSeconds(row.entry.start)),
                                   row.newClient ? tr("%1 (new)").arg(row.client) : row.client,
                                   row.entry.task,
                                   row.entry.description,
                                   row.entry.billable ? tr("yes") : tr("no")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == LineColumn || c == StartColumn || c == EndColumn || c == DurationColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row.duplicate) {
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
                item->setToolTip(tr("Already in Minuta: skipped"));
            }
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    m_preview->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);

    QStringList summary;
    if (!report->source.isEmpty())
        summary << tr("A %1 export, read as %2.").arg(report->source, report->encoding);
    else
        summary << tr("Read as %1.").arg(report->encoding);
    summary << tr("%n entry(s) to import (%1 of work).", nullptr, int(report->imported))
                   .arg(timeutil::formatDuration(report->seconds));
    if (report->skipped > 0)
        summary << tr("%n already in Minuta, skipped.", nullptr, int(report->skipped));
    if (!report->createdClients.isEmpty())
        summary << tr("New clients: %1.").arg(report->createdClients.join(QStringLiteral(", ")));
    if (report->rows.size() < report->imported + report->skipped)
        summary << tr("The first %n row(s) are shown.", nullptr, int(report->rows.size()));
    m_summary->setText(summary.join(QLatin1Char(' ')));

    QStringList problems;
    for (const TimesheetImport::Problem &p : std::as_const(report->problems))
        problems << p.message;
    if (report->refused > report->problems.size())
        problems << tr("… and %n more row(s) that cannot be read.", nullptr,
                       int(report->refused - report->problems.size()));
    if (!problems.isEmpty())
        problems.prepend(tr("Nothing can be imported until these are put right in the file:"));
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_warnings->setText(report->warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!report->warnings.isEmpty());
    m_import->setEnabled(report->problems.isEmpty() && report->imported > 0);
}

void ImportDialog::import()
{
    auto report =
        TimesheetImport(m_workspace.database(), m_workspace.clock()).importFile(m_path, options(false));
    if (!report) {
        MessageBox::warning(this, tr("Nothing was imported"), report.error().message());
        check();
        return;
    }
    m_result = tr("Imported %n entry(s) (%1 of work).", nullptr, int(report->imported))
                   .arg(timeutil::formatDuration(report->seconds));
    if (!report->createdClients.isEmpty())
        m_result += QLatin1Char(' ')
                    + tr("Added the clients: %1.").arg(report->createdClients.join(QStringLiteral(", ")));
    m_workspace.notify(Workspace::Entries | Workspace::Clients);
    accept();
}

} // namespace minuta::ui
