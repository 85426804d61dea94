#include "invoicing/invoicelabels.h"
#include "invoicing/invoicewording.h"

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::invoicewording;

namespace {

Case make(const char *business, const char *client, bool vatId, const char *profile, const char *language)
{
    Case c;
    c.businessCountry = QString::fromLatin1(business);
    c.clientCountry = QString::fromLatin1(client);
    c.clientHasVatId = vatId;
    c.taxProfileId = QString::fromLatin1(profile);
    c.language = QString::fromLatin1(language);
    return c;
}

std::string str(const QString &s)
{
    return s.toStdString();
}

} // namespace

TEST(InvoiceWording, AnItalianBusinessInvoicingAnEuBusinessSpeaksOfReverseCharge)
{
    EXPECT_EQ(str(reverseCharge(make("IT", "DE", true, "it-ordinario", "it"))),
              "Inversione contabile – operazione non soggetta a IVA ai sensi dell'art. 7-ter DPR 633/72");
    EXPECT_EQ(str(reverseCharge(make("IT", "FR", true, "it-ordinario", "en"))),
              "Reverse charge – art. 44 and 196 of Directive 2006/112/EC");
}

TEST(InvoiceWording, AnItalianBusinessInvoicingOutsideTheEuSaysNotSubjectWithoutReverseCharge)
{
    const QString it = reverseCharge(make("IT", "US", false, "it-ordinario", "it"));
    EXPECT_EQ(str(it), "Operazione non soggetta a IVA ai sensi dell'art. 7-ter DPR 633/72");
    const QString en = reverseCharge(make("IT", "CH", true, "it-ordinario", "en"));
    EXPECT_EQ(str(en), "Transaction not subject to VAT under art. 7-ter DPR 633/72");
    EXPECT_FALSE(en.contains(QStringLiteral("everse"))) << "no reverse charge words outside the EU";
    // The United Kingdom is outside the EU.
    EXPECT_EQ(str(reverseCharge(make("IT", "GB", true, "it-ordinario", "it"))),
              "Operazione non soggetta a IVA ai sensi dell'art. 7-ter DPR 633/72");
}

TEST(InvoiceWording, AFlatRateReverseChargeInvoiceGetsTheWordingAndKeepsItsOwnNote)
{
    const Case c = make("IT", "DE", true, "it-forfettario", "it");
    const QStringList notes =
        legalNotes(c, true, QStringLiteral("Operazione senza applicazione dell'IVA (forfettario)."),
                   QStringLiteral("Operazione senza applicazione dell'IVA."));
    ASSERT_EQ(notes.size(), 2) << str(notes.join(QLatin1Char('|')));
    EXPECT_EQ(str(notes[0]),
              "Inversione contabile – operazione non soggetta a IVA ai sensi dell'art. 7-ter DPR 633/72");
    EXPECT_EQ(str(notes[1]), "Operazione senza applicazione dell'IVA (forfettario).");
    // Without reverse charge only the profile's note.
    EXPECT_EQ(legalNotes(c, false, QStringLiteral("Note."), QStringLiteral("RC.")),
              QStringList{QStringLiteral("Note.")});
}

TEST(InvoiceWording, ItalianDomesticAndPrivateEuCustomersKeepTheProfilesNote)
{
    EXPECT_TRUE(reverseCharge(make("IT", "IT", true, "it-ordinario", "it")).isEmpty());
    EXPECT_TRUE(reverseCharge(make("IT", "DE", false, "it-ordinario", "it")).isEmpty());
    EXPECT_TRUE(reverseCharge(make("IT", "", true, "it-ordinario", "it")).isEmpty());
    const QStringList notes = legalNotes(make("IT", "IT", true, "it-ordinario", "it"), true, QString(),
                                         QStringLiteral("Inversione contabile (art. 17)."));
    EXPECT_EQ(notes, QStringList{QStringLiteral("Inversione contabile (art. 17).")});
}

