#pragma once

// Preferences stored in the Minuta file itself (they travel with the data): the business's
// currency and default rate, the billing defaults new clients start with, the timer's limit and
// how long away from the computer counts as idle.

#include "clients/client.h"
#include "storage/connection.h"
#include "values/error.h"

#include <QCoreApplication>

#include <optional>

namespace minuta {

class Database;

struct BusinessDefaults
{
    Currency currency;
    std::optional<Money> hourlyRate; // the rate of clients who have none
    BillingPolicy billing;           // what new clients start with
    int paymentTermsDays = 30;
    QString invoiceLanguage = QStringLiteral("en");
    qint64 timerLimitSeconds = 10 * 3600; // a timer running longer is "did you forget to stop?"
    int idleMinutes = 10; // away from the computer this long while a timer runs: asked on return; 0: never
    int dailyCapacityMinutes = 8 * 60; // how much work fits in a day, for the calendar
    int packWarningPercent = 80;       // a prepaid pack this much used is warned about (and used up, again)
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;

    // A new currency, and the default rate carried over to it.
    void setCurrency(Currency newCurrency);
    Result<void> validate() const;
};

// The names errors give the defaults' fields beyond their billing terms (billingfield).
namespace defaultsfield {

inline constexpr QLatin1StringView Capacity("capacity");
inline constexpr QLatin1StringView FirstDayOfWeek("firstDayOfWeek");
inline constexpr QLatin1StringView TimerLimit("timerLimit");
inline constexpr QLatin1StringView Idle("idle");
inline constexpr QLatin1StringView PackWarning("packWarning");

} // namespace defaultsfield

class Settings
{
    Q_DECLARE_TR_FUNCTIONS(minuta::Settings)

public:
    explicit Settings(const Database &db);

    Result<BusinessDefaults> businessDefaults() const;
    Result<void> setBusinessDefaults(const BusinessDefaults &defaults);
    // A new client filled in with the business defaults.
    Result<Client> newClient() const;

    // Whether the file should offer its first-run setup: a file that has never offered it and holds
    // no business name and no client (a file in use already is never asked about again).
    Result<bool> wantsSetup() const;
    // Records that the setup was offered, whether it was done or put off.
    Result<void> markSetupOffered();

    Result<std::optional<QString>> value(const QString &key) const;
    // Writes one key; the caller owns the transaction.
    Result<void> setValue(const QString &key, const QString &value);

private:
    storage::Connection m_db;
};

} // namespace minuta
