// The fields some countries need, from the command line: bank details of each country, the stamp
// duty choice, the default service descriptions, SAC codes, states, the QST number, the GSTIN and
// plural units. Each is set and read back; each wrong value is refused by name, the file untouched.

#include "clirunner.h"

#include "qtprinters.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class CliFields : public CliFileTest
{
protected:
    CliFields() : CliFileTest("fields.sqlite") {}

    void SetUp() override
    {
        ok({s("business"), s("set"), s("--name"), s("Priya Shah"), s("--country"), s("IN"), s("--currency"),
            s("INR")});
        ok({s("client"), s("add"), s("--name"), s("Tata Ltd"), s("--country"), s("IN")});
    }

    // refused(), and the file is the same to the byte, not only in its rows.
    void refusedByteForByte(const QStringList &args, const QString &message) const
    {
        const QByteArray before = readAll(path);
        refused(args, message);
        EXPECT_EQ(readAll(path), before) << args.join(QLatin1Char(' ')).toStdString() << " touched the file";
    }

    QJsonObject business() const { return json({s("business"), s("show")}).toObject(); }
};

} // namespace

TEST_F(CliFields, TheBankDetailsOfEveryCountryAreSetAndShown)
{
    ok({s("business"),
        s("set"),
        s("--sort-code"),
        s("12-34-56"),
        s("--account-number"),
        s("31926819"),
        s("--routing-number"),
        s("011000015"),
        s("--institution"),
        s("001"),
        s("--transit"),
        s("12345"),
        s("--bsb"),
        s("062-000"),
        s("--ifsc"),
        s("hdfc0000123"),
        s("--upi"),
        s("priya@okhdfc"),
        s("--payment-notes"),
        s("PayPal: priya@example.com\\nStripe: https://pay.example.com/p")});
    const QJsonObject b = business();
    EXPECT_EQ(b[s("sortCode")].toString(), s("123456")) << "stored without the dashes";
    EXPECT_EQ(b[s("accountNumber")].toString(), s("31926819"));
    EXPECT_EQ(b[s("routingNumber")].toString(), s("011000015"));
    EXPECT_EQ(b[s("institution")].toString(), s("001"));
    EXPECT_EQ(b[s("transit")].toString(), s("12345"));
    EXPECT_EQ(b[s("bsb")].toString(), s("062000"));
    EXPECT_EQ(b[s("ifsc")].toString(), s("HDFC0000123"));
    EXPECT_EQ(b[s("upi")].toString(), s("priya@okhdfc"));
    EXPECT_EQ(b[s("paymentNotes")].toString(),
              s("PayPal: priya@example.com\nStripe: https://pay.example.com/p"));
    EXPECT_EQ(b[s("name")].toString(), s("Priya Shah")) << "options not given stay";

    const CliRun shown = run({s("business"), s("show")});
    ASSERT_EQ(shown.exitCode, 0);
    for (const char *text : {"Sort code:", "123456", "Routing number:", "011000015", "BSB:", "062000",
                             "IFSC:", "HDFC0000123", "UPI:", "priya@okhdfc", "Institution:", "Transit:",
                             "Other ways to pay:", "PayPal: priya@example.com, Stripe"})
        EXPECT_TRUE(shown.out.contains(s(text))) << text << "\n" << shown.out.toStdString();

    ok({s("business"), s("set"), s("--sort-code"), s(""), s("--payment-notes"), s("")});
    EXPECT_EQ(business()[s("sortCode")].toString(), QString()) << "an empty value clears the field";
    EXPECT_EQ(business()[s("paymentNotes")].toString(), QString());
    EXPECT_FALSE(run({s("business"), s("show")}).out.contains(s("Sort code:")));
}

TEST_F(CliFields, TheCountryFieldsOfTheBusinessAreSetAndShown)
{
    ok({s("business"), s("set"), s("--sac"), s("998599"), s("--state"), s("Maharashtra"), s("--qst-id"),
        s("1234567890 TQ 0001"), s("--service-description-en"), s("Executive support"),
        s("--service-description-it"), s("Supporto di segreteria")});
    QJsonObject b = business();
    EXPECT_EQ(b[s("sac")].toString(), s("998599"));
    EXPECT_EQ(b[s("state")].toString(), s("Maharashtra"));
    EXPECT_EQ(b[s("qstId")].toString(), s("1234567890TQ0001"));
    EXPECT_EQ(b[s("serviceDescriptionEn")].toString(), s("Executive support"));
    EXPECT_EQ(b[s("serviceDescriptionIt")].toString(), s("Supporto di segreteria"));
    EXPECT_TRUE(b[s("stampDutyCharged")].toBool()) << "the client pays the stamp duty unless told otherwise";

    ok({s("business"), s("set"), s("--country"), s("IT"), s("--stamp-duty-charged"), s("no")});
    EXPECT_FALSE(business()[s("stampDutyCharged")].toBool());
    EXPECT_TRUE(run({s("business"), s("show")}).out.contains(s("Stamp duty:")));
    ok({s("business"), s("set"), s("--stamp-duty-charged"), s("yes")});
    EXPECT_TRUE(business()[s("stampDutyCharged")].toBool());

    const CliRun shown = run({s("business"), s("show")});
    for (const char *text : {"SAC:", "998599", "State:", "Maharashtra", "QST number:", "1234567890TQ0001",
                             "Executive support", "Supporto di segreteria", "charged to the client"})
        EXPECT_TRUE(shown.out.contains(s(text))) << text << "\n" << shown.out.toStdString();
}