TEST(InvoiceWording, AUkBusinessSpeaksOfHmrcOnlyAtHome)
{
    EXPECT_EQ(str(reverseCharge(make("GB", "DE", true, "uk-vat", "en"))),
              "Reverse charge: customer to account for the VAT (art. 196 of Directive 2006/112/EC)");
    EXPECT_EQ(str(reverseCharge(make("GB", "US", false, "uk-vat", "en"))),
              "Outside the scope of UK VAT: place of supply is the customer's country");
    EXPECT_EQ(str(reverseCharge(make("GB", "AU", true, "uk-vat", "en"))),
              "Outside the scope of UK VAT: place of supply is the customer's country");
    EXPECT_TRUE(reverseCharge(make("GB", "GB", true, "uk-vat", "en")).isEmpty());
    const QStringList home =
        legalNotes(make("GB", "GB", true, "uk-vat", "en"), true, QString(),
                   QStringLiteral("Reverse charge: customer to account for the VAT to HMRC."));
    EXPECT_EQ(home, QStringList{QStringLiteral("Reverse charge: customer to account for the VAT to HMRC.")});
    const QStringList abroad =
        legalNotes(make("GB", "DE", true, "uk-vat", "en"), true, QString(),
                   QStringLiteral("Reverse charge: customer to account for the VAT to HMRC."));
    ASSERT_EQ(abroad.size(), 1);
    EXPECT_FALSE(abroad[0].contains(QStringLiteral("HMRC")));
    EXPECT_TRUE(reverseCharge(make("GB", "DE", true, "uk-vat", "it"))
                    .startsWith(QStringLiteral("Inversione contabile")));
}

TEST(InvoiceWording, OtherCountriesKeepTheProfilesNote)
{
    for (const char *business : {"US", "AU", "CA", "IN"})
        EXPECT_TRUE(reverseCharge(make(business, "DE", true, "generic", "en")).isEmpty()) << business;
    EXPECT_EQ(legalNotes(make("AU", "NZ", true, "au-gst", "en"), true, QString(),
                         QStringLiteral("Reverse charge: the recipient accounts for the GST.")),
              QStringList{QStringLiteral("Reverse charge: the recipient accounts for the GST.")});
}

TEST(InvoiceWording, EuMembership)
{
    for (const char *eu : {"AT", "DE", "FR", "IE", "IT", "GR", "EL", "SE", "de"})
        EXPECT_TRUE(isEuMember(QString::fromLatin1(eu))) << eu;
    for (const char *other : {"GB", "CH", "NO", "US", "", "XX"})
        EXPECT_FALSE(isEuMember(QString::fromLatin1(other))) << other;
}

TEST(InvoiceLabels, NaturesInWords)
{
    using invoicelabels::natureReason;
    EXPECT_EQ(str(natureReason(QStringLiteral("N1"), QStringLiteral("it"), true)),
              "Spese anticipate in nome e per conto del cliente (art. 15 DPR 633/72)");
    EXPECT_EQ(str(natureReason(QStringLiteral("N1"), QStringLiteral("en"), true)),
              "Expenses paid in the client's name (art. 15 DPR 633/72)");
    EXPECT_TRUE(
        natureReason(QStringLiteral("N2.1"), QStringLiteral("it"), true).contains(QStringLiteral("7-ter")));
    EXPECT_TRUE(natureReason(QStringLiteral("N2.2"), QStringLiteral("it"), true)
                    .contains(QStringLiteral("forfettario")));
    EXPECT_EQ(str(natureReason(QStringLiteral("N4"), QStringLiteral("it"), true)),
              "Non soggetto o esente IVA (N4)");
    EXPECT_EQ(str(natureReason(QStringLiteral("N2.1"), QStringLiteral("en"), false)), "Not subject to tax")
        << "Italian references mean nothing on a British invoice";
}

