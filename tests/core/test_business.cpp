#include "business/business.h"
#include "business/settings.h"
#include "business/taxprofile.h"

#include "qtprinters.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QImage>

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
