#include "values/money.h"
#include "values/moneytotals.h"

#include "qtprinters.h"

#include <gtest/gtest.h>

#include <limits>

using namespace minuta;

namespace {

Currency cur(const char16_t *code)
{
    return *Currency::fromCode(code);
}

Money eur(qint64 cents)
{
    return Money(cents, cur(u"EUR"));
}

QLocale loc(const char *name)
{
    return QLocale(QString::fromLatin1(name));
}

qint64 parsed(const QString &text, const char16_t *currency, const char *locale)
{
    const auto result = Money::parse(text, cur(currency), loc(locale));
    EXPECT_TRUE(result.ok()) << text.toStdString() << " in " << locale << ": "
                             << (result.ok() ? "" : result.error().message().toStdString());
    return result.ok() ? result->minorUnits() : std::numeric_limits<qint64>::min();
}

} // namespace

TEST(MoneyFormat, FollowsEachLocalesSeparatorsAndSymbolPosition)
{
    EXPECT_EQ(Money(123456, cur(u"USD")).format(loc("en_US")), QStringLiteral("$1,234.56"));
    EXPECT_EQ(eur(123456).format(loc("en_US")), QStringLiteral("€1,234.56"));
    EXPECT_EQ(Money(123456, cur(u"GBP")).format(loc("en_GB")), QStringLiteral("£1,234.56"));
    EXPECT_EQ(eur(123456).format(loc("it_IT")), QStringLiteral("1.234,56\u00a0€"));
    EXPECT_EQ(Money(123456789, cur(u"INR")).format(loc("en_IN")), QStringLiteral("₹12,34,567.89"));
    EXPECT_EQ(eur(5).format(loc("it_IT")), QStringLiteral("0,05\u00a0€"));
    EXPECT_EQ(Money(1235, cur(u"JPY")).format(loc("en_US")), QStringLiteral("JP¥1,235"));
}

TEST(MoneyFormat, PutsTheMinusSignBeforeTheAmount)
{
    EXPECT_EQ(eur(-123456).format(loc("it_IT")), QStringLiteral("-1.234,56\u00a0€"));
    EXPECT_EQ(Money(-5000, cur(u"USD")).format(loc("en_US")), QStringLiteral("-$50.00"));
    EXPECT_EQ(eur(-1).formatNumber(loc("en_GB")), QStringLiteral("-0.01"));
}

TEST(MoneyFormat, NumberAloneForTableColumns)
{
    EXPECT_EQ(eur(123456).formatNumber(loc("it_IT")), QStringLiteral("1.234,56"));
    EXPECT_EQ(eur(123456).formatNumber(loc("en_US")), QStringLiteral("1,234.56"));
    EXPECT_EQ(Money(123456789, cur(u"INR")).formatNumber(loc("en_IN")), QStringLiteral("12,34,567.89"));
}

TEST(MoneyFormat, PlainFormForScriptsHasADotAndNoGrouping)
{
    EXPECT_EQ(eur(123456789).toPlainString(), QStringLiteral("1234567.89"));
    EXPECT_EQ(eur(-5).toPlainString(), QStringLiteral("-0.05"));
    EXPECT_EQ(Money(1235, cur(u"JPY")).toPlainString(), QStringLiteral("1235"));
    EXPECT_EQ(Money(1234, cur(u"KWD")).toPlainString(), QStringLiteral("1.234"));
}

TEST(MoneyParse, ReadsEnglishAmounts)
{
    EXPECT_EQ(parsed(QStringLiteral("1,234.56"), u"USD", "en_US"), 123456);
    EXPECT_EQ(parsed(QStringLiteral("$1,234.56"), u"USD", "en_US"), 123456);
    EXPECT_EQ(parsed(QStringLiteral("1234.5"), u"USD", "en_US"), 123450);
    EXPECT_EQ(parsed(QStringLiteral("  30 "), u"USD", "en_US"), 3000);
    EXPECT_EQ(parsed(QStringLiteral("£0.99"), u"GBP", "en_GB"), 99);
    EXPECT_EQ(parsed(QStringLiteral("1,000,000"), u"GBP", "en_GB"), 100000000);
    EXPECT_EQ(parsed(QStringLiteral(".5"), u"GBP", "en_GB"), 50);
}

TEST(MoneyParse, ReadsItalianAmounts)
{
    EXPECT_EQ(parsed(QStringLiteral("1.234,56"), u"EUR", "it_IT"), 123456);
    EXPECT_EQ(parsed(QStringLiteral("1234,56"), u"EUR", "it_IT"), 123456);
    EXPECT_EQ(parsed(QStringLiteral("€ 12,5"), u"EUR", "it_IT"), 1250);
    EXPECT_EQ(parsed(QStringLiteral("1.234,56\u00a0€"), u"EUR", "it_IT"), 123456);
    EXPECT_EQ(parsed(QStringLiteral("1.000"), u"EUR", "it_IT"), 100000);
    EXPECT_EQ(parsed(QStringLiteral("30 EUR"), u"EUR", "it_IT"), 3000);
}

