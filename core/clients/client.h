#pragma once

// A client: who the work is for, how it is billed (currency, rate, rounding) and what their
// invoices say about them.

#include "values/error.h"
#include "values/money.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace minuta {

enum class RoundingMode { Up, Nearest, Down };

QString roundingModeName(RoundingMode mode); // "up", "nearest", "down"
std::optional<RoundingMode> roundingModeFromName(QStringView name);

// How raw minutes become billed minutes: each entry is rounded to the increment in the given
// direction, then raised to the minimum.
struct BillingPolicy
{
    int incrementMinutes = 1;
    RoundingMode rounding = RoundingMode::Up;
    int minimumMinutes = 0;

    friend bool operator==(const BillingPolicy &, const BillingPolicy &) = default;
};

// What billing terms may be, for a client and for the defaults new clients start with: checked by
// core, offered by the dialogs, accepted by the command line.
namespace billingterms {

inline constexpr std::array<int, 7> Increments = {1, 5, 6, 10, 15, 30, 60}; // minutes
inline constexpr int MinMinimumMinutes = 0;
inline constexpr int MaxMinimumMinutes = 24 * 60;
inline constexpr int MinPaymentTermsDays = 0;
inline constexpr int MaxPaymentTermsDays = 365;

bool isAllowedIncrement(int minutes);
bool isAllowedMinimum(int minutes);
bool isAllowedPaymentTerms(int days);

} // namespace billingterms

// The names errors give the fields of billing terms (Error::field()), on a client and on the
// defaults alike; the dialogs show an error under the field of that name.
namespace billingfield {

inline constexpr QLatin1StringView Currency("currency");
inline constexpr QLatin1StringView HourlyRate("hourlyRate");
inline constexpr QLatin1StringView Increment("increment");
inline constexpr QLatin1StringView Minimum("minimum");
inline constexpr QLatin1StringView PaymentTerms("paymentTerms");
inline constexpr QLatin1StringView Language("language");

} // namespace billingfield

// The names errors give a client's other fields.
namespace clientfield {

inline constexpr QLatin1StringView Name("name");
inline constexpr QLatin1StringView Contact("contact");
inline constexpr QLatin1StringView Email("email");
inline constexpr QLatin1StringView Phone("phone");
inline constexpr QLatin1StringView Address("address");
inline constexpr QLatin1StringView Postcode("postcode");
inline constexpr QLatin1StringView City("city");
inline constexpr QLatin1StringView Country("country");
inline constexpr QLatin1StringView VatId("vatId");
inline constexpr QLatin1StringView FiscalCode("fiscalCode");
inline constexpr QLatin1StringView State("state");
inline constexpr QLatin1StringView Gstin("gstin");
inline constexpr QLatin1StringView RecipientCode("recipientCode");
inline constexpr QLatin1StringView Pec("pec");
inline constexpr QLatin1StringView Color("color");
inline constexpr QLatin1StringView Notes("notes");
inline constexpr QLatin1StringView TaxProfile("taxProfile");

// Something else refused for what a client lacks (an invoice that must show the buyer's address)
// names the client's field with a prefix, "client.address", so it is not taken for its own.
QString prefixed(QLatin1StringView field);
// The client's field a prefixed name gives, "address"; empty when it is not a client's.
QString unprefixed(const QString &field);

} // namespace clientfield

struct Client
{
    qint64 id = 0;
    QString name;
    QString contactName;
    QString email;
    QString phone;
    QString address;  // street and number (older files: the whole billing address, several lines)
    QString postcode; // CAP in Italy
    QString city;
    QString country; // ISO 3166 alpha-2, or empty
    QString vatId;
    QString fiscalCode;
    Currency currency;
    QString language = QStringLiteral("en"); // of the client's invoices: "en" or "it"
    std::optional<Money> hourlyRate;         // none: the business's default rate
    BillingPolicy billing;
    int paymentTermsDays = 30;
    bool withholding = false;   // the client withholds tax (ritenuta d'acconto)
    QString taxProfileId;       // empty: the business's tax profile
    bool reverseCharge = false; // no tax charged; the client accounts for it
    QString recipientCode;      // FatturaPA CodiceDestinatario
    QString pec;                // FatturaPA certified email, instead of the code
    QString state;              // state or province: Italy's two letters, India's place of supply
    QString gstin;              // India: the buyer's GST identification number
    QString color = QStringLiteral("#2563eb");
    QString notes;
    bool archived = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // The billing address as it prints, line by line.
    QStringList addressLines() const;

    // A new currency, and the rate carried over to it.
    void setCurrency(Currency newCurrency);

    // Checks every field; the error names the first field that is wrong. Uniqueness of the name
    // needs the database and is checked by ClientRepository.
    Result<void> validate() const;
};

} // namespace minuta
