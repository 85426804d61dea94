#include "business/business.h"

#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"
#include "values/clock.h"
#include "values/postaladdress.h"
#include "values/taxid.h"
#include "values/validation.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

namespace minuta {

namespace {

const QString kColumns = QStringLiteral(
    "name, address, country, vat_id, fiscal_code, iban, bic, email, phone, logo_sha256, number_pattern, "
    "credit_note_pattern, tax_profile_id, contribution_rate, regime_fiscale, cassa_type, withholding_type, "
    "withholding_reason, virtual_stamp_duty, stamp_duty_charged, service_description_en, "
    "service_description_it, state, qst_id, sac, sort_code, account_number, routing_number, institution, "
    "transit, bsb, ifsc, upi, payment_notes, postcode, city");

Error invalid(const QString &message, QLatin1StringView field)
{
    return Error(ErrorCode::InvalidInput, message, field);
}

QString compact(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (!c.isSpace())
            out += c.toUpper();
    return out;
}

// The digits of a bank code typed with separators ("12-34-56", "062 000").
QString digitsOf(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c != QLatin1Char('-') && !c.isSpace())
            out += c;
    return out;
}

bool allDigits(const QString &text, qsizetype min, qsizetype max)
{
    if (text.size() < min || text.size() > max)
        return false;
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// An ABA routing number's check digit: 3, 7 and 1 times the digits in turn sum to a multiple of ten.
bool isValidRoutingNumber(const QString &number)
{
    if (!allDigits(number, 9, 9))
        return false;
    static const int weights[] = {3, 7, 1, 3, 7, 1, 3, 7, 1};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += weights[i] * number[i].digitValue();
    return sum % 10 == 0;
}

} // namespace

bool BusinessProfile::usesLetterPaper() const
{
    return country == QLatin1String("US") || country == QLatin1String("CA");
}

QStringList BusinessProfile::addressLines() const
{
    return postaladdress::lines({address, postcode, city, state}, country);
}

Result<void> BusinessProfile::validate() const
{
    using namespace validation;
    const auto tr = [](const char *text) { return BusinessRepository::tr(text); };
    const QList<std::tuple<const QString *, int, QLatin1StringView, QString, bool>> texts = {
        {&name, 200, businessfield::Name, tr("The business name"), true},
        {&address, 1000, businessfield::Address, tr("The address"), false},
        {&postcode, 16, businessfield::Postcode, tr("The postcode"), true},
        {&city, 100, businessfield::City, tr("The city"), true},
        {&vatId, 32, businessfield::VatId, tr("The VAT number"), true},
        {&fiscalCode, 32, businessfield::FiscalCode, tr("The fiscal code"), true},
        {&email, 320, businessfield::Email, tr("The email address"), true},
        {&phone, 64, businessfield::Phone, tr("The phone number"), true},
    };
    for (const auto &[value, max, field, label, singleLine] : texts)
        if (auto r = checkText(*value, max, field, label, singleLine); !r)
            return r;
    if (!country.isEmpty()
        && (country.size() != 2 || QLocale::codeToTerritory(country) == QLocale::AnyTerritory))
        return invalid(tr("“%1” is not a country code; use two letters, such as IT or GB.").arg(country),
                       businessfield::Country);
    if (country == QLatin1String("IT") && !postcode.isEmpty() && !postaladdress::isItalianPostcode(postcode))
        return invalid(tr("“%1” is not an Italian postcode (CAP): five digits, such as 40126.").arg(postcode),
                       businessfield::Postcode);

    if (country == QLatin1String("IT") && !vatId.isEmpty() && !taxid::isValidItalianVat(vatId))
        return invalid(tr("“%1” is not a valid Italian VAT number: check the 11 digits.").arg(vatId),
                       businessfield::VatId);
    if (country == QLatin1String("IT") && !fiscalCode.isEmpty()
        && !taxid::isValidItalianFiscalCode(fiscalCode))
        return invalid(tr("“%1” is not a valid Italian fiscal code.").arg(fiscalCode),
                       businessfield::FiscalCode);
    if (!iban.isEmpty() && !BusinessRepository::isValidIban(iban))
        return invalid(tr("“%1” is not a valid IBAN: check the letters and digits.").arg(iban),
                       businessfield::Iban);
    static const QRegularExpression bicPattern(QStringLiteral("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$"));
    if (!bic.isEmpty() && !bicPattern.match(bic).hasMatch())
        return invalid(tr("“%1” is not a BIC; it has 8 or 11 letters and digits.").arg(bic),
                       businessfield::Bic);
    static const QRegularExpression emailPattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!email.isEmpty() && !emailPattern.match(email).hasMatch())
        return invalid(tr("“%1” is not an email address.").arg(email), businessfield::Email);
    if (auto r = BusinessRepository::validatePattern(numberPattern, businessfield::NumberPattern); !r)
        return r;
    if (auto r = BusinessRepository::validatePattern(creditNotePattern, businessfield::CreditNotePattern); !r)
        return r;
    if (contributionRate.milliPercent() < 0 || contributionRate.milliPercent() > TaxRate::Hundred)
        return invalid(tr("The pension contribution is between 0 and 100 %."), businessfield::Contribution);
    if (auto r = checkRequired(serviceDescriptionEn, businessfield::ServiceDescriptionEn,
                               tr("The service description in English"));
        !r)
        return r;
    if (auto r = checkRequired(serviceDescriptionIt, businessfield::ServiceDescriptionIt,
                               tr("The service description in Italian"));
        !r)
        return r;
    const QList<std::tuple<const QString *, int, QLatin1StringView, QString, bool>> more = {
        {&serviceDescriptionEn, 200, businessfield::ServiceDescriptionEn,
         tr("The service description in English"), true},
        {&serviceDescriptionIt, 200, businessfield::ServiceDescriptionIt,
         tr("The service description in Italian"), true},
        {&state, 100, businessfield::State, tr("The state or province"), true},
        {&qstId, 32, businessfield::QstId, tr("The QST number"), true},
        {&upi, 100, businessfield::Upi, tr("The UPI id"), true},
        {&paymentNotes, 1000, businessfield::PaymentNotes, tr("The other ways to pay"), false},
    };
    for (const auto &[value, max, field, label, singleLine] : more)
        if (auto r = checkText(*value, max, field, label, singleLine); !r)
            return r;
    if (!sac.isEmpty() && !allDigits(sac, 6, 6))
        return invalid(tr("“%1” is not a SAC code; it has 6 digits, such as 998599.").arg(sac),
                       businessfield::Sac);
    if (!sortCode.isEmpty() && !allDigits(sortCode, 6, 6))
        return invalid(tr("“%1” is not a sort code; it has 6 digits, such as 12-34-56.").arg(sortCode),
                       businessfield::SortCode);
    static const QRegularExpression accountPattern(QStringLiteral("^[A-Z0-9]{4,34}$"));
    if (!accountNumber.isEmpty() && !accountPattern.match(accountNumber).hasMatch())
        return invalid(
            tr("“%1” is not an account number; use 4 to 34 letters and digits.").arg(accountNumber),
            businessfield::AccountNumber);
    if (!routingNumber.isEmpty() && !isValidRoutingNumber(routingNumber))
        return invalid(
            tr("“%1” is not a routing number: it has 9 digits and a check digit.").arg(routingNumber),
            businessfield::RoutingNumber);
    if (!institution.isEmpty() && !allDigits(institution, 3, 3))
        return invalid(tr("“%1” is not an institution number; it has 3 digits.").arg(institution),
                       businessfield::Institution);
    if (!transit.isEmpty() && !allDigits(transit, 5, 5))
        return invalid(tr("“%1” is not a transit number; it has 5 digits.").arg(transit),
                       businessfield::Transit);
    if (!bsb.isEmpty() && !allDigits(bsb, 6, 6))
        return invalid(tr("“%1” is not a BSB; it has 6 digits, such as 062-000.").arg(bsb),
                       businessfield::Bsb);
    static const QRegularExpression ifscPattern(QStringLiteral("^[A-Z]{4}0[A-Z0-9]{6}$"));
    if (!ifsc.isEmpty() && !ifscPattern.match(ifsc).hasMatch())
        return invalid(tr("“%1” is not an IFSC; it has 4 letters, a zero and 6 letters or digits.").arg(ifsc),
                       businessfield::Ifsc);
    static const QRegularExpression upiPattern(
        QStringLiteral(R"(^[A-Za-z0-9._\-]{2,256}@[A-Za-z][A-Za-z0-9]{1,63}$)"));
    if (!upi.isEmpty() && !upiPattern.match(upi).hasMatch())
        return invalid(tr("“%1” is not a UPI id, such as name@bank.").arg(upi), businessfield::Upi);
    return {};
}