TEST_F(CliFields, WrongBusinessFieldsAreRefusedByNameAndChangeNothing)
{
    ok({s("business"), s("set"), s("--sort-code"), s("123456"), s("--routing-number"), s("011000015")});
    refusedByteForByte({s("business"), s("set"), s("--sort-code"), s("12345")},
                       s("“12345” is not a sort code"));
    refusedByteForByte({s("business"), s("set"), s("--routing-number"), s("011000016")},
                       s("“011000016” is not a routing number"));
    refusedByteForByte({s("business"), s("set"), s("--ifsc"), s("HDFC1000123")},
                       s("“HDFC1000123” is not an IFSC"));
    refusedByteForByte({s("business"), s("set"), s("--bsb"), s("06200")}, s("is not a BSB"));
    refusedByteForByte({s("business"), s("set"), s("--institution"), s("1")},
                       s("is not an institution number"));
    refusedByteForByte({s("business"), s("set"), s("--transit"), s("1234")}, s("is not a transit number"));
    refusedByteForByte({s("business"), s("set"), s("--account-number"), s("12")},
                       s("is not an account number"));
    refusedByteForByte({s("business"), s("set"), s("--upi"), s("priya")}, s("is not a UPI id"));
    refusedByteForByte({s("business"), s("set"), s("--sac"), s("9985")}, s("is not a SAC code"));
    refusedByteForByte({s("business"), s("set"), s("--service-description-en"), s("")},
                       s("service description in English"));
    refusedByteForByte({s("business"), s("set"), s("--stamp-duty-charged"), s("maybe")},
                       s("--stamp-duty-charged: write yes or no"));
    // One wrong field among good ones: none of them is stored.
    refusedByteForByte({s("business"), s("set"), s("--name"), s("Someone Else"), s("--bsb"), s("062000"),
                        s("--routing-number"), s("011000016")},
                       s("routing number"));
    EXPECT_EQ(business()[s("name")].toString(), s("Priya Shah"));
    EXPECT_EQ(business()[s("sortCode")].toString(), s("123456"));
    EXPECT_EQ(business()[s("bsb")].toString(), QString());
}

TEST_F(CliFields, TheClientsStateAndGstinAreSetShownAndChecked)
{
    const QJsonObject added = json({s("client"), s("add"), s("--name"), s("Infosys"), s("--country"), s("IN"),
                                    s("--state"), s("Karnataka"), s("--gstin"), s("27aapfu0939f1zv")})
                                  .toObject();
    EXPECT_EQ(added[s("state")].toString(), s("Karnataka"));
    EXPECT_EQ(added[s("gstin")].toString(), s("27AAPFU0939F1ZV"));
    const QJsonObject edited = json({s("client"), s("edit"), s("Tata Ltd"), s("--state"), s("Maharashtra"),
                                     s("--gstin"), s("27AAPFU0939F1ZV")})
                                   .toObject();
    EXPECT_EQ(edited[s("state")].toString(), s("Maharashtra"));
    EXPECT_EQ(edited[s("gstin")].toString(), s("27AAPFU0939F1ZV"));
    EXPECT_EQ(json({s("client"), s("show"), s("Tata Ltd")}).toObject()[s("gstin")].toString(),
              s("27AAPFU0939F1ZV"));
    const CliRun shown = run({s("client"), s("show"), s("Tata Ltd")});
    EXPECT_TRUE(shown.out.contains(s("GSTIN:"))) << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(s("Maharashtra"))) << shown.out.toStdString();

    refusedByteForByte({s("client"), s("edit"), s("Tata Ltd"), s("--gstin"), s("27AAPFU0939F1ZA")},
                       s("“27AAPFU0939F1ZA” is not a valid GSTIN"));
    refusedByteForByte({s("client"), s("add"), s("--name"), s("Wipro"), s("--gstin"), s("27AAPFU0939F1ZA")},
                       s("is not a valid GSTIN"));
    refusedByteForByte({s("client"), s("edit"), s("Tata Ltd"), s("--state"), QString(101, QLatin1Char('x'))},
                       s("The state or province can be at most 100 characters long"));
    EXPECT_EQ(json({s("client"), s("show"), s("Tata Ltd")}).toObject()[s("state")].toString(),
              s("Maharashtra"));
}

