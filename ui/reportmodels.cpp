#include "reportmodels.h"

#include "format.h"
#include "io/reportcsv.h"
#include "values/moneytotals.h"
#include "values/timeutil.h"

#include <map>

namespace minuta::ui {

namespace {

QString hours(qint64 seconds)
{
    return timeutil::formatDuration(seconds);
}

// A sum that would overflow keeps what it had: the rows above still show every amount.
void add(MoneyTotals &sums, const Money &m)
{
    (void)sums.add(m);
}

QString joined(const MoneyTotals &sums, const QLocale &locale)
{
    return sums.isEmpty() ? QStringLiteral("0") : sums.format(locale);
}

} // namespace

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return headers().value(section);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        const QString tip = headerTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &cell = m_rows[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return cell.shown;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cell.number ? Qt::AlignRight | Qt::AlignVCenter
                                               : Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return cell.sort.isValid() ? cell.sort : QVariant(cell.shown);
    default:
        return {};
    }
}

void ReportModel::setCells(QList<QList<Cell>> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

ReportModel::Cell ReportModel::text(const QString &value)
{
    return {value, QVariant(value.toCaseFolded()), false};
}

ReportModel::Cell ReportModel::number(const QString &shown, const QVariant &sort)
{
    return {shown, sort, true};
}

ReportDocument::Table ReportModel::table(const QString &heading, const QString &totals) const
{
    ReportDocument::Table t;
    t.heading = heading;
    t.header = headers();
    t.totals = totals;
    for (int c = 0; c < t.header.size(); ++c)
        t.rightAligned << (!m_rows.isEmpty() && m_rows.first().value(c).number);
    for (const QList<Cell> &row : m_rows) {
        QStringList cells;
        for (const Cell &cell : row)
            cells << cell.shown;
        t.rows << cells;
    }
    return t;
}

// Per client and month.

int MonthlyReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList MonthlyReportModel::headers() const
{
    return {tr("Month"),    tr("Client"),     tr("Hours"),          tr("Billable hours"),
            tr("Billable"), tr("Unbilled"),   tr("Invoiced (net)"), tr("Invoiced (gross)"),
            tr("Paid"),     tr("Outstanding")};
}

QString MonthlyReportModel::headerTip(int section) const
{
    switch (section) {
    case Hours:
        return tr("Time logged, by the month the work started");
    case BillableHours:
        return tr("The part of it that is billable");
    case Billable:
        return tr("What the billable time and the units used are worth, priced as an invoice prices them");
    case Unbilled:
        return tr("The part of that worth not on an invoice yet");
    case Invoiced:
        return tr("Net of the invoices issued that month, before taxes, less credit notes: the revenue");
    case InvoicedGross:
        return tr("What the invoices issued that month ask the client to pay: taxes included, less tax "
                  "the client withholds, less credit notes. Paid and outstanding are on this basis");
    case Paid:
        return tr("Payments received that month, as the gross figure: taxes included");
    case Outstanding:
        return tr("Still owed on the invoices issued that month, as the gross figure: taxes included");
    default:
        return {};
    }
}

QByteArray MonthlyReportModel::csv() const
{
    return reportcsv::monthly(m_data);
}

void MonthlyReportModel::setRows(const QList<MonthlyRow> &rows, const QLocale &locale)
{
    m_data = rows;
    QList<QList<Cell>> cells;
    const auto money = [&](const Money &m) { return number(m.format(locale), m.minorUnits()); };
    for (const MonthlyRow &r : rows) {
        cells << QList<Cell>{{locale.toString(r.month, QStringLiteral("MMM yyyy")), r.month, false},
                             text(r.clientName),
                             number(hours(r.seconds), r.seconds),
                             number(hours(r.billableSeconds), r.billableSeconds),
                             money(r.billable),
                             money(r.unbilled),
                             money(r.invoiced),
                             money(r.invoicedGross),
                             money(r.paid),
                             money(r.outstanding)};
    }
    setCells(cells);
}

QString MonthlyReportModel::totals(const QLocale &locale) const
{
    qint64 seconds = 0, billableSeconds = 0;
    MoneyTotals billable, unbilled, invoiced, invoicedGross, paid, outstanding;
    for (const MonthlyRow &r : m_data) {
        seconds += r.seconds;
        billableSeconds += r.billableSeconds;
        add(billable, r.billable);
        add(unbilled, r.unbilled);
        add(invoiced, r.invoiced);
        add(invoicedGross, r.invoicedGross);
        add(paid, r.paid);
        add(outstanding, r.outstanding);
    }
    if (m_data.isEmpty())
        return tr("Nothing logged or invoiced in this period.");
    return tr("In all: %1 h, %2 h billable · worth %3 · unbilled %4 · invoiced %5 net, %6 gross · paid %7 · "
              "outstanding %8")
        .arg(hours(seconds), hours(billableSeconds), joined(billable, locale), joined(unbilled, locale),
             joined(invoiced, locale), joined(invoicedGross, locale), joined(paid, locale),
             joined(outstanding, locale));
}

// Per service.

int ServiceReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList ServiceReportModel::headers() const
{
    return {tr("Month"), tr("Service"), tr("Quantity"), tr("Unit"), tr("Uses")};
}

QByteArray ServiceReportModel::csv() const
{
    return reportcsv::services(m_data);
}

void ServiceReportModel::setRows(const QList<ServiceRow> &rows, const QLocale &locale)
{
    m_data = rows;
    QList<QList<Cell>> cells;
    for (const ServiceRow &r : rows)
        cells << QList<Cell>{{locale.toString(r.month, QStringLiteral("MMM yyyy")), r.month, false},
                             text(r.serviceName),
                             number(r.quantity.format(locale), r.quantity.milli()),
                             text(r.unit),
                             number(locale.toString(r.uses), r.uses)};
    setCells(cells);
}

// Unpaid invoices by age.

int AgingReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList AgingReportModel::headers() const
{
    return {tr("Number"), tr("Client"), tr("Issued"), tr("Due"), tr("Days late"), tr("Age"), tr("Balance")};
}

QByteArray AgingReportModel::csv() const
{
    return reportcsv::aging(m_data);
}

QString AgingReportModel::bucketText(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::Current:
        return tr("Not due yet");
    case AgingBucket::Late1To30:
        return tr("1–30 days late");
    case AgingBucket::Late31To60:
        return tr("31–60 days late");
    case AgingBucket::Late61To90:
        return tr("61–90 days late");
    case AgingBucket::LateOver90:
        break;
    }
    return tr("Over 90 days late");
}