BusinessRepository::BusinessRepository(const Database &db, const Clock &clock)
    : m_database(db), m_db(db), m_clock(clock)
{}

bool BusinessRepository::isValidIban(QStringView text)
{
    const QString iban = compact(text.toString());
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"));
    if (!shape.match(iban).hasMatch())
        return false;
    // Move the first four characters to the end, turn letters into 10…35 and take the number mod 97.
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (QChar c : rearranged) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder == 1;
}

Result<void> BusinessRepository::validatePattern(const QString &pattern, const QString &field)
{
    static const QRegularExpression token(QStringLiteral(R"(\{([^}]*)\})"));
    static const QRegularExpression known(QStringLiteral(R"(^(YYYY|YY|MM|N|N:[1-9])$)"));
    int sequence = 0;
    bool year = false;
    auto it = token.globalMatch(pattern);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!known.match(name).hasMatch())
            return Error(
                ErrorCode::InvalidInput,
                tr("“{%1}” is not part of a number pattern; use {YYYY}, {YY}, {MM}, {N} or {N:3}.").arg(name),
                field);
        if (name.startsWith(QLatin1Char('N')))
            ++sequence;
        else if (name.startsWith(QLatin1String("YY")))
            year = true;
    }
    if (sequence != 1)
        return Error(ErrorCode::InvalidInput,
                     tr("A number pattern needs exactly one {N} (or {N:3} for 001)."), field);
    if (!year)
        return Error(ErrorCode::InvalidInput,
                     tr("A number pattern needs the year ({YYYY} or {YY}): numbers start again each year."),
                     field);
    QString literal = pattern;
    literal.remove(token);
    static const QRegularExpression safe(QStringLiteral(R"(^[A-Za-z0-9/ ._\-]*$)"));
    if (!safe.match(literal).hasMatch() || pattern.size() > 40)
        return Error(
            ErrorCode::InvalidInput,
            tr("A number pattern may hold letters, digits, / - _ . and spaces, up to 40 characters."), field);
    return {};
}