TEST_F(CliFields, AnItalianAddressIsGivenInPartsAndChecked)
{
    const QJsonObject added = json({s("client"), s("add"), s("--name"), s("Rossi Srl"), s("--country"),
                                    s("IT"), s("--address"), s("Via Roma 1"), s("--postcode"), s("20121"),
                                    s("--city"), s("Milano"), s("--province"), s("mi")})
                                  .toObject();
    EXPECT_EQ(added[s("address")].toString(), s("Via Roma 1"));
    EXPECT_EQ(added[s("postcode")].toString(), s("20121"));
    EXPECT_EQ(added[s("city")].toString(), s("Milano"));
    EXPECT_EQ(added[s("state")].toString(), s("MI")) << "a province's two letters, in capitals";
    const CliRun shown = run({s("client"), s("show"), s("Rossi Srl")});
    EXPECT_TRUE(shown.out.contains(s("Via Roma 1, 20121 Milano (MI)"))) << shown.out.toStdString();

    refusedByteForByte({s("client"), s("edit"), s("Rossi Srl"), s("--postcode"), s("2012")},
                       s("“2012” is not an Italian postcode (CAP): five digits"));
    refusedByteForByte({s("client"), s("edit"), s("Rossi Srl"), s("--city"), QString(101, QLatin1Char('x'))},
                       s("The city can be at most 100 characters long"));

    ok({s("business"), s("set"), s("--country"), s("IT"), s("--address"), s("Via Zamboni 12"),
        s("--postcode"), s("40126"), s("--city"), s("Bologna"), s("--province"), s("BO")});
    const QJsonObject b = business();
    EXPECT_EQ(b[s("postcode")].toString(), s("40126"));
    EXPECT_EQ(b[s("city")].toString(), s("Bologna"));
    EXPECT_TRUE(run({s("business"), s("show")}).out.contains(s("Via Zamboni 12, 40126 Bologna (BO)")));
    refusedByteForByte({s("business"), s("set"), s("--postcode"), s("4O126")},
                       s("is not an Italian postcode (CAP)"));
}

TEST_F(CliFields, ServicesKeepTheirPluralUnitAndSac)
{
    const QJsonObject added =
        json({s("service"), s("add"), s("--name"), s("Call answering"), s("--unit"), s("call"),
              s("--unit-plural"), s("calls"), s("--sac"), s("998594"), s("--price"), s("40")})
            .toObject();
    EXPECT_EQ(added[s("unitPlural")].toString(), s("calls"));
    EXPECT_EQ(added[s("sac")].toString(), s("998594"));
    ok({s("service"), s("add"), s("--name"), s("Scanning"), s("--unit"), s("page"), s("--price"), s("2")});
    ok({s("service"), s("edit"), s("Scanning"), s("--unit-plural"), s("pages"), s("--sac"), s("998599")});

    const QJsonArray list = json({s("service"), s("list")}).toArray();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[1].toObject()[s("unitPlural")].toString(), s("pages"));
    EXPECT_EQ(list[1].toObject()[s("sac")].toString(), s("998599"));
    const CliRun table = run({s("service"), s("list")});
    for (const char *text : {"Plural", "SAC", "calls", "998594", "pages", "998599"})
        EXPECT_TRUE(table.out.contains(s(text))) << text << "\n" << table.out.toStdString();
    const CliRun shown = run({s("service"), s("show"), s("call answering")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(s("per call (plural: calls)"))) << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(s("SAC 998594"))) << shown.out.toStdString();

    refusedByteForByte({s("service"), s("edit"), s("Scanning"), s("--sac"), s("99859")},
                       s("is not a SAC code"));
    refusedByteForByte({s("service"), s("add"), s("--name"), s("Mail"), s("--unit"), s("letter"),
                        s("--unit-plural"), QString(51, QLatin1Char('s')), s("--price"), s("1")},
                       s("The unit in the plural can be at most 50 characters long"));
    refused({s("service"), s("show"), s("Faxing")}, s("no service called"));
}

TEST_F(CliFields, HelpSaysWhichCountryEachFieldIsFor)
{
    const CliRun business = run({s("business"), s("set"), s("--help")});
    for (const char *text : {"--sort-code",
                             "UK:",
                             "--routing-number",
                             "US:",
                             "--institution",
                             "Canada:",
                             "--bsb",
                             "Australia:",
                             "--ifsc",
                             "India:",
                             "--upi",
                             "--payment-notes",
                             "--qst-id",
                             "Québec",
                             "--stamp-duty-charged",
                             "stamp duty",
                             "--sac",
                             "--state",
                             "--service-description-en",
                             "--service-description-it"})
        EXPECT_TRUE(business.out.contains(s(text))) << text << "\n" << business.out.toStdString();
    const CliRun client = run({s("client"), s("edit"), s("--help")});
    EXPECT_TRUE(client.out.contains(s("--gstin"))) << client.out.toStdString();
    EXPECT_TRUE(client.out.contains(s("--state"))) << client.out.toStdString();
    const CliRun service = run({s("service"), s("add"), s("--help")});
    EXPECT_TRUE(service.out.contains(s("--unit-plural"))) << service.out.toStdString();
    EXPECT_TRUE(service.out.contains(s("--sac"))) << service.out.toStdString();
}
