#include "values/currency.h"

#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace minuta;

TEST(Currency, KnowsIsoCodesAndTheirMinorUnits)
{
    ASSERT_TRUE(Currency::fromCode(u"EUR"));
    EXPECT_EQ(Currency::fromCode(u"EUR")->minorDigits(), 2);
    EXPECT_EQ(Currency::fromCode(u"eur")->code(), QStringLiteral("EUR"));
    EXPECT_EQ(Currency::fromCode(u"JPY")->minorDigits(), 0);
    EXPECT_EQ(Currency::fromCode(u"KWD")->minorDigits(), 3);
    EXPECT_EQ(Currency::fromCode(u"INR")->minorPerMajor(), 100);
    for (const char16_t *code : {u"GBP", u"USD", u"AUD", u"CAD", u"INR", u"CHF"})
        EXPECT_TRUE(Currency::fromCode(code)) << QString::fromUtf16(code).toStdString();
}

TEST(Currency, RefusesWhatIsNotAnIsoCode)
{
    EXPECT_FALSE(Currency::fromCode(u"XYZ"));
    EXPECT_FALSE(Currency::fromCode(u"EU"));
    EXPECT_FALSE(Currency::fromCode(u"EURO"));
    EXPECT_FALSE(Currency::fromCode(u""));
    EXPECT_FALSE(Currency::fromCode(u"€"));
    EXPECT_FALSE(Currency().isValid());
}

TEST(Currency, ListsKnownCodesInOrder)
{
    const QStringList codes = Currency::knownCodes();
    EXPECT_GT(codes.size(), 150);
    QStringList sorted = codes;
    sorted.sort();
    EXPECT_EQ(codes, sorted);
    EXPECT_TRUE(codes.contains(QStringLiteral("EUR")));
}

TEST(Currency, ShowsTheSymbolAReaderExpects)
{
    const auto usd = *Currency::fromCode(u"USD");
    EXPECT_EQ(usd.symbol(QLocale(QStringLiteral("en_US"))), QStringLiteral("$"));
    EXPECT_EQ(usd.symbol(QLocale(QStringLiteral("en_GB"))), QStringLiteral("US$"));
    EXPECT_EQ(Currency::fromCode(u"EUR")->symbol(QLocale(QStringLiteral("en_US"))), QStringLiteral("€"));
    EXPECT_EQ(Currency::fromCode(u"GBP")->symbol(QLocale(QStringLiteral("en_GB"))), QStringLiteral("£"));
    EXPECT_EQ(Currency::fromCode(u"SEK")->symbol(QLocale(QStringLiteral("it_IT"))), QStringLiteral("SEK"));
}
