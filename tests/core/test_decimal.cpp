#include "values/quantity.h"
#include "values/taxrate.h"

#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace minuta;

namespace {
QLocale loc(const char *name)
{
    return QLocale(QString::fromLatin1(name));
}
} // namespace

TEST(Quantity, KeepsThreeDecimalsExactly)
{
    EXPECT_EQ(Quantity::parsePlain(u"12")->milli(), 12000);
    EXPECT_EQ(Quantity::parsePlain(u"1.5")->milli(), 1500);
    EXPECT_EQ(Quantity::parsePlain(u"0.125")->milli(), 125);
    EXPECT_EQ(Quantity::parse(u"1,5", loc("it_IT"))->milli(), 1500);
    EXPECT_EQ(Quantity::parse(u"1.234,125", loc("it_IT"))->milli(), 1234125);
    EXPECT_EQ(Quantity::parse(u"1,234.125", loc("en_GB"))->milli(), 1234125);
}

TEST(Quantity, WritesWithoutNeedlessZeros)
{
    EXPECT_EQ(Quantity::fromMilli(12000).toPlainString(), QStringLiteral("12"));
    EXPECT_EQ(Quantity::fromMilli(1500).toPlainString(), QStringLiteral("1.5"));
    EXPECT_EQ(Quantity::fromMilli(125).toPlainString(), QStringLiteral("0.125"));
    EXPECT_EQ(Quantity::fromMilli(1500).format(loc("it_IT")), QStringLiteral("1,5"));
    EXPECT_EQ(Quantity::fromMilli(1234500).format(loc("en_US")), QStringLiteral("1,234.5"));
}

TEST(Quantity, RefusesWhatIsNotAQuantity)
{
    for (const char16_t *bad : {u"", u"-1", u"1.2345", u"abc", u"1,5", u"1e3"}) {
        const auto r = Quantity::parsePlain(bad);
        ASSERT_FALSE(r.ok()) << QString::fromUtf16(bad).toStdString();
        EXPECT_EQ(r.error().field(), QStringLiteral("quantity"));
    }
}

TEST(Quantity, TimesAPriceRoundsOnceToTheCent)
{
    const Currency eur = *Currency::fromCode(u"EUR");
    EXPECT_EQ(*Quantity::fromMilli(333).times(Money(1000, eur)), Money(333, eur));
    EXPECT_EQ(*Quantity::fromMilli(1005).times(Money(50, eur)), Money(50, eur)); // 50.25 cents
    EXPECT_EQ(*Quantity::fromMilli(1010).times(Money(50, eur)), Money(51, eur)); // 50.5 cents
}

TEST(TaxRate, ReadsPercentagesWithThreeDecimals)
{
    EXPECT_EQ(TaxRate::parsePlain(u"22")->milliPercent(), 22000);
    EXPECT_EQ(TaxRate::parsePlain(u"9.975")->milliPercent(), 9975);
    EXPECT_EQ(TaxRate::parsePlain(u"22%")->milliPercent(), 22000);
    EXPECT_EQ(TaxRate::parse(u"9,975 %", loc("it_IT"))->milliPercent(), 9975);
    EXPECT_EQ(TaxRate::parsePlain(u"0")->milliPercent(), 0);
    EXPECT_FALSE(TaxRate::parsePlain(u"101").ok());
    EXPECT_FALSE(TaxRate::parsePlain(u"-5").ok());
    EXPECT_FALSE(TaxRate::parsePlain(u"22.0001").ok());
    EXPECT_EQ(TaxRate::fromMilliPercent(9975).toPlainString(), QStringLiteral("9.975"));
    EXPECT_EQ(TaxRate::fromPercent(22).format(loc("en_US")), QStringLiteral("22%"));
}

TEST(TaxRate, OfAnAmount)
{
    const Currency eur = *Currency::fromCode(u"EUR");
    EXPECT_EQ(*TaxRate::fromPercent(22).of(Money(104000, eur)), Money(22880, eur));
    EXPECT_EQ(*TaxRate::fromMilliPercent(9975).of(Money(100000, eur)), Money(9975, eur));
    EXPECT_EQ(*TaxRate::fromPercent(5).of(Money(10, eur)), Money(1, eur)); // 0.5 cents
}
