#pragma once

// An ISO 4217 currency: its three-letter code, the digits of its minor unit and a symbol to show.

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace minuta {

class Currency
{
public:
    // An invalid currency; Money with it takes part in no arithmetic.
    Currency() = default;

    // The currency of a known ISO 4217 code (case-insensitive), or nothing.
    static std::optional<Currency> fromCode(QStringView code);
    // Every known ISO 4217 code, sorted.
    static QStringList knownCodes();

    bool isValid() const { return m_index >= 0; }
    QString code() const;
    // Digits after the decimal point: 2 for EUR, 0 for JPY, 3 for KWD.
    int minorDigits() const;
    // 10^minorDigits().
    qint64 minorPerMajor() const;
    // The symbol a reader of `locale` expects: the locale's own symbol for its own currency
    // ("$" for USD in en_US), otherwise an unambiguous one ("US$", "€") or the ISO code.
    QString symbol(const QLocale &locale) const;

    friend bool operator==(Currency a, Currency b) { return a.m_index == b.m_index; }
    friend bool operator!=(Currency a, Currency b) { return a.m_index != b.m_index; }

private:
    explicit Currency(int index) : m_index(index) {}
    int m_index = -1;
};

} // namespace minuta