TEST(MoneyParse, ReadsIndianGrouping)
{
    EXPECT_EQ(parsed(QStringLiteral("12,34,567.89"), u"INR", "en_IN"), 123456789);
    EXPECT_EQ(parsed(QStringLiteral("₹1,00,000"), u"INR", "en_IN"), 10000000);
    EXPECT_EQ(parsed(QStringLiteral("1234567.89"), u"INR", "en_IN"), 123456789);
}

TEST(MoneyParse, ReadsADecimalTypedTheOtherWay)
{
    // "12.50" in Italian cannot be grouping (groups have three digits): it is twelve fifty.
    EXPECT_EQ(parsed(QStringLiteral("12.50"), u"EUR", "it_IT"), 1250);
    EXPECT_EQ(parsed(QStringLiteral("12,5"), u"USD", "en_US"), 1250);
}

TEST(MoneyParse, ReadsNegativeAmounts)
{
    EXPECT_EQ(parsed(QStringLiteral("-0.50"), u"USD", "en_US"), -50);
    EXPECT_EQ(parsed(QStringLiteral("(12.00)"), u"USD", "en_US"), -1200);
    EXPECT_EQ(parsed(QStringLiteral("-1.234,56 €"), u"EUR", "it_IT"), -123456);
    EXPECT_EQ(parsed(QStringLiteral("\u22125"), u"EUR", "it_IT"), -500);
}

TEST(MoneyParse, AcceptsTrailingZerosBeyondTheMinorUnit)
{
    EXPECT_EQ(parsed(QStringLiteral("12.500"), u"USD", "en_US"), 1250);
    EXPECT_EQ(parsed(QStringLiteral("1000.00"), u"JPY", "en_US"), 1000);
}

TEST(MoneyParse, RefusesWhatIsNotAnAmountWithAClearMessage)
{
    const struct
    {
        const char16_t *text;
        const char16_t *currency;
        const char *locale;
    } cases[] = {
        {u"", u"EUR", "en_US"},         {u"abc", u"EUR", "en_US"},   {u"12.345", u"EUR", "en_US"},
        {u"1.234.56", u"EUR", "it_IT"}, {u"1,2,3", u"USD", "en_US"}, {u"1,234.56", u"EUR", "it_IT"},
        {u"1.234,56", u"USD", "en_US"}, {u"--5", u"USD", "en_US"},   {u"5-", u"USD", "en_US"},
        {u"12.5", u"JPY", "en_US"},     {u"1e5", u"USD", "en_US"},   {u"12,34,56", u"USD", "en_US"},
    };
    for (const auto &c : cases) {
        const QString text = QString::fromUtf16(c.text);
        const auto result = Money::parse(text, cur(c.currency), loc(c.locale));
        ASSERT_FALSE(result.ok()) << text.toStdString() << " in " << c.locale;
        EXPECT_EQ(result.error().code(), ErrorCode::InvalidInput) << text.toStdString();
        EXPECT_EQ(result.error().field(), QStringLiteral("amount"));
        EXPECT_FALSE(result.error().message().isEmpty());
    }
    const auto decimals = Money::parse(u"12.345", cur(u"EUR"), loc("en_US"));
    EXPECT_TRUE(decimals.error().message().contains(QStringLiteral("2 decimals")))
        << decimals.error().message().toStdString();
}

