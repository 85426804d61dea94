#include "clients/client.h"

#include "values/taxid.h"
#include "values/validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace minuta {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("minuta::Client", text);
}

Error invalid(const QString &message, const char *field)
{
    return Error(ErrorCode::InvalidInput, message, QString::fromLatin1(field));
}

} // namespace

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

bool BillingPolicy::isAllowedIncrement(int minutes)
{
    for (int allowed : {1, 5, 6, 10, 15, 30, 60})
        if (minutes == allowed)
            return true;
    return false;
}

Result<void> Client::validate() const
{
    using namespace validation;
    if (auto r = checkRequired(name, QStringLiteral("name"), tr("The client's name")); !r)
        return r;
    const QList<std::tuple<const QString *, int, const char *, QString, bool>> texts = {
        {&name, 200, "name", tr("The client's name"), true},
        {&contactName, 200, "contact", tr("The contact name"), true},
        {&email, 320, "email", tr("The email address"), true},
        {&phone, 64, "phone", tr("The phone number"), true},
        {&address, 1000, "address", tr("The address"), false},
        {&vatId, 32, "vatId", tr("The VAT number"), true},
        {&fiscalCode, 32, "fiscalCode", tr("The fiscal code"), true},
        {&notes, 10000, "notes", tr("The notes"), false},
        {&state, 100, "state", tr("The state or province"), true},
    };
    for (const auto &[value, max, field, label, singleLine] : texts)
        if (auto r = checkText(*value, max, QString::fromLatin1(field), label, singleLine); !r)
            return r;

    static const QRegularExpression emailPattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!email.isEmpty() && !emailPattern.match(email).hasMatch())
        return invalid(tr("“%1” is not an email address.").arg(email), "email");

    if (!country.isEmpty()) {
        static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
        if (!code.match(country).hasMatch() || QLocale::codeToTerritory(country) == QLocale::AnyTerritory)
            return invalid(tr("“%1” is not a country code; use two letters, such as IT or GB.").arg(country),
                           "country");
    }
    if (!currency.isValid())
        return invalid(tr("The currency must be an ISO 4217 code, such as EUR or GBP."), "currency");
    if (language != QLatin1String("en") && language != QLatin1String("it"))
        return invalid(tr("Invoices can be written in English (en) or Italian (it), not “%1”.").arg(language),
                       "language");
    if (hourlyRate) {
        if (hourlyRate->currency() != currency)
            return invalid(tr("The hourly rate must be in the client's currency (%1).").arg(currency.code()),
                           "hourlyRate");
        if (hourlyRate->isNegative())
            return invalid(tr("The hourly rate cannot be negative."), "hourlyRate");
    }
    if (!BillingPolicy::isAllowedIncrement(billing.incrementMinutes))
        return invalid(tr("The billing increment must be 1, 5, 6, 10, 15, 30 or 60 minutes."), "increment");
    if (billing.minimumMinutes < 0 || billing.minimumMinutes > 1440)
        return invalid(tr("The minimum per entry must be between 0 and 1,440 minutes."), "minimum");
    if (paymentTermsDays < 0 || paymentTermsDays > 365)
        return invalid(tr("Payment terms must be between 0 and 365 days."), "paymentTerms");
    static const QRegularExpression recipientPattern(QStringLiteral("^[A-Z0-9]{6,7}$"));
    if (!recipientCode.isEmpty() && !recipientPattern.match(recipientCode).hasMatch())
        return invalid(
            tr("The recipient code (codice destinatario) has 7 letters and digits, or 6 for public bodies."),
            "recipientCode");
    if (!pec.isEmpty() && !emailPattern.match(pec).hasMatch())
        return invalid(tr("“%1” is not an email address.").arg(pec), "pec");
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9a-f]{6}$"));
    if (!colorPattern.match(color).hasMatch())
        return invalid(tr("“%1” is not a colour; write it as #rrggbb.").arg(color), "color");

    if (!gstin.isEmpty() && !taxid::isValidGstin(gstin))
        return invalid(
            tr("“%1” is not a valid GSTIN: 15 letters and digits ending in a check character.").arg(gstin),
            "gstin");
    if (country == QLatin1String("IT")) {
        if (!vatId.isEmpty() && !taxid::isValidItalianVat(vatId))
            return invalid(tr("“%1” is not a valid Italian VAT number: check the 11 digits.").arg(vatId),
                           "vatId");
        if (!fiscalCode.isEmpty() && !taxid::isValidItalianFiscalCode(fiscalCode))
            return invalid(tr("“%1” is not a valid Italian fiscal code.").arg(fiscalCode), "fiscalCode");
    }
    return {};
}

} // namespace minuta
