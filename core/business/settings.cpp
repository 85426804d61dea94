#include "business/settings.h"

#include "storage/database.h"
#include "storage/sqlutil.h"
#include "storage/transaction.h"

#include <QLocale>
#include <QSqlQuery>

namespace minuta {

namespace {

const auto kCurrency = QStringLiteral("business.currency");
const auto kRate = QStringLiteral("business.hourly_rate");
const auto kIncrement = QStringLiteral("defaults.increment_minutes");
const auto kRounding = QStringLiteral("defaults.rounding");
const auto kMinimum = QStringLiteral("defaults.minimum_minutes");
const auto kTerms = QStringLiteral("defaults.payment_terms_days");
const auto kLanguage = QStringLiteral("defaults.invoice_language");
const auto kTimerLimit = QStringLiteral("timer.limit_seconds");
const auto kIdle = QStringLiteral("timer.idle_minutes");
const auto kCapacity = QStringLiteral("work.daily_capacity_minutes");
const auto kFirstDay = QStringLiteral("work.first_day_of_week");
const auto kPackWarning = QStringLiteral("packs.warning_percent");
const auto kSetupOffered = QStringLiteral("setup.offered");

// The currency of the user's country when Qt knows it, euros otherwise.
Currency systemCurrency()
{
    const auto fromLocale = Currency::fromCode(QLocale::system().currencySymbol(QLocale::CurrencyIsoCode));
    return fromLocale ? *fromLocale : *Currency::fromCode(u"EUR");
}

} // namespace

void BusinessDefaults::setCurrency(Currency newCurrency)
{
    currency = newCurrency;
    if (hourlyRate)
        hourlyRate = hourlyRate->withCurrency(newCurrency);
}

Result<void> BusinessDefaults::validate() const
{
    if (!currency.isValid())
        return Error(ErrorCode::InvalidInput,
                     Settings::tr("The currency must be an ISO 4217 code, such as EUR."),
                     billingfield::Currency);
    if (hourlyRate && (hourlyRate->currency() != currency || hourlyRate->isNegative()))
        return Error(ErrorCode::InvalidInput,
                     Settings::tr("The default rate must be zero or more, in %1.").arg(currency.code()),
                     billingfield::HourlyRate);
    if (!billingterms::isAllowedIncrement(billing.incrementMinutes))
        return Error(ErrorCode::InvalidInput,
                     Settings::tr("The billing increment must be 1, 5, 6, 10, 15, 30 or 60 minutes."),
                     billingfield::Increment);
    if (!billingterms::isAllowedMinimum(billing.minimumMinutes))
        return Error(ErrorCode::InvalidInput,
                     Settings::tr("The minimum per entry must be between 0 and 1,440 minutes."),
                     billingfield::Minimum);
    if (!billingterms::isAllowedPaymentTerms(paymentTermsDays))
        return Error(ErrorCode::InvalidInput, Settings::tr("Payment terms must be between 0 and 365 days."),
                     billingfield::PaymentTerms);
    if (invoiceLanguage != QLatin1String("en") && invoiceLanguage != QLatin1String("it"))
        return Error(ErrorCode::InvalidInput,
                     Settings::tr("Invoices can be written in English (en) or Italian (it)."),
                     billingfield::Language);
    if (dailyCapacityMinutes < 30 || dailyCapacityMinutes > 24 * 60)
        return Error(ErrorCode::InvalidInput,
                     Settings::tr("The daily capacity must be between half an hour and 24 hours."),
                     defaultsfield::Capacity);
    if (firstDayOfWeek < Qt::Monday || firstDayOfWeek > Qt::Sunday)
        return Error(ErrorCode::InvalidInput, Settings::tr("The week starts on a day from Monday to Sunday."),
                     defaultsfield::FirstDayOfWeek);
    if (timerLimitSeconds < 3600 || timerLimitSeconds > 24 * 3600)
        return Error(ErrorCode::InvalidInput, Settings::tr("The timer limit must be between 1 and 24 hours."),
                     defaultsfield::TimerLimit);
    if (idleMinutes < 0 || idleMinutes > 240)
        return Error(ErrorCode::InvalidInput,
                     Settings::tr("Idle time is asked about after 1 to 240 minutes away, or never (0)."),
                     defaultsfield::Idle);
    if (packWarningPercent < 1 || packWarningPercent > 100)
        return Error(ErrorCode::InvalidInput,
                     Settings::tr("A prepaid pack is warned about once 1 % to 100 % of it is used."),
                     defaultsfield::PackWarning);
    return {};
}

Settings::Settings(const Database &db) : m_db(db)
{}

Result<std::optional<QString>> Settings::value(const QString &key) const
{
    QSqlQuery query(m_db);
    if (auto ran = sql::exec(query, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key}); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<void> Settings::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    return sql::exec(query,
                     QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value});
}

