#include "business/settings.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

TEST(Settings, StartWithSensibleDefaults)
{
    TestDatabase t;
    const BusinessDefaults d = *Settings(t.db()).businessDefaults();
    EXPECT_TRUE(d.currency.isValid());
    EXPECT_FALSE(d.hourlyRate);
    EXPECT_EQ(d.billing, BillingPolicy{});
    EXPECT_EQ(d.paymentTermsDays, 30);
    EXPECT_EQ(d.timerLimitSeconds, 10 * 3600);
}

TEST(Settings, AreStoredInTheFile)
{
    TestDatabase t;
    {
        Settings settings(t.db());
        BusinessDefaults d = *settings.businessDefaults();
        d.currency = *Currency::fromCode(u"GBP");
        d.hourlyRate = Money(3500, d.currency);
        d.billing = {15, RoundingMode::Nearest, 15};
        d.paymentTermsDays = 14;
        d.invoiceLanguage = QStringLiteral("it");
        d.timerLimitSeconds = 8 * 3600;
        d.dailyCapacityMinutes = 6 * 60 + 30;
        d.firstDayOfWeek = Qt::Sunday;
        ASSERT_TRUE(settings.setBusinessDefaults(d).ok());
    }
    t.reopen();
    const BusinessDefaults d = *Settings(t.db()).businessDefaults();
    EXPECT_EQ(d.currency.code(), QStringLiteral("GBP"));
    EXPECT_EQ(d.hourlyRate, Money(3500, d.currency));
    EXPECT_EQ(d.billing, (BillingPolicy{15, RoundingMode::Nearest, 15}));
    EXPECT_EQ(d.paymentTermsDays, 14);
    EXPECT_EQ(d.invoiceLanguage, QStringLiteral("it"));
    EXPECT_EQ(d.timerLimitSeconds, 8 * 3600);
    EXPECT_EQ(d.dailyCapacityMinutes, 6 * 60 + 30);
    EXPECT_EQ(d.firstDayOfWeek, Qt::Sunday);
}

TEST(Settings, RefuseInvalidValuesAndKeepTheOldOnes)
{
    TestDatabase t;
    Settings settings(t.db());
    const QString before = fingerprint(t.db());
    const auto refuse = [&](auto change, const char *field) {
        BusinessDefaults d = *settings.businessDefaults();
        change(d);
        const auto r = settings.setBusinessDefaults(d);
        ASSERT_FALSE(r.ok()) << field;
        EXPECT_EQ(r.error().field(), QString::fromLatin1(field));
        EXPECT_EQ(fingerprint(t.db()), before);
    };
    refuse([](BusinessDefaults &d) { d.billing.incrementMinutes = 4; }, "increment");
    refuse([](BusinessDefaults &d) { d.hourlyRate = Money(-1, d.currency); }, "hourlyRate");
    refuse([](BusinessDefaults &d) { d.paymentTermsDays = -3; }, "paymentTerms");
    refuse([](BusinessDefaults &d) { d.timerLimitSeconds = 60; }, "timerLimit");
    refuse([](BusinessDefaults &d) { d.invoiceLanguage = QStringLiteral("fr"); }, "language");
    refuse([](BusinessDefaults &d) { d.dailyCapacityMinutes = 10; }, "capacity");
    refuse([](BusinessDefaults &d) { d.dailyCapacityMinutes = 25 * 60; }, "capacity");
    refuse([](BusinessDefaults &d) { d.firstDayOfWeek = Qt::DayOfWeek(0); }, "firstDayOfWeek");
}

TEST(Settings, HoldNewClientsToTheLimitsOfAClient)
{
    // The defaults new clients start with and a client's own terms accept the same edges and refuse
    // one step beyond them.
    BusinessDefaults d;
    d.currency = *Currency::fromCode(u"EUR");
    Client c;
    c.name = QStringLiteral("Rossi");
    c.currency = d.currency;
    const auto both = [&](auto change) {
        BusinessDefaults defaults = d;
        Client client = c;
        change(defaults.billing, defaults.paymentTermsDays);
        change(client.billing, client.paymentTermsDays);
        const auto a = defaults.validate();
        const auto b = client.validate();
        EXPECT_EQ(a.ok(), b.ok());
        EXPECT_EQ(a.ok() ? QString() : a.error().field(), b.ok() ? QString() : b.error().field());
        return a.ok() ? QString() : a.error().field();
    };
    for (int minutes : {1, 5, 6, 10, 15, 30, 60})
        EXPECT_EQ(both([&](BillingPolicy &p, int &) { p.incrementMinutes = minutes; }), QString()) << minutes;
    for (int minutes : {0, 2, 20, 45, 90})
        EXPECT_EQ(both([&](BillingPolicy &p, int &) { p.incrementMinutes = minutes; }),
                  QStringLiteral("increment"))
            << minutes;
    EXPECT_EQ(both([](BillingPolicy &p, int &) { p.minimumMinutes = 0; }), QString());
    EXPECT_EQ(both([](BillingPolicy &p, int &) { p.minimumMinutes = 1440; }), QString());
    EXPECT_EQ(both([](BillingPolicy &p, int &) { p.minimumMinutes = -1; }), QStringLiteral("minimum"));
    EXPECT_EQ(both([](BillingPolicy &p, int &) { p.minimumMinutes = 1441; }), QStringLiteral("minimum"));
    EXPECT_EQ(both([](BillingPolicy &, int &days) { days = 0; }), QString());
    EXPECT_EQ(both([](BillingPolicy &, int &days) { days = 365; }), QString());
    EXPECT_EQ(both([](BillingPolicy &, int &days) { days = -1; }), QStringLiteral("paymentTerms"));
    EXPECT_EQ(both([](BillingPolicy &, int &days) { days = 366; }), QStringLiteral("paymentTerms"));
}

TEST(Settings, ADefaultRateFollowsANewCurrency)
{
    BusinessDefaults d;
    d.currency = *Currency::fromCode(u"EUR");
    d.hourlyRate = Money(3000, d.currency);
    d.setCurrency(*Currency::fromCode(u"GBP"));
    EXPECT_EQ(d.currency.code(), QStringLiteral("GBP"));
    EXPECT_EQ(d.hourlyRate, Money(3000, d.currency));
    EXPECT_TRUE(d.validate().ok());
    d.hourlyRate.reset();
    d.setCurrency(*Currency::fromCode(u"USD"));
    EXPECT_FALSE(d.hourlyRate) << "no rate stays no rate: the business default applies";
}
