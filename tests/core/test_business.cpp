#include "business/business.h"
#include "business/settings.h"
#include "business/taxprofile.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;

namespace {

QByteArray pngLogo()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

class BusinessSetups : public ::testing::Test
{
protected:
    // The setup as the settings dialog starts it: what the file holds now.
    BusinessSetup current()
    {
        return {BusinessRepository(t.db(), t.clock()).get().value(),
                Settings(t.db()).businessDefaults().value(),
                {},
                {}};
    }

    void expectRefused(const BusinessSetup &setup, const QString &field)
    {
        const QString before = fingerprint(t.db());
        const auto saved = BusinessRepository(t.db(), t.clock()).saveSetup(setup);
        ASSERT_FALSE(saved.ok()) << "expected a refusal on " << field.toStdString();
        EXPECT_EQ(saved.error().field(), field) << saved.error().message().toStdString();
        EXPECT_EQ(fingerprint(t.db()), before) << "a refused setup changed the file";
    }

    TestDatabase t;
};

} // namespace

TEST_F(BusinessSetups, TheProfileDefaultsTaxRatesAndLogoAreSavedTogether)
{
    BusinessSetup setup = current();
    setup.profile = italianBusiness(setup.profile);
    setup.defaults.paymentTermsDays = 60;
    TaxProfile taxes = TaxProfiles(t.db()).get(QStringLiteral("it-ordinario")).value();
    taxes.withholdingRate = TaxRate::fromPercent(23);
    setup.taxProfile = taxes;
    setup.logo = pngLogo();
    ASSERT_TRUE(BusinessRepository(t.db(), t.clock()).saveSetup(setup).ok());

    t.reopen();
    const BusinessProfile profile = BusinessRepository(t.db(), t.clock()).get().value();
    EXPECT_EQ(profile.name, QStringLiteral("Giulia Rossi"));
    EXPECT_EQ(profile.taxProfileId, QStringLiteral("it-ordinario"));
    EXPECT_FALSE(profile.logoSha256.isEmpty());
    EXPECT_EQ(Settings(t.db()).businessDefaults()->paymentTermsDays, 60);
    EXPECT_EQ(TaxProfiles(t.db()).get(QStringLiteral("it-ordinario"))->withholdingRate,
              TaxRate::fromPercent(23));

    // Without a logo the logo stays; an empty one removes it.
    setup = current();
    setup.profile.phone = QStringLiteral("+39 051 123456");
    ASSERT_TRUE(BusinessRepository(t.db(), t.clock()).saveSetup(setup).ok());
    EXPECT_EQ(BusinessRepository(t.db(), t.clock()).get()->logoSha256, profile.logoSha256);
    setup.logo = QByteArray();
    ASSERT_TRUE(BusinessRepository(t.db(), t.clock()).saveSetup(setup).ok());
    EXPECT_TRUE(BusinessRepository(t.db(), t.clock()).get()->logoSha256.isEmpty());
}

TEST_F(BusinessSetups, OnePartRefusedLeavesEveryPartAsItWas)
{
    BusinessSetup setup = current();
    setup.profile = italianBusiness(setup.profile);
    setup.defaults.paymentTermsDays = -1;
    expectRefused(setup, QStringLiteral("paymentTerms"));

    setup = current();
    setup.profile = italianBusiness(setup.profile);
    setup.logo = QByteArray("not an image");
    expectRefused(setup, QStringLiteral("logo"));
    // A PNG by its first bytes that does not decode (cut short) would print as nothing: refused.
    setup.logo = pngLogo().left(40);
    expectRefused(setup, QStringLiteral("logo"));

    setup = current();
    setup.profile = italianBusiness(setup.profile);
    setup.profile.iban = QStringLiteral("IT00 0000");
    TaxProfile taxes = TaxProfiles(t.db()).get(QStringLiteral("it-ordinario")).value();
    taxes.withholdingRate = TaxRate::fromPercent(23);
    setup.taxProfile = taxes;
    expectRefused(setup, QStringLiteral("iban"));
}

TEST(CountryPresets, EachCountryGetsItsCurrencyTaxProfileAndInvoiceLanguage)
{
    const auto expect = [](const char *country, const char *currency, const char *profile,
                           const char *language) {
        const CountryPreset p = countryPreset(QString::fromLatin1(country));
        EXPECT_EQ(p.currency.code(), QString::fromLatin1(currency)) << country;
        EXPECT_EQ(p.taxProfileId, QString::fromLatin1(profile)) << country;
        EXPECT_EQ(p.invoiceLanguage, QString::fromLatin1(language)) << country;
    };
    expect("IT", "EUR", "it-ordinario", "it");
    expect("GB", "GBP", "uk-vat", "en");
    expect("AU", "AUD", "au-gst", "en");
    expect("CA", "CAD", "ca-gst", "en");
    expect("IN", "INR", "in-gst-intra", "en");
    expect("US", "USD", "us", "en");
    // A country without a profile of its own: its currency, no tax until one is set.
    expect("DE", "EUR", "generic", "en");
    expect("JP", "JPY", "generic", "en");
    expect("", "EUR", "generic", "en");
}

TEST_F(BusinessSetups, ANewClientIsInTheBusinesssCountry)
{
    BusinessProfile b = BusinessRepository(t.db(), t.clock()).get().value();
    EXPECT_EQ(Settings(t.db()).newClient()->country, b.country);
    b = italianBusiness(b);
    ASSERT_TRUE(BusinessRepository(t.db(), t.clock()).save(b).ok());
    EXPECT_EQ(Settings(t.db()).newClient()->country, QStringLiteral("IT"));
}

TEST_F(BusinessSetups, TheSetupIsOfferedOnceAndOnlyToAFileNotInUse)
{
    Settings settings(t.db());
    EXPECT_TRUE(*settings.wantsSetup()) << "a new file";
    ASSERT_TRUE(settings.markSetupOffered().ok());
    EXPECT_FALSE(*settings.wantsSetup()) << "offered once, done or put off";

    // A file in use before the setup existed: a business name, or a client, says so.
    TestDatabase other;
    Settings used(other.db());
    BusinessProfile b = BusinessRepository(other.db(), other.clock()).get().value();
    b.name = QStringLiteral("Giulia Rossi");
    ASSERT_TRUE(BusinessRepository(other.db(), other.clock()).save(b).ok());
    EXPECT_FALSE(*used.wantsSetup());
}

TEST(TaxProfileNames, BuiltInProfilesAreNamedInTheProgramsLanguageUnlessRenamed)
{
    TestDatabase t;
    TaxProfiles profiles(t.db());
    TaxProfile ordinario = profiles.get(QStringLiteral("it-ordinario")).value();
    EXPECT_EQ(ordinario.displayName(), QStringLiteral("Italy, ordinary VAT scheme"));

    QTranslator italian;
    ASSERT_TRUE(italian.load(QStringLiteral("minuta_it"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&italian);
    EXPECT_EQ(ordinario.displayName(), QStringLiteral("Italia, regime IVA ordinario"));
    EXPECT_EQ(profiles.get(QStringLiteral("us")).value().displayName(),
              QStringLiteral("Stati Uniti, senza imposta sulle vendite"));
    // A name the user gave stays as written.
    ordinario.name = QStringLiteral("Regime ordinario (studio)");
    EXPECT_EQ(ordinario.displayName(), QStringLiteral("Regime ordinario (studio)"));
    QCoreApplication::removeTranslator(&italian);
}
