#pragma once

// Who issues the invoices: name, address, tax identifiers, bank details, logo, numbering and tax
// profile. One per file.

#include "business/settings.h"
#include "business/taxprofile.h"
#include "storage/connection.h"
#include "values/error.h"
#include "values/taxrate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace minuta {

class Clock;
class Database;

struct BusinessProfile
{
    QString name;
    QString address;  // street and number (older files: the whole address, several lines)
    QString postcode; // CAP in Italy
    QString city;
    QString country; // ISO 3166 alpha-2
    QString vatId;
    QString fiscalCode;
    QString iban;
    QString bic;
    QString email;
    QString phone;
    QString logoSha256; // empty: no logo
    QString numberPattern = QStringLiteral("{YYYY}/{N:3}");
    QString creditNotePattern = QStringLiteral("NC-{YYYY}/{N:3}");
    QString taxProfileId = QStringLiteral("generic");
    TaxRate contributionRate; // pension contribution (rivalsa) on fees; zero is off
    // FatturaPA.
    QString regimeFiscale;                            // RF01 ordinario, RF19 forfettario
    QString cassaType;                                // TC22 INPS
    QString withholdingType = QStringLiteral("RT01"); // RT01 natural persons, RT02 companies
    QString withholdingReason = QStringLiteral("A");  // CausalePagamento
    bool virtualStampDuty = true;
    // Italian stamp duty: added to what the client pays, or borne by the business.
    bool stampDutyCharged = true;
    // What a line says when its work has no task and no description, in each invoice language.
    QString serviceDescriptionEn = QStringLiteral("Virtual assistance services");
    QString serviceDescriptionIt = QStringLiteral("Servizi di assistenza da remoto");
    QString state; // state or province: Italy's two letters, India's place of supply
    QString qstId; // Québec's QST registration number, beside the GST number in vatId
    QString sac;   // India: the SAC code of time lines (998599 and the like)
    // Bank details beyond IBAN and BIC, for the countries that use them, and other ways to pay.
    QString sortCode;      // UK, 6 digits
    QString accountNumber; // UK, US, Canada, Australia, India
    QString routingNumber; // US ABA, 9 digits
    QString institution;   // Canada, 3 digits
    QString transit;       // Canada, 5 digits
    QString bsb;           // Australia, 6 digits
    QString ifsc;          // India, 11 characters
    QString upi;           // India, name@bank
    QString paymentNotes;  // PayPal, a payment link…

    QString serviceDescription(const QString &language) const
    {
        return language == QLatin1String("it") ? serviceDescriptionIt : serviceDescriptionEn;
    }

    // The address as it prints, line by line.
    QStringList addressLines() const;

    // Letter paper for businesses in the United States and Canada, A4 elsewhere.
    bool usesLetterPaper() const;
    Result<void> validate() const;
};

// The names errors give the business's fields (Error::field()); the settings show an error under
// the field of that name.
namespace businessfield {

inline constexpr QLatin1StringView Name("name");
inline constexpr QLatin1StringView Address("address");
inline constexpr QLatin1StringView Postcode("postcode");
inline constexpr QLatin1StringView City("city");
inline constexpr QLatin1StringView Country("country");
inline constexpr QLatin1StringView VatId("vatId");
inline constexpr QLatin1StringView FiscalCode("fiscalCode");
inline constexpr QLatin1StringView Iban("iban");
inline constexpr QLatin1StringView Bic("bic");
inline constexpr QLatin1StringView Email("email");
inline constexpr QLatin1StringView Phone("phone");
inline constexpr QLatin1StringView Logo("logo");
inline constexpr QLatin1StringView NumberPattern("numberPattern");
inline constexpr QLatin1StringView CreditNotePattern("creditNotePattern");
inline constexpr QLatin1StringView TaxProfile("taxProfile");
inline constexpr QLatin1StringView Contribution("contribution");
inline constexpr QLatin1StringView RegimeFiscale("regimeFiscale");
inline constexpr QLatin1StringView ServiceDescriptionEn("serviceDescriptionEn");
inline constexpr QLatin1StringView ServiceDescriptionIt("serviceDescriptionIt");
inline constexpr QLatin1StringView State("state");
inline constexpr QLatin1StringView QstId("qstId");
inline constexpr QLatin1StringView Sac("sac");
inline constexpr QLatin1StringView SortCode("sortCode");
inline constexpr QLatin1StringView AccountNumber("accountNumber");
inline constexpr QLatin1StringView RoutingNumber("routingNumber");
inline constexpr QLatin1StringView Institution("institution");
inline constexpr QLatin1StringView Transit("transit");
inline constexpr QLatin1StringView Bsb("bsb");
inline constexpr QLatin1StringView Ifsc("ifsc");
inline constexpr QLatin1StringView Upi("upi");
inline constexpr QLatin1StringView PaymentNotes("paymentNotes");

} // namespace businessfield

// What follows from the country a business works in, for a new file's setup: the currency, the
// built-in tax profile it most likely uses (it can choose another) and the language of its invoices.
struct CountryPreset
{
    Currency currency;
    QString taxProfileId;
    QString invoiceLanguage;
};
CountryPreset countryPreset(const QString &country);

struct Image
{
    QString sha256;
    QString mime; // image/png, image/jpeg, image/svg+xml
    QByteArray data;
};

// What the settings dialog and `minuta-cli business set` change together.
struct BusinessSetup
{
    BusinessProfile profile;
    BusinessDefaults defaults;
    std::optional<TaxProfile> taxProfile; // the business's tax profile, when its rates were edited too
    std::optional<QByteArray> logo;       // a new logo, or an empty one to remove it; none keeps it
};

class BusinessRepository
{
    Q_DECLARE_TR_FUNCTIONS(minuta::BusinessRepository)

public:
    static constexpr qint64 MaxLogoBytes = 2 * 1024 * 1024;

    BusinessRepository(const Database &db, const Clock &clock);

    Result<BusinessProfile> get() const;
    Result<BusinessProfile> save(const BusinessProfile &profile);
    // Saves all of the setup in one transaction, or nothing when any part of it is refused.
    Result<void> saveSetup(const BusinessSetup &setup);
    // Reads a PNG, JPEG or SVG logo, stores it and makes it the business's logo.
    Result<BusinessProfile> setLogo(const QByteArray &data);
    // Checks that `data` is a logo Minuta can store and print, without storing it: a PNG, JPEG or
    // SVG by its first bytes, which the image check installed (if any) can decode.
    static Result<Image> readLogo(const QByteArray &data);

    // Whether an image in `format` ("png", "jpeg", "svg") decodes; false with the reason in `why`.
    using ImageCheck = bool (*)(const QByteArray &data, const char *format, QString *why);
    // Installed by the programs that draw (io/drawing.h), so a logo that would not draw is refused;
    // core alone reads no image. Set once, before any thread uses a repository.
    static void setImageCheck(ImageCheck check);
    Result<BusinessProfile> clearLogo();
    Result<Image> image(const QString &sha256) const;

    // Checks an IBAN's length and mod-97 check digits.
    static bool isValidIban(QStringView iban);
    // Checks a number pattern: one {N} or {N:k}, a {YYYY} or {YY}, nothing unknown.
    static Result<void> validatePattern(const QString &pattern, const QString &field);

private:
    const Database &m_database;
    storage::Connection m_db;
    const Clock &m_clock;
};

} // namespace minuta
