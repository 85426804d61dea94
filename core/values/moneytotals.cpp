#include "values/moneytotals.h"

#include <QStringList>

namespace minuta {

Result<void> MoneyTotals::add(const Money &amount)
{
    auto [it, inserted] = m_sums.try_emplace(amount.currency().code(), Money::zero(amount.currency()));
    auto sum = it->second.plus(amount);
    if (!sum)
        return sum.error();
    it->second = *sum;
    return {};
}

QList<Money> MoneyTotals::sums() const
{
    QList<Money> sums;
    for (const auto &[code, sum] : m_sums)
        sums.append(sum);
    return sums;
}

QString MoneyTotals::format(const QLocale &locale) const
{
    QStringList parts;
    for (const auto &[code, sum] : m_sums)
        parts << sum.format(locale);
    return parts.join(QStringLiteral(" + "));
}

} // namespace minuta
