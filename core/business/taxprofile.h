#pragma once

// How a business charges tax: the taxes on each line (VAT 22 %; GST and QST; CGST and SGST), the
// withholding some clients apply, the stamp duty, and the wording the law wants on the invoice.
// Profiles are data in the file, seeded with presets and editable.

#include "storage/connection.h"
#include "values/error.h"
#include "values/money.h"
#include "values/taxrate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace minuta {

class Database;

struct TaxComponent
{
    QString nameEn; // "VAT", "GST", "CGST"
    QString nameIt; // "IVA"
    TaxRate rate;

    QString name(const QString &language) const { return language == QLatin1String("it") ? nameIt : nameEn; }
    friend bool operator==(const TaxComponent &, const TaxComponent &) = default;
};

struct TaxProfile
{
    QString id; // "it-ordinario"
    QString name;
    QString titleEn = QStringLiteral("Invoice");
    QString titleIt = QStringLiteral("Fattura");
    QString taxIdLabelEn = QStringLiteral("Tax ID");
    QString taxIdLabelIt = QStringLiteral("Partita IVA");
    QList<TaxComponent> taxes;
    TaxRate withholdingRate;
    QString withholdingNameEn = QStringLiteral("Withholding tax");
    QString withholdingNameIt = QStringLiteral("Ritenuta d'acconto");
    QString contributionNameEn = QStringLiteral("Pension contribution");
    QString contributionNameIt = QStringLiteral("Contributo previdenziale");
    qint64 stampDutyMinor = 0; // in euro cents; only on euro invoices
    qint64 stampDutyThresholdMinor = 0;
    bool stampDutyCharged = true; // added to what the client pays
    QString legalNoteEn;
    QString legalNoteIt;
    QString reverseChargeNoteEn;
    QString reverseChargeNoteIt;
    QString exemptNature; // FatturaPA Natura of untaxed lines (N2.2)
    bool builtin = false;

    // The sum of the taxes' rates: what a line without its own rate bears.
    TaxRate standardRate() const;
    QString title(const QString &language) const
    {
        return language == QLatin1String("it") ? titleIt : titleEn;
    }
    QString taxIdLabel(const QString &language) const;
    // The name to show in the program's language: a built-in profile's own name translated, unless
    // the user renamed it.
    QString displayName() const;
    QString withholdingName(const QString &language) const;
    QString contributionName(const QString &language) const;
    QString legalNote(const QString &language) const;
    QString reverseChargeNote(const QString &language) const;

    Result<void> validate() const;
};

// The names errors give a profile's fields (Error::field()).
namespace taxprofilefield {

inline constexpr QLatin1StringView Id("id");
inline constexpr QLatin1StringView Name("name");
inline constexpr QLatin1StringView Taxes("taxes");
inline constexpr QLatin1StringView Withholding("withholding");
inline constexpr QLatin1StringView StampDuty("stampDuty");
// A profile chosen by a business or a client that does not exist.
inline constexpr QLatin1StringView Choice("taxProfile");

} // namespace taxprofilefield

class TaxProfiles
{
    Q_DECLARE_TR_FUNCTIONS(minuta::TaxProfiles)

public:
    explicit TaxProfiles(const Database &db);

    Result<QList<TaxProfile>> list() const;
    Result<TaxProfile> get(const QString &id) const;
    // Adds or replaces a profile and its taxes.
    Result<TaxProfile> save(const TaxProfile &profile);

private:
    storage::Connection m_db;
};

} // namespace minuta
