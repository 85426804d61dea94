#pragma once

// How many units of a service were used: exact to the thousandth (1.5 hours of meeting room,
// 12 calls), stored as an integer count of thousandths.

#include "values/error.h"
#include "values/money.h"

#include <QLocale>
#include <QString>

namespace minuta {

class Quantity
{
public:
    static constexpr int Decimals = 3;

    Quantity() = default;
    static Quantity fromMilli(qint64 milli) { return Quantity(milli); }
    static Quantity fromUnits(qint64 units) { return Quantity(units * 1000); }

    qint64 milli() const { return m_milli; }
    bool isPositive() const { return m_milli > 0; }

    // "12", "1,5" (Italian), "1,234.125" (English).
    static Result<Quantity> parse(QStringView text, const QLocale &locale,
                                  const QString &field = QStringLiteral("quantity"));
    // "12", "1.5": the command line's form.
    static Result<Quantity> parsePlain(QStringView text, const QString &field = QStringLiteral("quantity"));

    // Without needless zeros: "12", "1.5", "0.125".
    QString format(const QLocale &locale) const;
    QString toPlainString() const;

    // unitPrice × this quantity, rounded half away from zero to the minor unit.
    Result<Money> times(const Money &unitPrice) const;

    friend bool operator==(Quantity a, Quantity b) { return a.m_milli == b.m_milli; }
    friend bool operator!=(Quantity a, Quantity b) { return a.m_milli != b.m_milli; }

private:
    explicit Quantity(qint64 milli) : m_milli(milli) {}
    qint64 m_milli = 0;
};

} // namespace minuta