Result<BusinessDefaults> Settings::businessDefaults() const
{
    QSqlQuery query(m_db);
    if (auto ran = sql::exec(query, QStringLiteral("SELECT key, value FROM setting")); !ran)
        return ran.error();
    QHash<QString, QString> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());

    BusinessDefaults d;
    const auto currency = Currency::fromCode(values.value(kCurrency));
    d.currency = currency ? *currency : systemCurrency();
    bool ok = false;
    const qint64 rate = values.value(kRate).toLongLong(&ok);
    if (ok && rate >= 0)
        d.hourlyRate = Money(rate, d.currency);
    const int increment = values.value(kIncrement).toInt(&ok);
    if (ok && billingterms::isAllowedIncrement(increment))
        d.billing.incrementMinutes = increment;
    if (const auto mode = roundingModeFromName(values.value(kRounding)))
        d.billing.rounding = *mode;
    const int minimum = values.value(kMinimum).toInt(&ok);
    if (ok && billingterms::isAllowedMinimum(minimum))
        d.billing.minimumMinutes = minimum;
    const int terms = values.value(kTerms).toInt(&ok);
    if (ok && billingterms::isAllowedPaymentTerms(terms))
        d.paymentTermsDays = terms;
    const QString language = values.value(kLanguage);
    if (language == QLatin1String("en") || language == QLatin1String("it"))
        d.invoiceLanguage = language;
    else if (QLocale::system().language() == QLocale::Italian)
        d.invoiceLanguage = QStringLiteral("it");
    const qint64 limit = values.value(kTimerLimit).toLongLong(&ok);
    if (ok && limit >= 3600 && limit <= 24 * 3600)
        d.timerLimitSeconds = limit;
    const int idle = values.value(kIdle).toInt(&ok);
    if (ok && idle >= 0 && idle <= 240)
        d.idleMinutes = idle;
    const int capacity = values.value(kCapacity).toInt(&ok);
    if (ok && capacity >= 30 && capacity <= 24 * 60)
        d.dailyCapacityMinutes = capacity;
    const int warning = values.value(kPackWarning).toInt(&ok);
    if (ok && warning >= 1 && warning <= 100)
        d.packWarningPercent = warning;
    const int firstDay = values.value(kFirstDay).toInt(&ok);
    d.firstDayOfWeek =
        ok && firstDay >= 1 && firstDay <= 7 ? Qt::DayOfWeek(firstDay) : QLocale::system().firstDayOfWeek();
    return d;
}

Result<void> Settings::setBusinessDefaults(const BusinessDefaults &d)
{
    if (auto valid = d.validate(); !valid)
        return valid;
    return inTransaction(m_db, [&]() -> Result<void> {
        const QList<std::pair<QString, QString>> pairs = {
            {kCurrency, d.currency.code()},
            {kRate, d.hourlyRate ? QString::number(d.hourlyRate->minorUnits()) : QString()},
            {kIncrement, QString::number(d.billing.incrementMinutes)},
            {kRounding, roundingModeName(d.billing.rounding)},
            {kMinimum, QString::number(d.billing.minimumMinutes)},
            {kTerms, QString::number(d.paymentTermsDays)},
            {kLanguage, d.invoiceLanguage},
            {kTimerLimit, QString::number(d.timerLimitSeconds)},
            {kIdle, QString::number(d.idleMinutes)},
            {kCapacity, QString::number(d.dailyCapacityMinutes)},
            {kFirstDay, QString::number(int(d.firstDayOfWeek))},
            {kPackWarning, QString::number(d.packWarningPercent)},
        };
        for (const auto &[key, value] : pairs)
            if (auto set = setValue(key, value); !set)
                return set;
        return {};
    });
}

Result<Client> Settings::newClient() const
{
    auto d = businessDefaults();
    if (!d)
        return d.error();
    Client client;
    client.currency = d->currency;
    // No rate of its own: the business's default applies until one is set.
    client.billing = d->billing;
    client.paymentTermsDays = d->paymentTermsDays;
    client.language = d->invoiceLanguage;
    // In the business's country unless told otherwise, so the fields that country's law asks for
    // (a fiscal code, a recipient code in Italy) are there from the start.
    auto country = sql::scalar(
        m_db, QStringLiteral("SELECT coalesce((SELECT country FROM business_profile WHERE id = 1), '')"));
    if (!country)
        return country.error();
    client.country = country->toString();
    return client;
}

Result<bool> Settings::wantsSetup() const
{
    auto offered = value(kSetupOffered);
    if (!offered)
        return offered.error();
    if (offered->has_value())
        return false;
    auto used = sql::scalar(
        m_db, QStringLiteral("SELECT (SELECT count(*) FROM client) + (SELECT count(*) FROM business_profile "
                             "WHERE name <> '')"));
    if (!used)
        return used.error();
    return used->toLongLong() == 0;
}

Result<void> Settings::markSetupOffered()
{
    return inTransaction(m_db,
                         [&]() -> Result<void> { return setValue(kSetupOffered, QStringLiteral("1")); });
}

} // namespace minuta
