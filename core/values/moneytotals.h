#pragma once

// Sums of money kept apart by currency: what a list of invoices or a report's column adds up to
// when clients pay in several currencies. Listed by currency code.

#include "values/error.h"
#include "values/money.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <map>

namespace minuta {

class MoneyTotals
{
public:
    // Adds `amount` to the sum of its currency; a sum that would overflow is refused and kept.
    Result<void> add(const Money &amount);

    bool isEmpty() const { return m_sums.empty(); }
    // One sum per currency met, by currency code.
    QList<Money> sums() const;
    // The sums as people read them, joined: "€1,200.00 + £80.00"; empty when there are none.
    QString format(const QLocale &locale) const;

private:
    std::map<QString, Money> m_sums;
};

} // namespace minuta