Result<BusinessProfile> BusinessRepository::get() const
{
    QSqlQuery q(m_db);
    if (auto r = sql::exec(q, QStringLiteral("SELECT %1 FROM business_profile WHERE id = 1").arg(kColumns));
        !r)
        return r.error();
    BusinessProfile p;
    if (!q.next())
        return p;
    p.name = q.value(0).toString();
    p.address = q.value(1).toString();
    p.country = q.value(2).toString();
    p.vatId = q.value(3).toString();
    p.fiscalCode = q.value(4).toString();
    p.iban = q.value(5).toString();
    p.bic = q.value(6).toString();
    p.email = q.value(7).toString();
    p.phone = q.value(8).toString();
    p.logoSha256 = q.value(9).toString();
    p.numberPattern = q.value(10).toString();
    p.creditNotePattern = q.value(11).toString();
    p.taxProfileId = q.value(12).toString();
    p.contributionRate = TaxRate::fromMilliPercent(q.value(13).toLongLong());
    p.regimeFiscale = q.value(14).toString();
    p.cassaType = q.value(15).toString();
    p.withholdingType = q.value(16).toString();
    p.withholdingReason = q.value(17).toString();
    p.virtualStampDuty = q.value(18).toBool();
    p.stampDutyCharged = q.value(19).toBool();
    p.serviceDescriptionEn = q.value(20).toString();
    p.serviceDescriptionIt = q.value(21).toString();
    p.state = q.value(22).toString();
    p.qstId = q.value(23).toString();
    p.sac = q.value(24).toString();
    p.sortCode = q.value(25).toString();
    p.accountNumber = q.value(26).toString();
    p.routingNumber = q.value(27).toString();
    p.institution = q.value(28).toString();
    p.transit = q.value(29).toString();
    p.bsb = q.value(30).toString();
    p.ifsc = q.value(31).toString();
    p.upi = q.value(32).toString();
    p.paymentNotes = q.value(33).toString();
    p.postcode = q.value(34).toString();
    p.city = q.value(35).toString();
    return p;
}

