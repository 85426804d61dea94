#pragma once

// A client: who the work is for, how it is billed (currency, rate, rounding) and what their
// invoices say about them.

#include "values/error.h"
#include "values/money.h"

#include <QString>

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

    static bool isAllowedIncrement(int minutes); // 1, 5, 6, 10, 15, 30, 60
    friend bool operator==(const BillingPolicy &, const BillingPolicy &) = default;
};

struct Client
{
    qint64 id = 0;
    QString name;
    QString contactName;
    QString email;
    QString phone;
    QString address; // billing address, several lines
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
    QString state;              // state or province: India's place of supply
    QString gstin;              // India: the buyer's GST identification number
    QString color = QStringLiteral("#2563eb");
    QString notes;
    bool archived = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // Checks every field; the error names the first field that is wrong. Uniqueness of the name
    // needs the database and is checked by ClientRepository.
    Result<void> validate() const;
};

} // namespace minuta
