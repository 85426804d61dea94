// Issuing from the desktop app where the law asks for more: an Italian invoice whose client lacks an
// address opens the client at that field and issues once it is filled in; an invoice in dollars asks
// for the exchange rate, proposing the last one used.

#include "clientdialog.h"
#include "fielderrors.h"
#include "filedialogs.h"
#include "invoiceactions.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "settingsdialog.h"
#include "workspace.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testdatabase.h"
#include "testfiles.h"
#include "uitest.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTimer>

#include <functional>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;
using namespace minuta::ui;

namespace {

const Currency EUR = *Currency::fromCode(u"EUR");
const Currency USD = *Currency::fromCode(u"USD");

// Runs `act` on the next modal dialog of type T once it shows, then lets the caller's exec() return.
template<typename T> void onNextDialog(std::function<void(T *)> act, bool *seen)
{
    QTimer::singleShot(20, [act, seen] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            *seen = true;
            act(dialog);
        } else {
            onNextDialog<T>(act, seen);
        }
    });
}

class Issuing : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        MessageBox::answerAutomatically(QMessageBox::Yes);
        MessageBox::takeShownMessages();
        clock.setLocal(2026, 12, 1, 10, 0);
        window = std::make_unique<MainWindow>(clock);
        ASSERT_TRUE(window->openDatabase(dir.file(QStringLiteral("issuing.sqlite"))));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        BusinessProfile b = italianBusiness(*ws().business().get());
        b.contributionRate = TaxRate(); // no contribution: one hour at 30.00 bills 30.00
        ASSERT_TRUE(ws().business().save(b).ok());
    }

    void TearDown() override { MessageBox::answerAutomatically(QMessageBox::Ok); }

    Workspace &ws() { return *window->workspace(); }

    // A draft of one hour at 30.00 of the client's currency.
    qint64 draftFor(Client c)
    {
        c.hourlyRate = Money(3000, c.currency);
        const qint64 id = ws().clients().add(c).value().id;
        TimeEntry e;
        e.clientId = id;
        e.start = QDateTime(QDate(2026, 11, 2), QTime(9, 0), clock.timeZone()).toSecsSinceEpoch();
        e.end = e.start + 3600;
        EXPECT_TRUE(ws().entries().add(e).ok());
        InvoiceRepository::DraftRequest r;
        r.clientId = id;
        return ws().invoices().createDraft(r).value().invoice.id;
    }

    TestClock clock;
    TempDir dir;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(Issuing, AMissingAddressOpensTheClientThereAndIssuesOnceFilledIn)
{
    Client c;
    c.name = QStringLiteral("Studio Verdi");
    c.vatId = QStringLiteral("IT00743110157");
    c.currency = EUR;
    const qint64 id = draftFor(c);

    // The client has no street, postcode or city: the check before issuing lists all three, and
    // "Edit Client…" opens the client with each message under its own field.
    bool seen = false;
    QMap<QString, QString> shown;
    onNextDialog<ClientDialog>(
        [&](ClientDialog *dialog) {
            for (const char *f : {"address", "postcode", "city"})
                shown[QLatin1String(f)] = dialog->errors()->messageAt(QLatin1String(f));
            auto *address = dialog->findChild<QPlainTextEdit *>(QStringLiteral("address"));
            auto *postcode = dialog->findChild<QLineEdit *>(QStringLiteral("postcode"));
            auto *city = dialog->findChild<QLineEdit *>(QStringLiteral("city"));
            ASSERT_TRUE(address && postcode && city);
            EXPECT_TRUE(address->isVisibleTo(dialog));
            EXPECT_TRUE(postcode->isVisibleTo(dialog));
            address->setPlainText(QStringLiteral("Via Roma 1"));
            postcode->setText(QStringLiteral("20121"));
            city->setText(QStringLiteral("Milano"));
            dialog->accept();
        },
        &seen);
    MessageBox::answerAutomatically(QMessageBox::Yes);
    const QString result = InvoiceActions::issue(window.get(), ws(), id);
    EXPECT_TRUE(seen) << "the client dialog opened";
    EXPECT_TRUE(shown.value(QStringLiteral("address")).contains(QStringLiteral("street")))
        << shown.value(QStringLiteral("address")).toStdString();
    EXPECT_TRUE(shown.value(QStringLiteral("postcode")).contains(QStringLiteral("postcode")))
        << shown.value(QStringLiteral("postcode")).toStdString();
    EXPECT_TRUE(shown.value(QStringLiteral("city")).contains(QStringLiteral("city")))
        << shown.value(QStringLiteral("city")).toStdString();
    EXPECT_EQ(result, QStringLiteral("Issued invoice 2026/001."));
    const auto issued = ws().invoices().get(id);
    EXPECT_EQ(issued->parties.client.address, QStringLiteral("Via Roma 1"));
    EXPECT_EQ(issued->parties.client.postcode, QStringLiteral("20121"));
    EXPECT_EQ(issued->parties.client.city, QStringLiteral("Milano"));
}

TEST_F(Issuing, CancellingTheCheckIssuesNothingAndChangesNothing)
{
    Client c;
    c.name = QStringLiteral("Studio Verdi");
    c.vatId = QStringLiteral("IT00743110157");
    c.currency = EUR;
    const qint64 id = draftFor(c);
    const QString before = fingerprint(ws().database());

    MessageBox::answerAutomatically(QMessageBox::Cancel);
    EXPECT_TRUE(InvoiceActions::issue(window.get(), ws(), id).isEmpty());
    EXPECT_EQ(ws().invoices().get(id)->status, InvoiceStatus::Draft);
    EXPECT_EQ(fingerprint(ws().database()), before);
}

