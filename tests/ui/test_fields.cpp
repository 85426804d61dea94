// The fields only some countries need, in the settings, client and service dialogs, with real widgets
// offscreen: each appears for the countries it concerns and stays out of sight elsewhere, values are
// saved and read back, and a wrong value is shown under its field with nothing saved.

#include "business/business.h"
#include "clientdialog.h"
#include "entrydialog.h"
#include "fielderrors.h"
#include "filedialogs.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "servicedialog.h"
#include "settingsdialog.h"
#include "workspace.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testdatabase.h"
#include "testfiles.h"
#include "uitest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::ui;
using namespace minuta::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Whether `widget` is in sight on its tab (or in its dialog), whichever tab is showing. The dialog
// must have been shown: until then Qt counts every child as hidden.
bool inSight(const QWidget *widget)
{
    const QWidget *page = widget;
    while (page->parentWidget() && !qobject_cast<const QStackedWidget *>(page->parentWidget()))
        page = page->parentWidget();
    return widget->isVisibleTo(page);
}

template<typename W = QLineEdit> W *child(const QWidget &dialog, const char *name)
{
    auto *widget = dialog.findChild<W *>(s(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

void chooseCountry(QComboBox *box, const char *code)
{
    const int index = box->findData(s(code));
    ASSERT_GE(index, 0) << code;
    box->setCurrentIndex(index);
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

class CountryFields : public ::testing::Test
{
protected:
    void SetUp() override
    {
        FileDialogs::answerAutomatically({});
        MessageBox::answerAutomatically(QMessageBox::Close);
        clock.setLocal(2026, 11, 2, 9, 0);
        window = std::make_unique<MainWindow>(clock);
        ASSERT_TRUE(window->openDatabase(dir.file(s("fields.sqlite"))));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    Workspace &ws() { return *window->workspace(); }

    void setBusinessCountry(const char *country)
    {
        BusinessProfile b = ws().business().get().value();
        b.name = s("Priya Shah");
        b.country = s(country);
        ASSERT_TRUE(ws().business().save(b).ok());
    }

    TestClock clock;
    TempDir dir;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(CountryFields, SettingsAskForTheBankDetailsOfTheBusinesssCountry)
{
    setBusinessCountry("GB");
    SettingsDialog dialog(ws(), window.get());
    dialog.show();
    auto *country = child<QComboBox>(dialog, "country");
    const auto visible = [&](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *name : names)
            if (inSight(child<QWidget>(dialog, name)))
                out << s(name);
        return out.join(QLatin1Char(' '));
    };
    const auto all = {"iban",
                      "bic",
                      "sortCode",
                      "accountNumber",
                      "routingNumber",
                      "institution",
                      "transit",
                      "bsb",
                      "ifsc",
                      "upi",
                      "paymentNotes",
                      "qstId",
                      "state",
                      "sac",
                      "fiscalCode",
                      "stampDutyCharged",
                      "serviceDescriptionEn",
                      "serviceDescriptionIt"};
    const QString always = s("bic paymentNotes serviceDescriptionEn serviceDescriptionIt");
    const auto expect = [&](const char *code, const char *fields) {
        chooseCountry(country, code);
        QStringList want =
            QString(always + QLatin1Char(' ') + s(fields)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList got = visible(all).split(QLatin1Char(' '));
        want.sort();
        got.sort();
        EXPECT_EQ(got, want) << code;
    };
    expect("GB", "iban sortCode accountNumber");
    // The state or province is part of the address where the country has them.
    expect("US", "routingNumber accountNumber state");
    expect("CA", "institution transit accountNumber qstId state");
    expect("AU", "bsb accountNumber state");
    expect("IN", "ifsc accountNumber upi state sac");
    expect("IT", "iban fiscalCode stampDutyCharged state");
    expect("DE", "iban");

    // A value already typed stays in sight whatever the country.
    chooseCountry(country, "US");
    QTest::keyClicks(child(dialog, "routingNumber"), s("011000015"));
    chooseCountry(country, "DE");
    EXPECT_TRUE(inSight(child(dialog, "routingNumber")));
}

TEST_F(CountryFields, SettingsSaveThePaymentAndCountryFields)
{
    setBusinessCountry("IN");
    {
        SettingsDialog dialog(ws(), window.get());
        dialog.show();
        QTest::keyClicks(child(dialog, "ifsc"), s("hdfc0000123"));
        QTest::keyClicks(child(dialog, "accountNumber"), s("50100012345678"));
        QTest::keyClicks(child(dialog, "upi"), s("priya@okhdfc"));
        QTest::keyClicks(child(dialog, "state"), s("Maharashtra"));
        QTest::keyClicks(child(dialog, "sac"), s("998599"));
        child<QPlainTextEdit>(dialog, "paymentNotes")->setPlainText(s("PayPal: priya@example.com"));
        retype(child(dialog, "serviceDescriptionEn"), s("Executive support"));
        dialog.accept();
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorLabel()->text().toStdString();
    }
    const BusinessProfile b = ws().business().get().value();
    EXPECT_EQ(b.ifsc, s("HDFC0000123"));
    EXPECT_EQ(b.accountNumber, s("50100012345678"));
    EXPECT_EQ(b.upi, s("priya@okhdfc"));
    EXPECT_EQ(b.state, s("Maharashtra"));
    EXPECT_EQ(b.sac, s("998599"));
    EXPECT_EQ(b.paymentNotes, s("PayPal: priya@example.com"));
    EXPECT_EQ(b.serviceDescriptionEn, s("Executive support"));
    EXPECT_EQ(b.serviceDescriptionIt, s("Servizi di assistenza da remoto"));

    // Read back by the next dialog; the Italian stamp duty choice too.
    {
        SettingsDialog dialog(ws(), window.get());
        dialog.show();
        EXPECT_EQ(child(dialog, "ifsc")->text(), s("HDFC0000123"));
        EXPECT_EQ(child(dialog, "state")->text(), s("Maharashtra"));
        EXPECT_EQ(child(dialog, "serviceDescriptionEn")->text(), s("Executive support"));
        chooseCountry(child<QComboBox>(dialog, "country"), "IT");
        auto *stampDuty = child<QCheckBox>(dialog, "stampDutyCharged");
        EXPECT_TRUE(stampDuty->isChecked()) << "the client pays it unless the business says otherwise";
        stampDuty->setChecked(false);
        dialog.accept();
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorLabel()->text().toStdString();
    }
    EXPECT_FALSE(ws().business().get()->stampDutyCharged);
    SettingsDialog again(ws(), window.get());
    EXPECT_FALSE(child<QCheckBox>(again, "stampDutyCharged")->isChecked());
}

TEST_F(CountryFields, AWrongBankDetailIsShownAtItsFieldAndNothingIsSaved)
{
    setBusinessCountry("US");
    const QString before = fingerprint(ws().database());
    SettingsDialog dialog(ws(), window.get());
    dialog.show();
    auto *tabs = dialog.findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    QTest::keyClicks(child(dialog, "routingNumber"), s("011000016"));
    retype(child(dialog, "name"), s("Someone Else"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(
        dialog.errors()->messageAt(s("routingNumber")).contains(s("“011000016” is not a routing number")))
        << dialog.errors()->messageAt(s("routingNumber")).toStdString();
    EXPECT_TRUE(tabs->currentWidget()->isAncestorOf(child(dialog, "routingNumber")))
        << "the tab of the field in error is shown";
    EXPECT_EQ(fingerprint(ws().database()), before);

    // Mended, it saves; the message goes.
    retype(child(dialog, "routingNumber"), s("011000015"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(ws().business().get()->routingNumber, s("011000015"));

    // A default service description cannot be empty: shown on its own tab.
    SettingsDialog emptied(ws(), window.get());
    emptied.show();
    child(emptied, "serviceDescriptionIt")->clear();
    emptied.accept();
    EXPECT_NE(emptied.result(), QDialog::Accepted);
    EXPECT_FALSE(emptied.errors()->messageAt(s("serviceDescriptionIt")).isEmpty());
    EXPECT_TRUE(emptied.findChild<QTabWidget *>()->currentWidget()->isAncestorOf(
        child(emptied, "serviceDescriptionIt")));
}

TEST_F(CountryFields, ClientsGetStateAndGstinWhereIndiaIsInvolved)
{
    setBusinessCountry("GB");
    ClientDialog dialog(ws(), std::nullopt, window.get());
    dialog.show();
    auto *country = child<QComboBox>(dialog, "country");
    chooseCountry(country, "DE");
    EXPECT_FALSE(inSight(child(dialog, "state")));
    EXPECT_FALSE(inSight(child(dialog, "gstin")));
    chooseCountry(country, "US");
    EXPECT_TRUE(inSight(child(dialog, "state")));
    EXPECT_FALSE(inSight(child(dialog, "gstin")));
    chooseCountry(country, "IN");
    EXPECT_TRUE(inSight(child(dialog, "state")));
    EXPECT_TRUE(inSight(child(dialog, "gstin")));

    QTest::keyClicks(dialog.nameEdit(), s("Tata Ltd"));
    QTest::keyClicks(child(dialog, "state"), s("Maharashtra"));
    QTest::keyClicks(child(dialog, "gstin"), s("27AAPFU0939F1ZA"));
    const QString before = fingerprint(ws().database());
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errors()->messageAt(s("gstin")).contains(s("not a valid GSTIN")))
        << dialog.errors()->messageAt(s("gstin")).toStdString();
    EXPECT_EQ(fingerprint(ws().database()), before);

    retype(child(dialog, "gstin"), s("27AAPFU0939F1ZV"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.saved().gstin, s("27AAPFU0939F1ZV"));
    EXPECT_EQ(dialog.saved().state, s("Maharashtra"));

    // Read back when edited; an Indian business sees the GSTIN for any client.
    setBusinessCountry("IN");
    const Client stored = ws().clients().get(dialog.saved().id).value();
    ClientDialog edit(ws(), stored, window.get());
    EXPECT_EQ(child(edit, "gstin")->text(), s("27AAPFU0939F1ZV"));
    EXPECT_EQ(child(edit, "state")->text(), s("Maharashtra"));
    ClientDialog other(ws(), std::nullopt, window.get());
    other.show();
    chooseCountry(child<QComboBox>(other, "country"), "DE");
    EXPECT_TRUE(inSight(child(other, "gstin")));
}

TEST_F(CountryFields, AnAddressKeptWholeOpensInItsPartsAndIsSavedSo)
{
    setBusinessCountry("IT");
    // As files before addresses had parts keep them: the whole address in one field.
    Client old;
    old.name = s("Studio Verdi");
    old.address = s("Via Roma 1\n20121 Milano (MI)");
    old.currency = *Currency::fromCode(u"EUR");
    const Client stored = ws().clients().add(old).value();

    ClientDialog dialog(ws(), stored, window.get());
    dialog.show();
    EXPECT_EQ(child<QPlainTextEdit>(dialog, "address")->toPlainText(), s("Via Roma 1"));
    EXPECT_EQ(child(dialog, "postcode")->text(), s("20121"));
    EXPECT_EQ(child(dialog, "city")->text(), s("Milano"));
    EXPECT_EQ(child(dialog, "state")->text(), s("MI"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const Client saved = ws().clients().get(stored.id).value();
    EXPECT_EQ(saved.address, s("Via Roma 1"));
    EXPECT_EQ(saved.postcode, s("20121"));
    EXPECT_EQ(saved.city, s("Milano"));
    EXPECT_EQ(saved.state, s("MI"));

    // One that cannot be split opens as it was, for the user to complete.
    Client vague = old;
    vague.name = s("Bottega del Gusto");
    vague.address = s("Via Roma 1, Milano");
    const Client kept = ws().clients().add(vague).value();
    ClientDialog other(ws(), kept, window.get());
    EXPECT_EQ(child<QPlainTextEdit>(other, "address")->toPlainText(), s("Via Roma 1, Milano"));
    EXPECT_EQ(child(other, "postcode")->text(), QString());
}

TEST_F(CountryFields, ServicesGetAPluralUnitAndForIndiaASac)
{
    setBusinessCountry("IT");
    {
        ServiceDialog dialog(ws(), std::nullopt, window.get());
        dialog.show();
        EXPECT_TRUE(inSight(child(dialog, "unitPlural")));
        EXPECT_FALSE(inSight(child(dialog, "sac")));
    }
    setBusinessCountry("IN");
    ServiceDialog dialog(ws(), std::nullopt, window.get());
    dialog.show();
    EXPECT_TRUE(inSight(child(dialog, "sac")));
    QTest::keyClicks(child(dialog, "name"), s("Call answering"));
    QTest::keyClicks(child(dialog, "unit"), s("call"));
    QTest::keyClicks(child(dialog, "unitPlural"), s("calls"));
    QTest::keyClicks(dialog.findChild<QWidget *>(s("price"))->findChild<QLineEdit *>(), s("40"));
    QTest::keyClicks(child(dialog, "sac"), s("99859"));
    const QString before = fingerprint(ws().database());
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.findChild<FieldErrors *>()->messageAt(s("sac")).contains(s("not a SAC code")));
    EXPECT_EQ(fingerprint(ws().database()), before);
    child(dialog, "sac")->setText(s("998594"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);

    const QList<Service> services = ws().services().list().value();
    ASSERT_EQ(services.size(), 1);
    EXPECT_EQ(services.first().unitPlural, s("calls"));
    EXPECT_EQ(services.first().sac, s("998594"));
    ServiceDialog edit(ws(), services.first(), window.get());
    EXPECT_EQ(child(edit, "unitPlural")->text(), s("calls"));
    EXPECT_EQ(child(edit, "sac")->text(), s("998594"));
}

TEST_F(CountryFields, ClientsAndTheDefaultsOfNewClientsOfferTheSameBillingTerms)
{
    ClientDialog client(ws(), std::nullopt, window.get());
    SettingsDialog settings(ws(), window.get());
    for (QDialog *dialog : {static_cast<QDialog *>(&client), static_cast<QDialog *>(&settings)}) {
        SCOPED_TRACE(dialog->objectName().toStdString());
        dialog->show();
        auto *increment = child<QComboBox>(*dialog, "increment");
        QList<int> increments;
        for (int k = 0; k < increment->count(); ++k)
            increments << increment->itemData(k).toInt();
        EXPECT_EQ(increments, (QList<int>{1, 5, 6, 10, 15, 30, 60}));
        auto *minimum = child<QSpinBox>(*dialog, "minimum");
        EXPECT_EQ(minimum->minimum(), 0);
        EXPECT_EQ(minimum->maximum(), 1440);
        auto *terms = child<QSpinBox>(*dialog, "paymentTerms");
        EXPECT_EQ(terms->minimum(), 0);
        EXPECT_EQ(terms->maximum(), 365);
    }

    // A rate that is not an amount is shown under it, on the tab that holds it, in both.
    const QString before = fingerprint(ws().database());
    QTest::keyClicks(client.nameEdit(), s("Rossi"));
    retype(client.rateEdit(), s("thirty"));
    client.accept();
    EXPECT_NE(client.result(), QDialog::Accepted);
    EXPECT_FALSE(client.errors()->messageAt(s("hourlyRate")).isEmpty());
    EXPECT_TRUE(client.findChild<QTabWidget *>()->currentWidget()->isAncestorOf(client.rateEdit()));
    retype(child(settings, "hourlyRate"), s("thirty"));
    settings.accept();
    EXPECT_NE(settings.result(), QDialog::Accepted);
    EXPECT_FALSE(settings.errors()->messageAt(s("hourlyRate")).isEmpty());
    EXPECT_TRUE(
        settings.findChild<QTabWidget *>()->currentWidget()->isAncestorOf(child(settings, "hourlyRate")));
    EXPECT_EQ(fingerprint(ws().database()), before);
}

TEST_F(CountryFields, HintsShowTheDefaultsThatApplyAndItalianOptionsOnlyForItaly)
{
    setBusinessCountry("GB");
    BusinessDefaults d = ws().settings().businessDefaults().value();
    d.currency = *Currency::fromCode(u"GBP");
    d.hourlyRate = Money(3000, d.currency);
    ASSERT_TRUE(ws().settings().setBusinessDefaults(d).ok());
    BusinessProfile b = ws().business().get().value();
    b.taxProfileId = s("uk-vat");
    ASSERT_TRUE(ws().business().save(b).ok());
    Client own;
    own.name = s("Own Rate Ltd");
    own.currency = d.currency;
    own.hourlyRate = Money(4250, d.currency);
    const qint64 ownId = ws().clients().add(own).value().id;
    Client plain = own;
    plain.name = s("Default Rate Ltd");
    plain.hourlyRate.reset();
    const qint64 plainId = ws().clients().add(plain).value().id;
    ws().notify(Workspace::Clients);

    // An entry's rate hint is the chosen client's rate, or the business's default.
    EntryDialog entry(ws(), std::nullopt, clock.nowSecs() - 3600, window.get());
    entry.clientBox()->setCurrentIndex(entry.clientBox()->findData(ownId));
    EXPECT_EQ(entry.rateEdit()->placeholderText(), s("42.50"));
    entry.clientBox()->setCurrentIndex(entry.clientBox()->findData(plainId));
    EXPECT_EQ(entry.rateEdit()->placeholderText(), s("30.00"));

    // A service's tax hint is the business's rate: 20 % for UK VAT, 22 % for Italian IVA.
    {
        ServiceDialog service(ws(), std::nullopt, window.get());
        EXPECT_TRUE(service.taxEdit()->placeholderText().startsWith(s("20")))
            << service.taxEdit()->placeholderText().toStdString();
    }

    // Withholding is Italian: not offered to a British business's clients...
    {
        ClientDialog client(ws(), std::nullopt, window.get());
        client.show();
        EXPECT_FALSE(inSight(child<QCheckBox>(client, "withholding")));
    }
    // ...but to an Italian business's, with its rate in the service hint.
    setBusinessCountry("IT");
    b = ws().business().get().value();
    b.taxProfileId = s("it-ordinario");
    ASSERT_TRUE(ws().business().save(b).ok());
    {
        ClientDialog client(ws(), std::nullopt, window.get());
        client.show();
        EXPECT_TRUE(inSight(child<QCheckBox>(client, "withholding")));
        ServiceDialog service(ws(), std::nullopt, window.get());
        EXPECT_TRUE(service.taxEdit()->placeholderText().startsWith(s("22")));
    }
}
