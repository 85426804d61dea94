// The first run: a new file asks who the business is, one step at a time, starting from the
// country, which sets the currency, the tax profile and the invoices' language. It can be put off,
// is asked once, and never asked of a file already in use.

#include "clientdialog.h"
#include "fielderrors.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "settingsdialog.h"
#include "workspace.h"

#include "business/business.h"
#include "business/settings.h"
#include "clients/clientrepository.h"
#include "storage/database.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testdatabase.h"
#include "testfiles.h"
#include "uitest.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;
using namespace minuta::ui;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

template<typename W = QLineEdit> W *child(const QWidget *dialog, const char *name)
{
    auto *w = dialog->findChild<W *>(s(name));
    EXPECT_TRUE(w) << name;
    return w;
}

class Setup : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        MainWindow::offerSetupOnNewFiles(true);
        MessageBox::answerAutomatically(QMessageBox::Ok);
        clock.setLocal(2026, 11, 2, 9, 0);
        path = dir.file(s("new.sqlite"));
    }

    void TearDown() override { MainWindow::offerSetupOnNewFiles(false); }

    // Opens the file in a new window and says whether no setup, nor any dialog, opened over it.
    bool openStraightToWork()
    {
        window = std::make_unique<MainWindow>(clock);
        EXPECT_TRUE(window->openDatabase(path));
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        for (int i = 0; i < 10; ++i) {
            QTest::qWait(20);
            if (QApplication::activeModalWidget())
                return false;
        }
        return true;
    }

    // Opens the file in a new window; `handle` answers the setup, which must open.
    bool open(std::function<void(SettingsDialog *)> handle)
    {
        bool shown = false;
        if (handle)
            whenDialogOpens<SettingsDialog>([&, handle](SettingsDialog *dialog) {
                shown = true;
                handle(dialog);
            });
        window = std::make_unique<MainWindow>(clock);
        EXPECT_TRUE(window->openDatabase(path));
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        for (int i = 0; i < 50 && handle && !shown; ++i)
            QTest::qWait(20);
        settle();
        return shown;
    }

    Workspace &ws() { return *window->workspace(); }

    TestClock clock;
    TempDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
};

void choose(QComboBox *box, const char *code)
{
    const int index = box->findData(s(code));
    ASSERT_GE(index, 0) << code;
    box->setCurrentIndex(index);
}

} // namespace

TEST_F(Setup, ANewFileIsSetUpStepByStepFromItsCountry)
{
    QString preset;
    QStringList steps;
    const bool shown = open([&](SettingsDialog *d) {
        EXPECT_EQ(d->windowTitle(), s("Set Up Minuta"));
        EXPECT_EQ(d->step(), 0);
        choose(d->setupCountryBox(), "IT");
        preset = child<QLabel>(d, "setupPreset")->text();
        const auto next = [&] {
            steps << child<QLabel>(d, "setupStep")->text();
            QTest::mouseClick(child<QPushButton>(d, "setupNext"), Qt::LeftButton);
        };
        next();
        // The business.
        EXPECT_EQ(child<QComboBox>(d, "country")->currentData().toString(), s("IT"));
        QTest::keyClicks(child(d, "name"), s("Giulia Rossi"));
        child<QPlainTextEdit>(d, "address")->setPlainText(s("Via Zamboni 12"));
        QTest::keyClicks(child(d, "postcode"), s("40126"));
        QTest::keyClicks(child(d, "city"), s("Bologna"));
        QTest::keyClicks(child(d, "state"), s("BO"));
        QTest::keyClicks(child(d, "vatId"), s("IT01234567897"));
        EXPECT_TRUE(child(d, "fiscalCode")->isVisible()) << "an Italian business has a fiscal code";
        next();
        // How clients pay: an Italian bank account.
        EXPECT_TRUE(child(d, "iban")->isVisible());
        EXPECT_FALSE(child(d, "sortCode")->isVisible());
        QTest::keyClicks(child(d, "iban"), s("IT60X0542811101000000123456"));
        next();
        // Taxes: the ordinary Italian scheme, which the user may change.
        EXPECT_EQ(child<QComboBox>(d, "taxProfile")->currentData().toString(), s("it-ordinario"));
        next();
        // The defaults of new clients: euros, invoices in Italian, a rate.
        EXPECT_EQ(child<QComboBox>(d, "currency")->currentData().toString(), s("EUR"));
        EXPECT_EQ(child<QComboBox>(d, "language")->currentData().toString(), s("it"));
        QTest::keyClicks(child(d, "hourlyRate"), s("30"));
        next();
        steps << child<QLabel>(d, "setupStep")->text();
        EXPECT_FALSE(child<QPushButton>(d, "setupNext")->isVisible()) << "the last step";
        QTest::mouseClick(child<QPushButton>(d, "setupFinish"), Qt::LeftButton);
        EXPECT_EQ(d->result(), QDialog::Accepted) << d->errorLabel()->text().toStdString();
    });
    ASSERT_TRUE(shown) << "a new file offers the setup";
    EXPECT_TRUE(preset.contains(s("EUR"))) << preset.toStdString();
    EXPECT_TRUE(preset.contains(s("Italian"))) << preset.toStdString();
    ASSERT_EQ(steps.size(), 6);
    EXPECT_EQ(steps.first(), s("Step 1 of 6: Welcome"));
    EXPECT_EQ(steps.last(), s("Step 6 of 6: Time & Language"));

    const BusinessProfile b = ws().business().get().value();
    EXPECT_EQ(b.name, s("Giulia Rossi"));
    EXPECT_EQ(b.country, s("IT"));
    EXPECT_EQ(b.postcode, s("40126"));
    EXPECT_EQ(b.state, s("BO"));
    EXPECT_EQ(b.iban, s("IT60X0542811101000000123456"));
    EXPECT_EQ(b.taxProfileId, s("it-ordinario"));
    const BusinessDefaults defaults = ws().settings().businessDefaults().value();
    EXPECT_EQ(defaults.currency.code(), s("EUR"));
    EXPECT_EQ(defaults.invoiceLanguage, s("it"));
    ASSERT_TRUE(defaults.hourlyRate);
    EXPECT_EQ(defaults.hourlyRate->minorUnits(), 3000);

    // A new client is Italian too, so the Italian fields are there.
    {
        ClientDialog client(ws(), std::nullopt, window.get());
        client.show();
        EXPECT_EQ(child<QComboBox>(&client, "country")->currentData().toString(), s("IT"));
        EXPECT_TRUE(child(&client, "recipientCode")->isVisible());
    }

    // Asked once: opened again, the file goes straight to work.
    window.reset();
    EXPECT_TRUE(openStraightToWork());
}