Result<BusinessProfile> BusinessRepository::save(const BusinessProfile &profile)
{
    BusinessProfile p = profile;
    p.name = validation::cleanLine(p.name);
    p.address = validation::cleanText(p.address);
    p.country = p.country.trimmed().toUpper();
    p.vatId = taxid::normalize(p.vatId);
    p.fiscalCode = taxid::normalize(p.fiscalCode);
    p.iban = compact(p.iban);
    p.bic = compact(p.bic);
    p.email = p.email.trimmed();
    p.phone = validation::cleanLine(p.phone);
    p.serviceDescriptionEn = validation::cleanLine(p.serviceDescriptionEn);
    p.serviceDescriptionIt = validation::cleanLine(p.serviceDescriptionIt);
    p.state = validation::cleanLine(p.state);
    p.postcode = validation::cleanLine(p.postcode).toUpper();
    p.city = validation::cleanLine(p.city);
    if (p.country == QLatin1String("IT") && p.state.size() == 2) // a province: "bo" is BO
        p.state = p.state.toUpper();
    p.qstId = taxid::normalize(p.qstId);
    p.sac = compact(p.sac);
    p.sortCode = digitsOf(p.sortCode);
    p.accountNumber = compact(p.accountNumber);
    p.routingNumber = digitsOf(p.routingNumber);
    p.institution = digitsOf(p.institution);
    p.transit = digitsOf(p.transit);
    p.bsb = digitsOf(p.bsb);
    p.ifsc = compact(p.ifsc);
    p.upi = p.upi.trimmed();
    p.paymentNotes = validation::cleanText(p.paymentNotes);
    p.numberPattern = p.numberPattern.trimmed();
    p.creditNotePattern = p.creditNotePattern.trimmed();
    if (auto valid = p.validate(); !valid)
        return valid.error();
    auto exists =
        sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM tax_profile WHERE id = ?"), {p.taxProfileId});
    if (!exists)
        return exists.error();
    if (exists->toLongLong() == 0)
        return Error(
            ErrorCode::NotFound,
            tr("There is no tax profile “%1”; “minuta-cli tax-profiles” lists them.").arg(p.taxProfileId),
            businessfield::TaxProfile);
    return inTransaction(m_db, [&]() -> Result<BusinessProfile> {
        QSqlQuery q(m_db);
        const QStringList columns = kColumns.split(QStringLiteral(", "));
        QStringList assignments;
        for (const QString &column : columns)
            assignments << column + QStringLiteral(" = ?");
        if (auto r = sql::exec(q,
                               QStringLiteral("UPDATE business_profile SET %1, updated_at = ? WHERE id = 1")
                                   .arg(assignments.join(QStringLiteral(", "))),
                               QVariantList{p.name,
                                            p.address,
                                            p.country,
                                            p.vatId,
                                            p.fiscalCode,
                                            p.iban,
                                            p.bic,
                                            p.email,
                                            p.phone,
                                            p.logoSha256.isEmpty() ? QVariant() : QVariant(p.logoSha256),
                                            p.numberPattern,
                                            p.creditNotePattern,
                                            p.taxProfileId,
                                            p.contributionRate.milliPercent(),
                                            p.regimeFiscale,
                                            p.cassaType,
                                            p.withholdingType,
                                            p.withholdingReason,
                                            p.virtualStampDuty ? 1 : 0,
                                            p.stampDutyCharged ? 1 : 0,
                                            p.serviceDescriptionEn,
                                            p.serviceDescriptionIt,
                                            p.state,
                                            p.qstId,
                                            p.sac,
                                            p.sortCode,
                                            p.accountNumber,
                                            p.routingNumber,
                                            p.institution,
                                            p.transit,
                                            p.bsb,
                                            p.ifsc,
                                            p.upi,
                                            p.paymentNotes,
                                            p.postcode,
                                            p.city,
                                            m_clock.nowSecs()});
            !r)
            return r.error();
        return p;
    });
}

Result<void> BusinessRepository::saveSetup(const BusinessSetup &setup)
{
    return inTransaction(m_db, [&]() -> Result<void> {
        if (setup.taxProfile) {
            if (auto saved = TaxProfiles(m_database).save(*setup.taxProfile); !saved)
                return saved.error();
        }
        if (auto saved = save(setup.profile); !saved)
            return saved.error();
        if (auto saved = Settings(m_database).setBusinessDefaults(setup.defaults); !saved)
            return saved;
        if (setup.logo) {
            auto logo = setup.logo->isEmpty() ? clearLogo() : setLogo(*setup.logo);
            if (!logo)
                return logo.error();
        }
        return {};
    });
}

