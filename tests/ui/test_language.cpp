// Names shown in the interface language, whatever language the invoices speak: countries in Italian
// for an Italian interface, and the contribution line of the totals ("Rivalsa INPS 4 %").

#include "addressfields.h"
#include "totalswidget.h"

#include "invoicing/invoice.h"

#include "qtprinters.h"

#include <QComboBox>
#include <QLocale>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::ui;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The interface language for one test, as the app's main sets it.
class SpokenNames : public ::testing::Test
{
protected:
    void speak(QLocale::Language language) { QLocale::setDefault(QLocale(language)); }
    void TearDown() override { QLocale::setDefault(saved); }
    const QLocale saved;
};

Invoice withContribution()
{
    const Currency eur = *Currency::fromCode(u"EUR");
    Invoice invoice;
    invoice.currency = eur;
    invoice.parties.client.language = s("en"); // the invoice speaks English to its client
    invoice.parties.profile.contributionNameEn = s("INPS contribution");
    invoice.parties.profile.contributionNameIt = s("Rivalsa INPS");
    invoice.contributionRate = TaxRate::fromPercent(4);
    // €100.00 of work and the 4 % contribution on it, €4.00; no tax.
    invoice.totals.lines = invoice.totals.net = invoice.totals.fees = Money(10000, eur);
    invoice.totals.contribution = Money(400, eur);
    invoice.totals.discount = invoice.totals.tax = invoice.totals.withholding = Money(0, eur);
    invoice.totals.stampDuty = Money(0, eur);
    invoice.totals.total = invoice.totals.due = Money(10400, eur);
    return invoice;
}

} // namespace

TEST_F(SpokenNames, CountriesAreNamedInTheInterfaceLanguage)
{
    speak(QLocale::Italian);
    QComboBox box;
    AddressFields::fillCountries(&box, s("DE"));
    EXPECT_EQ(box.currentText(), s("Germania (DE)"));
    EXPECT_GE(box.findText(s("Svizzera (CH)")), 0);
    EXPECT_GE(box.findText(s("Stati Uniti (US)")), 0);
    EXPECT_LT(box.findText(s("Francia (FR)")), box.findText(s("Germania (DE)"))) << "in Italian order";

    speak(QLocale::English);
    QComboBox english;
    AddressFields::fillCountries(&english, s("DE"));
    EXPECT_EQ(english.currentText(), s("Germany (DE)"));
}

TEST_F(SpokenNames, TheContributionLineIsInTheInterfaceLanguage)
{
    const Invoice invoice = withContribution();
    speak(QLocale::Italian);
    TotalsWidget italian;
    italian.setInvoice(invoice, QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_TRUE(italian.text().contains(s("Rivalsa INPS 4%"))) << italian.text().toStdString();

    speak(QLocale::English);
    TotalsWidget english;
    english.setInvoice(invoice, QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_TRUE(english.text().contains(s("INPS contribution 4%"))) << english.text().toStdString();
}