TEST(MoneyParse, RefusesAmountsTooLargeToHold)
{
    const auto result = Money::parse(u"999999999999999999999", cur(u"EUR"), loc("en_US"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code(), ErrorCode::Overflow);
}

TEST(MoneyParse, PlainFormUsesADotOnly)
{
    EXPECT_EQ(Money::parsePlain(u"30.00", cur(u"EUR"))->minorUnits(), 3000);
    EXPECT_EQ(Money::parsePlain(u"30", cur(u"EUR"))->minorUnits(), 3000);
    EXPECT_EQ(Money::parsePlain(u"0.5", cur(u"EUR"))->minorUnits(), 50);
    EXPECT_EQ(Money::parsePlain(u"-1.25", cur(u"EUR"))->minorUnits(), -125);
    EXPECT_EQ(Money::parsePlain(u"1.234", cur(u"KWD"))->minorUnits(), 1234);
    for (const char16_t *bad : {u"30,00", u"1,000.00", u"1.2.3", u"", u"-", u"€30", u"3 0", u"+5", u"12.345"})
        EXPECT_FALSE(Money::parsePlain(bad, cur(u"EUR")).ok()) << QString::fromUtf16(bad).toStdString();
}

TEST(MoneyArithmetic, AddsAndSubtractsInOneCurrency)
{
    EXPECT_EQ(*eur(150).plus(eur(250)), eur(400));
    EXPECT_EQ(*eur(150).minus(eur(250)), eur(-100));
    EXPECT_EQ(*eur(150).negated(), eur(-150));
}

TEST(MoneyArithmetic, RefusesMixingCurrencies)
{
    const auto sum = eur(100).plus(Money(100, cur(u"USD")));
    ASSERT_FALSE(sum.ok());
    EXPECT_EQ(sum.error().code(), ErrorCode::CurrencyMismatch);
    EXPECT_TRUE(sum.error().message().contains(QStringLiteral("EUR")));
    EXPECT_TRUE(sum.error().message().contains(QStringLiteral("USD")));
    EXPECT_FALSE(eur(1).minus(Money(1, cur(u"GBP"))).ok());
    EXPECT_FALSE(Money().plus(Money()).ok());
}

TEST(MoneyArithmetic, RefusesOverflow)
{
    const Money big(std::numeric_limits<qint64>::max(), cur(u"EUR"));
    EXPECT_EQ(big.plus(eur(1)).error().code(), ErrorCode::Overflow);
    EXPECT_EQ(Money(std::numeric_limits<qint64>::min(), cur(u"EUR")).minus(eur(1)).error().code(),
              ErrorCode::Overflow);
    EXPECT_EQ(Money(std::numeric_limits<qint64>::min(), cur(u"EUR")).negated().error().code(),
              ErrorCode::Overflow);
    EXPECT_EQ(big.forSeconds(7200).error().code(), ErrorCode::Overflow);
    EXPECT_EQ(big.scaled(20000, 10000).error().code(), ErrorCode::Overflow);
}

TEST(MoneyArithmetic, RateTimesSecondsIsExactAndRoundedHalfAwayFromZero)
{
    const Money rate = eur(3000); // €30.00 an hour
    EXPECT_EQ(*rate.forSeconds(3600), eur(3000));
    EXPECT_EQ(*rate.forSeconds(1800), eur(1500));
    EXPECT_EQ(*rate.forSeconds(1), eur(1)); // 0.833 cents
    EXPECT_EQ(*rate.forSeconds(0), eur(0));
    EXPECT_EQ(*eur(2500).forSeconds(600), eur(417));      // €25/h for 10 minutes: 416.67 cents
    EXPECT_EQ(*eur(1).forSeconds(1800), eur(1));          // exactly half a cent goes up
    EXPECT_EQ(*eur(1).forSeconds(1799), eur(0));          // just under half goes down
    EXPECT_EQ(*eur(-1).forSeconds(1800), eur(-1));        // and away from zero when negative
    EXPECT_EQ(*eur(3333).forSeconds(37 * 60), eur(2055)); // 2055.35
}

TEST(MoneyArithmetic, PercentagesInBasisPoints)
{
    EXPECT_EQ(*eur(100000).scaled(2200, 10000), eur(22000)); // 22 % of 1,000.00
    EXPECT_EQ(*eur(104000).scaled(2200, 10000), eur(22880)); // IVA on fees plus rivalsa
    EXPECT_EQ(*eur(25).scaled(2200, 10000), eur(6));         // 5.5 cents
    EXPECT_EQ(*eur(-25).scaled(2200, 10000), eur(-6));
    EXPECT_EQ(*eur(100000).scaled(998, 10000), eur(9980));   // 9.98 %
    EXPECT_EQ(*eur(100000).scaled(9975, 100000), eur(9975)); // Québec's 9.975 %
    EXPECT_EQ(*eur(100).scaled(1, 3), eur(33));
}

TEST(MoneyTotals, KeepOneSumPerCurrencyListedByCode)
{
    MoneyTotals totals;
    EXPECT_TRUE(totals.isEmpty());
    EXPECT_EQ(totals.format(QLocale(QLocale::English, QLocale::UnitedStates)), QString());
    ASSERT_TRUE(totals.add(Money(8000, cur(u"GBP"))).ok());
    ASSERT_TRUE(totals.add(eur(120000)).ok());
    ASSERT_TRUE(totals.add(eur(-20000)).ok());
    EXPECT_EQ(totals.sums(), (QList<Money>{eur(100000), Money(8000, cur(u"GBP"))}));
    EXPECT_EQ(totals.format(QLocale(QLocale::English, QLocale::UnitedStates)),
              QStringLiteral("€1,000.00 + £80.00"));
}

TEST(MoneyTotals, RefuseASumTooLargeAndKeepTheOneBefore)
{
    MoneyTotals totals;
    ASSERT_TRUE(totals.add(Money(std::numeric_limits<qint64>::max(), cur(u"EUR"))).ok());
    const auto added = totals.add(eur(1));
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code(), ErrorCode::Overflow);
    EXPECT_EQ(totals.sums(), QList<Money>{Money(std::numeric_limits<qint64>::max(), cur(u"EUR"))});
}

TEST(MoneyCurrency, ARateKeepsItsFigureWhenItsCurrencyChanges)
{
    EXPECT_EQ(eur(3550).withCurrency(cur(u"GBP")), Money(3550, cur(u"GBP")));
}