void AgingReportModel::setRows(const QList<AgingRow> &rows, const QLocale &locale)
{
    m_data = rows;
    QList<QList<Cell>> cells;
    for (const AgingRow &r : rows) {
        const qint64 late = qMax<qint64>(0, r.daysLate);
        cells << QList<Cell>{text(r.number),
                             text(r.clientName),
                             {format::date(r.issueDate, locale), r.issueDate, false},
                             {format::date(r.dueDate, locale), r.dueDate, false},
                             number(locale.toString(late), late),
                             r.credit ? Cell{tr("Credit owed back"), -1, false}
                                      : Cell{bucketText(r.bucket), int(r.bucket), false},
                             number(r.balance.format(locale), r.balance.minorUnits())};
    }
    setCells(cells);
}

QString AgingReportModel::totals(const QLocale &locale) const
{
    if (m_data.isEmpty())
        return tr("Nothing is owed.");
    // Credit owed back to clients is netted into what is owed, as a bookkeeper's aged receivables do,
    // and shown on its own rather than in a bucket: it is never late.
    std::map<int, MoneyTotals> buckets;
    MoneyTotals all;
    MoneyTotals credit;
    for (const AgingRow &r : m_data) {
        add(r.credit ? credit : buckets[int(r.bucket)], r.balance);
        add(all, r.balance);
    }
    QStringList parts{tr("Owed: %1").arg(joined(all, locale))};
    for (const auto &[bucket, sums] : buckets)
        parts << tr("%1: %2").arg(bucketText(AgingBucket(bucket)), joined(sums, locale));
    if (!credit.isEmpty())
        parts << tr("Credit owed back: %1").arg(joined(credit, locale));
    return parts.join(QStringLiteral(" · "));
}

// Prepaid packs per month.

int PackReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList PackReportModel::headers() const
{
    return {tr("Month"),      tr("Packs sold"),  tr("Hours sold"),  tr("Sold for"),
            tr("Hours used"), tr("Packs ended"), tr("Hours unused")};
}

QString PackReportModel::headerTip(int section) const
{
    switch (section) {
    case Sold:
        return tr("Packs and retainer periods whose first day is in the month");
    case HoursSold:
        return tr("The hours those packs cover");
    case Value:
        return tr("Their prices, in each currency they were sold in");
    case HoursUsed:
        return tr("Billed time of the month's work that packs covered");
    case Ended:
        return tr("Packs past their last day, or closed, in the month");
    case HoursUnused:
        return tr("What those packs left unused, less the hours a retainer carried into its next period");
    default:
        return {};
    }
}

QByteArray PackReportModel::csv() const
{
    return reportcsv::packs(m_data);
}

void PackReportModel::setRows(const QList<PackMonth> &rows, const QLocale &locale)
{
    m_data = rows;
    QList<QList<Cell>> cells;
    for (const PackMonth &m : rows) {
        const QDate first(m.year, m.month, 1);
        // A value per currency, sorted by the first: a spreadsheet sums each on its own.
        const QList<Money> sums = m.soldValue.sums();
        cells << QList<Cell>{
            {locale.toString(first, QStringLiteral("MMM yyyy")), first, false},
            number(locale.toString(m.sold), m.sold),
            number(hours(m.soldMinutes * 60), m.soldMinutes),
            number(joined(m.soldValue, locale), sums.isEmpty() ? 0 : sums.first().minorUnits()),
            number(hours(m.usedSeconds), m.usedSeconds),
            number(locale.toString(m.expired), m.expired),
            number(hours(m.unusedSeconds), m.unusedSeconds)};
    }
    setCells(cells);
}

QString PackReportModel::totals(const QLocale &locale) const
{
    int sold = 0;
    int ended = 0;
    qint64 soldMinutes = 0;
    qint64 used = 0;
    qint64 unused = 0;
    MoneyTotals value;
    for (const PackMonth &m : m_data) {
        sold += m.sold;
        ended += m.expired;
        soldMinutes += m.soldMinutes;
        used += m.usedSeconds;
        unused += m.unusedSeconds;
        for (const Money &sum : m.soldValue.sums())
            add(value, sum);
    }
    if (sold == 0 && ended == 0 && used == 0)
        return tr("No packs in these months. Sell one from a client's page.");
    return tr("%n pack(s) sold, %1 h for %2", nullptr, sold)
               .arg(hours(soldMinutes * 60), joined(value, locale))
           + QStringLiteral(" · ") + tr("%1 h used").arg(hours(used)) + QStringLiteral(" · ")
           + tr("%n ended, leaving %1 h unused", nullptr, ended).arg(hours(unused));
}

} // namespace minuta::ui