TEST(InvoiceLabels, CountriesInTheInvoicesLanguage)
{
    using invoicelabels::countryName;
    EXPECT_EQ(str(countryName(QStringLiteral("DE"), QStringLiteral("it"))), "Germania");
    EXPECT_EQ(str(countryName(QStringLiteral("gb"), QStringLiteral("it"))), "Regno Unito");
    EXPECT_EQ(str(countryName(QStringLiteral("US"), QStringLiteral("it"))), "Stati Uniti");
    EXPECT_EQ(str(countryName(QStringLiteral("DE"), QStringLiteral("en"))), "Germany");
    EXPECT_EQ(str(countryName(QStringLiteral("IN"), QStringLiteral("en"))), "India");
    EXPECT_EQ(str(countryName(QStringLiteral("KE"), QStringLiteral("it"))), "Kenya")
        << "English when not in the table";
    EXPECT_EQ(str(countryName(QStringLiteral("ZZ"), QStringLiteral("it"))), "ZZ");
}

TEST(InvoiceLabels, UnitsHoursRatesAndPlaces)
{
    using namespace invoicelabels;
    EXPECT_EQ(str(unitWord(QStringLiteral("h"), {}, false, QStringLiteral("en"))), "hours");
    EXPECT_EQ(str(unitWord(QStringLiteral("h"), {}, true, QStringLiteral("en"))), "hour");
    EXPECT_EQ(str(unitWord(QStringLiteral("h"), {}, false, QStringLiteral("it"))), "ore");
    EXPECT_EQ(str(unitWord(QStringLiteral("call"), QStringLiteral("calls"), false, QStringLiteral("en"))),
              "calls");
    EXPECT_EQ(str(unitWord(QStringLiteral("call"), QStringLiteral("calls"), true, QStringLiteral("en"))),
              "call");
    EXPECT_EQ(str(unitWord(QStringLiteral("page"), {}, false, QStringLiteral("en"))), "page");

    // 1.0823 USD per euro is kept as 1,082,300 millionths.
    EXPECT_EQ(str(exchangeRate(1'082'300, QLocale(QLocale::English, QLocale::UnitedStates))), "1.082300");
    EXPECT_EQ(str(exchangeRate(1'082'300, QLocale(QLocale::Italian, QLocale::Italy))), "1,082300");
    EXPECT_EQ(str(exchangeRate(162'450'000, QLocale(QLocale::English, QLocale::UnitedStates))), "162.450000");

    EXPECT_EQ(str(indianPlaceOfSupply(QStringLiteral("Maharashtra"), QStringLiteral("27AAAPL1234C1Z5"))),
              "Maharashtra (27)");
    EXPECT_EQ(str(indianPlaceOfSupply(QString(), QStringLiteral("29AAAPL1234C1Z5"))), "Karnataka (29)");
    EXPECT_EQ(str(indianPlaceOfSupply(QStringLiteral("Kerala"), QString())), "Kerala (32)");
    EXPECT_EQ(str(indianPlaceOfSupply(QStringLiteral("Atlantis"), QString())), "Atlantis");
    EXPECT_TRUE(indianPlaceOfSupply(QString(), QString()).isEmpty());
}

TEST(InvoiceLabels, EnglishInvoicesFollowTheClientsCountry)
{
    using invoicelabels::locale;
    EXPECT_EQ(locale(QStringLiteral("en"), QStringLiteral("US"), QStringLiteral("IT")).territory(),
              QLocale::UnitedStates);
    EXPECT_EQ(locale(QStringLiteral("en"), QStringLiteral("DE"), QStringLiteral("US")).territory(),
              QLocale::UnitedKingdom);
    EXPECT_EQ(locale(QStringLiteral("en"), QString(), QStringLiteral("US")).territory(),
              QLocale::UnitedStates)
        << "the business's country when the client has none";
    EXPECT_EQ(locale(QStringLiteral("it"), QStringLiteral("US"), QStringLiteral("US")).language(),
              QLocale::Italian);
}
