#pragma once

// A tax rate, exact to a thousandth of a percent: 22 % is 22000, Québec's 9.975 % is 9975.
// (Basis points cannot hold 9.975 %.)

#include "values/error.h"
#include "values/money.h"

#include <QLocale>
#include <QString>

namespace minuta {

class TaxRate
{
public:
    static constexpr int Decimals = 3;
    static constexpr qint64 Hundred = 100000;

    TaxRate() = default;
    static TaxRate fromMilliPercent(qint64 milliPercent) { return TaxRate(milliPercent); }
    static TaxRate fromPercent(qint64 percent) { return TaxRate(percent * 1000); }

    qint64 milliPercent() const { return m_milliPercent; }

    // "22", "22%", "9,975 %" (Italian), between 0 and 100.
    static Result<TaxRate> parse(QStringView text, const QLocale &locale,
                                 const QString &field = QStringLiteral("taxRate"));
    static Result<TaxRate> parsePlain(QStringView text, const QString &field = QStringLiteral("taxRate"));

    // "22%", "9.975%".
    QString format(const QLocale &locale) const;
    // "22", "9.975".
    QString toPlainString() const;

    // This rate of `base`, rounded half away from zero to the minor unit.
    Result<Money> of(const Money &base) const;

    friend bool operator==(TaxRate a, TaxRate b) { return a.m_milliPercent == b.m_milliPercent; }
    friend bool operator!=(TaxRate a, TaxRate b) { return a.m_milliPercent != b.m_milliPercent; }
    friend bool operator<(TaxRate a, TaxRate b) { return a.m_milliPercent < b.m_milliPercent; }

private:
    explicit TaxRate(qint64 milliPercent) : m_milliPercent(milliPercent) {}
    qint64 m_milliPercent = 0;
};

} // namespace minuta
