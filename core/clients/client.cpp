#include "clients/client.h"

#include "values/postaladdress.h"
#include "values/taxid.h"
#include "values/validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace minuta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("minuta::Client", text);
}

Error invalid(const QString &message, QLatin1StringView field)
{
    return Error(ErrorCode::InvalidInput, message, field);
}

const auto kClientPrefix = QLatin1StringView("client.");

} // namespace

namespace billingterms {

// The refusals of Client::validate and BusinessDefaults::validate spell these limits out in words
// that are translated as they are: a new limit rewrites those sentences.
static_assert(Increments == std::array<int, 7>{1, 5, 6, 10, 15, 30, 60});
static_assert(MinMinimumMinutes == 0 && MaxMinimumMinutes == 1440);
static_assert(MinPaymentTermsDays == 0 && MaxPaymentTermsDays == 365);

bool isAllowedIncrement(int minutes)
{
    return std::find(Increments.begin(), Increments.end(), minutes) != Increments.end();
}

bool isAllowedMinimum(int minutes)
{
    return minutes >= MinMinimumMinutes && minutes <= MaxMinimumMinutes;
}

bool isAllowedPaymentTerms(int days)
{
    return days >= MinPaymentTermsDays && days <= MaxPaymentTermsDays;
}

} // namespace billingterms

namespace clientfield {

QString prefixed(QLatin1StringView field)
{
    return kClientPrefix + field;
}

QString unprefixed(const QString &field)
{
    return field.startsWith(kClientPrefix) ? field.mid(kClientPrefix.size()) : QString();
}

} // namespace clientfield

QString roundingModeName(RoundingMode mode)
{
    switch (mode) {
    case RoundingMode::Up:
        return QStringLiteral("up");
    case RoundingMode::Nearest:
        return QStringLiteral("nearest");
    case RoundingMode::Down:
        return QStringLiteral("down");
    }
    return QStringLiteral("up");
}

std::optional<RoundingMode> roundingModeFromName(QStringView name)
{
    if (name == u"up")
        return RoundingMode::Up;
    if (name == u"nearest")
        return RoundingMode::Nearest;
    if (name == u"down")
        return RoundingMode::Down;
    return std::nullopt;
}

void Client::setCurrency(Currency newCurrency)
{
    currency = newCurrency;
    if (hourlyRate)
        hourlyRate = hourlyRate->withCurrency(newCurrency);
}

QStringList Client::addressLines() const
{
    return postaladdress::lines({address, postcode, city, state}, country);
}

Result<void> Client::validate() const
{
    using namespace validation;
    if (auto r = checkRequired(name, clientfield::Name, tr("The client's name")); !r)
        return r;
    const QList<std::tuple<const QString *, int, QLatin1StringView, QString, bool>> texts = {
        {&name, 200, clientfield::Name, tr("The client's name"), true},
        {&contactName, 200, clientfield::Contact, tr("The contact name"), true},
        {&email, 320, clientfield::Email, tr("The email address"), true},
        {&phone, 64, clientfield::Phone, tr("The phone number"), true},
        {&address, 1000, clientfield::Address, tr("The address"), false},
        {&postcode, 16, clientfield::Postcode, tr("The postcode"), true},
        {&city, 100, clientfield::City, tr("The city"), true},
        {&vatId, 32, clientfield::VatId, tr("The VAT number"), true},
        {&fiscalCode, 32, clientfield::FiscalCode, tr("The fiscal code"), true},
        {&notes, 10000, clientfield::Notes, tr("The notes"), false},
        {&state, 100, clientfield::State, tr("The state or province"), true},
    };
    for (const auto &[value, max, field, label, singleLine] : texts)
        if (auto r = checkText(*value, max, field, label, singleLine); !r)
            return r;

    static const QRegularExpression emailPattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!email.isEmpty() && !emailPattern.match(email).hasMatch())
        return invalid(tr("“%1” is not an email address.").arg(email), clientfield::Email);

    if (!country.isEmpty()) {
        static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
        if (!code.match(country).hasMatch() || QLocale::codeToTerritory(country) == QLocale::AnyTerritory)
            return invalid(tr("“%1” is not a country code; use two letters, such as IT or GB.").arg(country),
                           clientfield::Country);
    }
    if (!currency.isValid())
        return invalid(tr("The currency must be an ISO 4217 code, such as EUR or GBP."),
                       billingfield::Currency);
    if (language != QLatin1String("en") && language != QLatin1String("it"))
        return invalid(tr("Invoices can be written in English (en) or Italian (it), not “%1”.").arg(language),
                       billingfield::Language);
    if (hourlyRate) {
        if (hourlyRate->currency() != currency)
            return invalid(tr("The hourly rate must be in the client's currency (%1).").arg(currency.code()),
                           billingfield::HourlyRate);
        if (hourlyRate->isNegative())
            return invalid(tr("The hourly rate cannot be negative."), billingfield::HourlyRate);
    }
    if (!billingterms::isAllowedIncrement(billing.incrementMinutes))
        return invalid(tr("The billing increment must be 1, 5, 6, 10, 15, 30 or 60 minutes."),
                       billingfield::Increment);
    if (!billingterms::isAllowedMinimum(billing.minimumMinutes))
        return invalid(tr("The minimum per entry must be between 0 and 1,440 minutes."),
                       billingfield::Minimum);
    if (!billingterms::isAllowedPaymentTerms(paymentTermsDays))
        return invalid(tr("Payment terms must be between 0 and 365 days."), billingfield::PaymentTerms);
    static const QRegularExpression recipientPattern(QStringLiteral("^[A-Z0-9]{6,7}$"));
    if (!recipientCode.isEmpty() && !recipientPattern.match(recipientCode).hasMatch())
        return invalid(
            tr("The recipient code (codice destinatario) has 7 letters and digits, or 6 for public bodies."),
            clientfield::RecipientCode);
    if (!pec.isEmpty() && !emailPattern.match(pec).hasMatch())
        return invalid(tr("“%1” is not an email address.").arg(pec), clientfield::Pec);
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9a-f]{6}$"));
    if (!colorPattern.match(color).hasMatch())
        return invalid(tr("“%1” is not a colour; write it as #rrggbb.").arg(color), clientfield::Color);

    if (!gstin.isEmpty() && !taxid::isValidGstin(gstin))
        return invalid(
            tr("“%1” is not a valid GSTIN: 15 letters and digits ending in a check character.").arg(gstin),
            clientfield::Gstin);
    if (country == QLatin1String("IT")) {
        if (!postcode.isEmpty() && !postaladdress::isItalianPostcode(postcode))
            return invalid(
                tr("“%1” is not an Italian postcode (CAP): five digits, such as 40126.").arg(postcode),
                clientfield::Postcode);

        if (!vatId.isEmpty() && !taxid::isValidItalianVat(vatId))
            return invalid(tr("“%1” is not a valid Italian VAT number: check the 11 digits.").arg(vatId),
                           clientfield::VatId);
        if (!fiscalCode.isEmpty() && !taxid::isValidItalianFiscalCode(fiscalCode))
            return invalid(tr("“%1” is not a valid Italian fiscal code.").arg(fiscalCode),
                           clientfield::FiscalCode);
    }
    return {};
}

} // namespace minuta