TEST_F(Issuing, AMissingBusinessPostcodeOpensTheSettingsThere)
{
    BusinessProfile b = *ws().business().get();
    b.postcode.clear();
    ASSERT_TRUE(ws().business().save(b).ok());
    const qint64 id = draftFor(italianClient(QStringLiteral("Studio Verdi"))); // address in parts

    bool seen = false;
    QString shown;
    onNextDialog<SettingsDialog>(
        [&](SettingsDialog *dialog) {
            shown = dialog->errors()->messageAt(QStringLiteral("postcode"));
            auto *postcode = dialog->findChild<QLineEdit *>(QStringLiteral("postcode"));
            ASSERT_TRUE(postcode);
            EXPECT_TRUE(postcode->isVisibleTo(dialog)) << "the tab holding the postcode is raised";
            postcode->setText(QStringLiteral("40126"));
            dialog->accept();
            MessageBox::answerAutomatically(QMessageBox::Yes); // to "Issue the invoice?"
        },
        &seen);
    MessageBox::answerAutomatically(QMessageBox::Open);
    EXPECT_EQ(InvoiceActions::issue(window.get(), ws(), id), QStringLiteral("Issued invoice 2026/001."));
    EXPECT_TRUE(seen) << "the settings opened";
    EXPECT_FALSE(shown.isEmpty());
    EXPECT_EQ(ws().invoices().get(id)->parties.business.postcode, QStringLiteral("40126"));
}

TEST_F(Issuing, AnIssuedItalianInvoiceExportsItsElectronicInvoiceUnderTheStandardName)
{
    const qint64 id = draftFor(italianClient(QStringLiteral("Studio Verdi"))); // address in parts
    ASSERT_EQ(InvoiceActions::issue(window.get(), ws(), id), QStringLiteral("Issued invoice 2026/001."));

    const QString folder = dir.file(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QString proposed;
    FileDialogs::answerAutomatically([&](const QString &suggested) -> QString {
        proposed = QFileInfo(suggested).fileName();
        return folder + QLatin1Char('/') + proposed;
    });
    const QString said = InvoiceActions::exportEInvoice(window.get(), ws(), id);
    FileDialogs::answerAutomatically({});
    // IT, the business's VAT number without its country, the first progressive.
    const QString name = QStringLiteral("IT01234567897_00001.xml");
    EXPECT_EQ(proposed, name);
    EXPECT_TRUE(said.startsWith(QStringLiteral("Saved "))) << said.toStdString();
    QFile xml(folder + QLatin1Char('/') + name);
    ASSERT_TRUE(xml.open(QIODevice::ReadOnly));
    EXPECT_TRUE(xml.readAll().contains("<ProgressivoInvio>00001</ProgressivoInvio>"));

    // The list says when it was exported.
    const auto listed = ws().invoices().list({});
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1);
    EXPECT_TRUE(listed->first().einvoiceExported.has_value());
}

TEST_F(Issuing, AnInvoiceInDollarsAsksForTheExchangeRateAndProposesTheLastOne)
{
    Client c;
    c.name = QStringLiteral("Acme Inc");
    c.country = QStringLiteral("US");
    c.address = QStringLiteral("1 Main Street");
    c.postcode = QStringLiteral("02108");
    c.city = QStringLiteral("Boston");
    c.state = QStringLiteral("MA");
    c.currency = USD;
    const qint64 first = draftFor(c);

    // Cancelling the rate's question issues nothing.
    bool seen = false;
    onNextDialog<QInputDialog>([](QInputDialog *dialog) { dialog->reject(); }, &seen);
    EXPECT_TRUE(InvoiceActions::issue(window.get(), ws(), first).isEmpty());
    EXPECT_TRUE(seen);
    EXPECT_EQ(ws().invoices().get(first)->status, InvoiceStatus::Draft);

    QString proposed = QStringLiteral("not asked");
    onNextDialog<QInputDialog>(
        [&](QInputDialog *dialog) {
            proposed = dialog->textValue();
            dialog->setTextValue(QStringLiteral("1.0823"));
            dialog->accept();
        },
        &seen);
    // A foreign private client without a tax id is allowed, and said.
    EXPECT_EQ(InvoiceActions::issue(window.get(), ws(), first),
              QStringLiteral("Issued invoice 2026/001. Acme Inc has no VAT number or fiscal code."));
    EXPECT_TRUE(proposed.isEmpty()) << "nothing to propose yet";
    const Invoice issued = *ws().invoices().get(first);
    EXPECT_EQ(issued.exchangeRate, 1'082'300);
    ASSERT_TRUE(issued.totals.euro.has_value());
    // 30.00 USD at 22 %: base 30/1.0823 = 27.718… → 27.72 EUR.
    EXPECT_EQ(issued.totals.euro->taxes[0].base, Money(2772, EUR));

    // The next one proposes 1.0823.
    TimeEntry e;
    e.clientId = issued.clientId;
    e.start = QDateTime(QDate(2026, 11, 3), QTime(9, 0), clock.timeZone()).toSecsSinceEpoch();
    e.end = e.start + 3600;
    ASSERT_TRUE(ws().entries().add(e).ok());
    InvoiceRepository::DraftRequest r;
    r.clientId = issued.clientId;
    const qint64 second = ws().invoices().createDraft(r).value().invoice.id;
    onNextDialog<QInputDialog>(
        [&](QInputDialog *dialog) {
            proposed = dialog->textValue();
            dialog->accept();
        },
        &seen);
    EXPECT_TRUE(InvoiceActions::issue(window.get(), ws(), second)
                    .startsWith(QStringLiteral("Issued invoice 2026/002.")));
    EXPECT_EQ(proposed, QStringLiteral("1.0823"));
}
