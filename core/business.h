#pragma once

// Who issues the invoices: name, address, tax identifiers, bank details, logo, numbering and tax
// profile. One per file.

#include "error.h"
#include "taxrate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace minuta {

class Clock;
class Database;

struct BusinessProfile
{
    QString name;
    QString address;
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

    // Letter paper for businesses in the United States and Canada, A4 elsewhere.
    bool usesLetterPaper() const;
    Result<void> validate() const;
};

struct Image
{
    QString sha256;
    QString mime; // image/png, image/jpeg, image/svg+xml
    QByteArray data;
};

class BusinessRepository
{
    Q_DECLARE_TR_FUNCTIONS(minuta::BusinessRepository)

public:
    static constexpr qint64 MaxLogoBytes = 2 * 1024 * 1024;

    BusinessRepository(const Database &db, const Clock &clock);

    Result<BusinessProfile> get() const;
    Result<BusinessProfile> save(const BusinessProfile &profile);
    // Reads a PNG, JPEG or SVG logo, stores it and makes it the business's logo.
    Result<BusinessProfile> setLogo(const QByteArray &data);
    // Checks that `data` is a logo Minuta can store and print, without storing it.
    static Result<Image> readLogo(const QByteArray &data);
    Result<BusinessProfile> clearLogo();
    Result<Image> image(const QString &sha256) const;

    // Checks an IBAN's length and mod-97 check digits.
    static bool isValidIban(QStringView iban);
    // Checks a number pattern: one {N} or {N:k}, a {YYYY} or {YY}, nothing unknown.
    static Result<void> validatePattern(const QString &pattern, const QString &field);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace minuta
