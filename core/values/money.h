#pragma once

// An amount of money: integer minor units (cents) of one ISO 4217 currency. Never floating point.
// Calculations are exact; where a division is needed the result is rounded once, half away from
// zero, to the minor unit. Overflow and mixing currencies are refused, not wrapped.

#include "values/currency.h"
#include "values/error.h"

#include <QLocale>
#include <QString>

namespace minuta {

class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, Currency currency) : m_minor(minorUnits), m_currency(currency) {}
    static Money zero(Currency currency) { return Money(0, currency); }

    qint64 minorUnits() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isValid() const { return m_currency.isValid(); }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // The same figure in another currency: what a rate or price becomes when its currency changes
    // and nobody gave a new one.
    Money withCurrency(Currency currency) const { return Money(m_minor, currency); }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> negated() const;
    // This amount × numerator ÷ denominator, rounded half away from zero to the minor unit.
    Result<Money> scaled(qint64 numerator, qint64 denominator) const;
    // What `seconds` of work cost at this hourly rate.
    Result<Money> forSeconds(qint64 seconds) const;

    // "€1,234.56" (en), "1.234,56 €" (it), "₹12,34,567.00" (en_IN).
    QString format(const QLocale &locale) const;
    // "1,234.56" (en), "1.234,56" (it): the number only, as in a table column.
    QString formatNumber(const QLocale &locale) const;
    // "1234.56": no grouping, a dot, every minor digit; for the command line, CSV and JSON text.
    QString toPlainString() const;

    // Reads an amount typed by a person using `locale`: grouping optional ("1.234,56" or
    // "1234,56" in Italian), currency symbol and code ignored, a leading minus or parentheses for
    // negative amounts. More decimals than the currency has are refused unless they are zeros.
    static Result<Money> parse(QStringView text, Currency currency, const QLocale &locale);
    // Reads the plain form "1234.56" (command line, CSV): a dot, no grouping.
    static Result<Money> parsePlain(QStringView text, Currency currency);

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    friend bool operator!=(const Money &a, const Money &b) { return !(a == b); }

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace minuta
