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
