// Addresses in parts, as the Italian electronic invoice wants them, and as they print.

#include "values/postaladdress.h"

#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::postaladdress;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST(PostalAddress, PrintsInTheOrderOfTheCountrysPost)
{
    EXPECT_EQ(lines({s("Via Zamboni 12"), s("40126"), s("Bologna"), s("BO")}, s("IT")),
              (QStringList{s("Via Zamboni 12"), s("40126 Bologna (BO)")}));
    EXPECT_EQ(lines({s("1 Market Street"), s("62701"), s("Springfield"), s("IL")}, s("US")),
              (QStringList{s("1 Market Street"), s("Springfield, IL 62701")}));
    EXPECT_EQ(lines({s("14 Oldham Street"), s("M1 1JQ"), s("Manchester"), QString()}, s("GB")),
              (QStringList{s("14 Oldham Street"), s("Manchester M1 1JQ")}));
    EXPECT_EQ(lines({s("12 MG Road"), s("400001"), s("Mumbai"), s("Maharashtra")}, s("IN")),
              (QStringList{s("12 MG Road"), s("Mumbai 400001")}))
        << "India's state prints as the place of supply, not in the address";
    EXPECT_EQ(lines({s("3 rue de Rivoli"), s("75001"), s("Paris"), QString()}, s("FR")),
              (QStringList{s("3 rue de Rivoli"), s("75001 Paris")}));
    // An address of an older file, whole in the street, prints as it was written.
    EXPECT_EQ(lines({s("Via Roma 1\n20121 Milano (MI)"), {}, {}, {}}, s("IT")),
              (QStringList{s("Via Roma 1"), s("20121 Milano (MI)")}));
    EXPECT_TRUE(lines({}, s("IT")).isEmpty());
}

TEST(PostalAddress, AnItalianAddressWrittenWholeIsSplitWhereItCanBe)
{
    const auto expect = [](const char *whole, const char *street, const char *cap, const char *city,
                           const char *province) {
        const auto parts = split(s(whole), s("IT"));
        ASSERT_TRUE(parts.has_value()) << whole;
        EXPECT_EQ(parts->street, s(street)) << whole;
        EXPECT_EQ(parts->postcode, s(cap)) << whole;
        EXPECT_EQ(parts->city, s(city)) << whole;
        EXPECT_EQ(parts->state, s(province)) << whole;
    };
    expect("Via Zamboni 12\n40126 Bologna (BO)", "Via Zamboni 12", "40126", "Bologna", "BO");
    expect("Via Zamboni 12\n40126 Bologna BO", "Via Zamboni 12", "40126", "Bologna", "BO");
    expect("Via Zamboni 12, 40126 Bologna (bo)", "Via Zamboni 12", "40126", "Bologna", "BO");
    expect("Piazza del Duomo 1\n20122 Milano\nItalia", "Piazza del Duomo 1", "20122", "Milano", "");
    expect("Corso Vittorio Emanuele II 5\nScala B\n00186 Roma RM", "Corso Vittorio Emanuele II 5\nScala B",
           "00186", "Roma", "RM");
    expect("Via Garibaldi 3\n39100 Bolzano/Bozen (BZ)", "Via Garibaldi 3", "39100", "Bolzano/Bozen", "BZ");
    // Where the place cannot be told apart, nothing is guessed.
    EXPECT_FALSE(split(s("Via Roma 1"), s("IT")).has_value());
    EXPECT_FALSE(split(s("Via Roma 1\nMilano"), s("IT")).has_value());
    EXPECT_FALSE(split(s("40126 Bologna"), s("IT")).has_value()) << "no street";
    EXPECT_FALSE(split(QString(), s("IT")).has_value());
}

TEST(PostalAddress, AnotherCountrysAddressTakesItsLastLineAsTheCity)
{
    const auto parts = split(s("Unit 4\n221B Baker Street\nLondon NW1 6XE"), s("GB"));
    ASSERT_TRUE(parts.has_value());
    EXPECT_EQ(parts->street, s("Unit 4\n221B Baker Street"));
    EXPECT_EQ(parts->city, s("London NW1 6XE"));
    EXPECT_EQ(parts->postcode, QString());
    EXPECT_FALSE(split(s("221B Baker Street"), s("GB")).has_value());
}

TEST(PostalAddress, AStoredAddressIsCompletedFromItsWholeTextOnlyWhenItHasNoParts)
{
    // An older file's address, whole: split, the province given apart kept when the text has none.
    Parts whole;
    whole.street = s("Via Roma 1\n20121 Milano");
    whole.state = s("MI");
    const Parts split = completed(whole, s("IT"));
    EXPECT_EQ(split.street, s("Via Roma 1"));
    EXPECT_EQ(split.postcode, s("20121"));
    EXPECT_EQ(split.city, s("Milano"));
    EXPECT_EQ(split.state, s("MI"));

    // Parts already there are left as they are, even if the street has a second line.
    Parts given;
    given.street = s("Via Roma 1\nScala B");
    given.city = s("Milano");
    const Parts kept = completed(given, s("IT"));
    EXPECT_EQ(kept.street, given.street);
    EXPECT_EQ(kept.city, given.city);
    EXPECT_EQ(kept.postcode, QString());

    // What cannot be split stays whole, for the user to complete.
    Parts vague;
    vague.street = s("Via Roma 1, Milano");
    EXPECT_EQ(completed(vague, s("IT")).street, vague.street);
    EXPECT_EQ(completed(vague, s("IT")).city, QString());
}
