#pragma once

// The report tables: per client and month, per service, unpaid invoices by age, and prepaid packs. Each shows
// the locale's numbers and money, sorts by the real values, and gives itself as CSV (core's report
// CSV, the command line's too) and as a table for the PDF.

#include "invoicing/packrepository.h"
#include "io/reportpdf.h"
#include "reports/reports.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace minuta::ui {

// Shared: the rows are value lists; a column is a number or text.
class ReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    static constexpr int SortRole = Qt::UserRole + 1;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The rows as comma-separated values.
    virtual QByteArray csv() const = 0;
    ReportDocument::Table table(const QString &heading, const QString &totals) const;

protected:
    struct Cell
    {
        QString shown; // as people read it
        QVariant sort;
        bool number = false;
    };
    void setCells(QList<QList<Cell>> rows);
    virtual QStringList headers() const = 0;
    // What a column holds, for its header's tooltip.
    virtual QString headerTip(int) const { return {}; }
    static Cell text(const QString &value);
    static Cell number(const QString &shown, const QVariant &sort);

    QList<QList<Cell>> m_rows;
};

class MonthlyReportModel : public ReportModel
{
    Q_OBJECT

public:
    enum Column {
        Month,
        Client,
        Hours,
        BillableHours,
        Billable,
        Unbilled,
        Invoiced,
        InvoicedGross,
        Paid,
        Outstanding,
        ColumnCount
    };
    using ReportModel::ReportModel;
    void setRows(const QList<MonthlyRow> &rows, const QLocale &locale);
    const QList<MonthlyRow> &rows() const { return m_data; }
    int columnCount(const QModelIndex &parent = {}) const override;
    QByteArray csv() const override;
    // Sums per currency, in words: "Hours 12:30 · billable €400.00 · …".
    QString totals(const QLocale &locale) const;

protected:
    QStringList headers() const override;
    QString headerTip(int section) const override;

private:
    QList<MonthlyRow> m_data;
};

class ServiceReportModel : public ReportModel
{
    Q_OBJECT

public:
    enum Column { Month, Service, Quantity, Unit, Uses, ColumnCount };
    using ReportModel::ReportModel;
    void setRows(const QList<ServiceRow> &rows, const QLocale &locale);
    int columnCount(const QModelIndex &parent = {}) const override;
    QByteArray csv() const override;

protected:
    QStringList headers() const override;

private:
    QList<ServiceRow> m_data;
};

class AgingReportModel : public ReportModel
{
    Q_OBJECT

public:
    enum Column { Number, Client, Issued, Due, DaysLate, Bucket, Balance, ColumnCount };
    using ReportModel::ReportModel;
    void setRows(const QList<AgingRow> &rows, const QLocale &locale);
    const QList<AgingRow> &rows() const { return m_data; }
    int columnCount(const QModelIndex &parent = {}) const override;
    QByteArray csv() const override;
    static QString bucketText(AgingBucket bucket);
    // The balance in each bucket, per currency, in words.
    QString totals(const QLocale &locale) const;

protected:
    QStringList headers() const override;

private:
    QList<AgingRow> m_data;
};

// Prepaid packs per month: sold (how many, the hours they cover, their prices), hours drawn from
// them by the month's work, and the packs that ended with the hours they left unused.
class PackReportModel : public ReportModel
{
    Q_OBJECT

public:
    enum Column { Month, Sold, HoursSold, Value, HoursUsed, Ended, HoursUnused, ColumnCount };
    using ReportModel::ReportModel;
    void setRows(const QList<PackMonth> &rows, const QLocale &locale);
    const QList<PackMonth> &rows() const { return m_data; }
    int columnCount(const QModelIndex &parent = {}) const override;
    QByteArray csv() const override;
    // The span's sums in words: "3 packs sold, 30:00 h, €900.00 · 12:30 h used · …".
    QString totals(const QLocale &locale) const;

protected:
    QStringList headers() const override;
    QString headerTip(int section) const override;

private:
    QList<PackMonth> m_data;
};

} // namespace minuta::ui