TEST_F(Setup, PutOffItChangesNothingButIsNotAskedAgain)
{
    const bool shown = open(
        [](SettingsDialog *d) { QTest::mouseClick(child<QPushButton>(d, "setupLater"), Qt::LeftButton); });
    ASSERT_TRUE(shown);
    EXPECT_EQ(ws().business().get()->name, QString());
    EXPECT_FALSE(*ws().settings().wantsSetup());
    window.reset();
    EXPECT_TRUE(openStraightToWork());
}

TEST_F(Setup, AMistakeIsShownAtItsFieldOnItsStepAndNothingIsSaved)
{
    const bool shown = open([&](SettingsDialog *d) {
        choose(d->setupCountryBox(), "IT");
        QTest::mouseClick(child<QPushButton>(d, "setupNext"), Qt::LeftButton);
        QTest::keyClicks(child(d, "name"), s("Giulia Rossi"));
        QTest::keyClicks(child(d, "vatId"), s("IT01234567890")); // a wrong check digit
        while (child<QPushButton>(d, "setupNext")->isVisible())
            QTest::mouseClick(child<QPushButton>(d, "setupNext"), Qt::LeftButton);
        const QString before = fingerprint(ws().database());
        QTest::mouseClick(child<QPushButton>(d, "setupFinish"), Qt::LeftButton);
        EXPECT_NE(d->result(), QDialog::Accepted);
        EXPECT_EQ(d->step(), 1) << "back on the business's step";
        EXPECT_FALSE(d->errors()->messageAt(s("vatId")).isEmpty());
        EXPECT_EQ(fingerprint(ws().database()), before);
        d->reject();
    });
    ASSERT_TRUE(shown);
    EXPECT_EQ(ws().business().get()->name, QString());
}

TEST_F(Setup, AFileInUseIsNeverAskedAndAnotherCountryGetsItsOwnPreset)
{
    // A British business, set up through the same steps.
    const bool shown = open([&](SettingsDialog *d) {
        choose(d->setupCountryBox(), "GB");
        QTest::mouseClick(child<QPushButton>(d, "setupNext"), Qt::LeftButton);
        QTest::keyClicks(child(d, "name"), s("Priya Shah"));
        QTest::mouseClick(child<QPushButton>(d, "setupNext"), Qt::LeftButton);
        EXPECT_TRUE(child(d, "sortCode")->isVisible());
        EXPECT_FALSE(child(d, "fiscalCode")->isVisible());
        while (child<QPushButton>(d, "setupNext")->isVisible())
            QTest::mouseClick(child<QPushButton>(d, "setupNext"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(d, "setupFinish"), Qt::LeftButton);
    });
    ASSERT_TRUE(shown);
    EXPECT_EQ(ws().business().get()->taxProfileId, s("uk-vat"));
    EXPECT_EQ(ws().settings().businessDefaults()->currency.code(), s("GBP"));
    EXPECT_EQ(ws().settings().businessDefaults()->invoiceLanguage, s("en"));

    // A file with work in it, from before the setup existed: straight to work.
    window.reset();
    path = dir.file(s("used.sqlite"));
    {
        auto used = Database::open(path);
        ASSERT_TRUE(used.ok());
        Client c;
        c.name = s("ACME Srl");
        c.currency = *Currency::fromCode(u"EUR");
        ASSERT_TRUE(ClientRepository(**used, clock).add(c).ok());
    }
    EXPECT_TRUE(openStraightToWork());
}

TEST(InterfaceLanguage, TheLanguageChosenInSettingsIsTheProgramsFromItsNextStart)
{
    // The program's own settings in a folder of the test's, as a user's home would hold them.
    TempDir home;
    const QString config = home.file(s("config"));
    QSettings chosen(config + s("/Minuta/Minuta.conf"), QSettings::IniFormat);
    chosen.setValue(s("ui/language"), s("it"));
    chosen.sync();

    const auto help = [&](const QString &systemLanguage) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("XDG_CONFIG_HOME"), config);
        env.insert(s("QT_QPA_PLATFORM"), s("offscreen"));
        env.insert(s("LANG"), systemLanguage);
        env.insert(s("LC_ALL"), systemLanguage);
        env.remove(s("LANGUAGE"));
        p.setProcessEnvironment(env);
        p.start(s(MINUTA_APP_PATH), {s("--help")});
        EXPECT_TRUE(p.waitForFinished(30000));
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    // An English system, Italian chosen: the program speaks Italian.
    EXPECT_TRUE(help(s("C.UTF-8")).contains(s("Apre il file di Minuta"))) << help(s("C.UTF-8")).toStdString();
    // Back to the system's language.
    chosen.setValue(s("ui/language"), QString());
    chosen.sync();
    EXPECT_TRUE(help(s("C.UTF-8")).contains(s("Open the Minuta file")));
}