namespace {

BusinessRepository::ImageCheck g_imageCheck = nullptr;

// The image format of `data` by its first bytes: "png", "jpeg" or "svg" (an XML document whose
// first element is svg); null for anything else.
const char *imageFormat(const QByteArray &data)
{
    if (data.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return "png";
    if (data.startsWith(QByteArrayLiteral("\xff\xd8\xff")))
        return "jpeg";
    // Past a byte-order mark, the XML declaration, comments and a doctype, the first element.
    static const QRegularExpression svg(
        QStringLiteral(
            R"(^(?:\x{feff})?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*<svg[\s>])"),
        QRegularExpression::DotMatchesEverythingOption);
    if (svg.match(QString::fromUtf8(data.left(4096))).hasMatch())
        return "svg";
    return nullptr;
}

} // namespace

void BusinessRepository::setImageCheck(ImageCheck check)
{
    g_imageCheck = check;
}

Result<Image> BusinessRepository::readLogo(const QByteArray &data)
{
    if (data.isEmpty())
        return invalid(tr("The logo file is empty."), businessfield::Logo);
    if (data.size() > MaxLogoBytes)
        return invalid(tr("The logo is larger than 2 MB; use a smaller image."), businessfield::Logo);
    const char *format = imageFormat(data);
    if (!format)
        return invalid(tr("The logo must be a PNG, JPEG or SVG image."), businessfield::Logo);
    QString why;
    if (g_imageCheck && !g_imageCheck(data, format, &why))
        return invalid(tr("The logo image cannot be read: %1").arg(why), businessfield::Logo);
    const QString mime = qstrcmp(format, "png") == 0    ? QStringLiteral("image/png")
                         : qstrcmp(format, "jpeg") == 0 ? QStringLiteral("image/jpeg")
                                                        : QStringLiteral("image/svg+xml");
    return Image{QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()),
                 mime, data};
}

Result<BusinessProfile> BusinessRepository::setLogo(const QByteArray &data)
{
    auto logo = readLogo(data);
    if (!logo)
        return logo.error();
    auto profile = get();
    if (!profile)
        return profile.error();
    profile->logoSha256 = logo->sha256;
    return inTransaction(m_db, [&]() -> Result<BusinessProfile> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(
                q, QStringLiteral("INSERT OR IGNORE INTO image (sha256, mime, data) VALUES (?, ?, ?)"),
                {logo->sha256, logo->mime, logo->data});
            !r)
            return r.error();
        QSqlQuery u(m_db);
        if (auto r = sql::exec(
                u, QStringLiteral("UPDATE business_profile SET logo_sha256 = ?, updated_at = ? WHERE id = 1"),
                {logo->sha256, m_clock.nowSecs()});
            !r)
            return r.error();
        return profile.value();
    });
}

Result<BusinessProfile> BusinessRepository::clearLogo()
{
    auto profile = get();
    if (!profile)
        return profile.error();
    profile->logoSha256.clear();
    return inTransaction(m_db, [&]() -> Result<BusinessProfile> {
        QSqlQuery q(m_db);
        if (auto r = sql::exec(
                q,
                QStringLiteral("UPDATE business_profile SET logo_sha256 = NULL, updated_at = ? WHERE id = 1"),
                {m_clock.nowSecs()});
            !r)
            return r.error();
        return profile.value();
    });
}

Result<Image> BusinessRepository::image(const QString &sha256) const
{
    QSqlQuery q(m_db);
    if (auto r = sql::exec(q, QStringLiteral("SELECT mime, data FROM image WHERE sha256 = ?"), {sha256}); !r)
        return r.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("The logo is missing from the file."), businessfield::Logo);
    return Image{sha256, q.value(0).toString(), q.value(1).toByteArray()};
}

CountryPreset countryPreset(const QString &country)
{
    CountryPreset preset;
    // The profiles seeded in every file: the ordinary scheme of each country Minuta knows.
    static const QList<std::pair<const char *, const char *>> profiles = {
        {"IT", "it-ordinario"}, {"GB", "uk-vat"},       {"AU", "au-gst"},
        {"CA", "ca-gst"},       {"IN", "in-gst-intra"}, {"US", "us"},
    };
    preset.taxProfileId = QStringLiteral("generic");
    for (const auto &[code, profile] : profiles)
        if (country == QLatin1String(code))
            preset.taxProfileId = QString::fromLatin1(profile);
    preset.invoiceLanguage = country == QLatin1String("IT") ? QStringLiteral("it") : QStringLiteral("en");
    // The currency the country's own locales use; euros where Qt knows none.
    const QLocale::Territory territory = QLocale::codeToTerritory(country);
    const QList<QLocale> locales =
        territory == QLocale::AnyTerritory
            ? QList<QLocale>()
            : QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory);
    const auto fromLocale =
        locales.isEmpty() ? std::nullopt
                          : Currency::fromCode(locales.first().currencySymbol(QLocale::CurrencyIsoCode));
    preset.currency = fromLocale ? *fromLocale : *Currency::fromCode(u"EUR");
    return preset;
}

} // namespace minuta
