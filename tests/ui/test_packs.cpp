// Prepaid packs on the client page: each pack in use with a bar of what is used and what is left,
// what packs cover taken off what is still to bill, and Sell a Pack…, which refuses a pack that covers
// nothing (changing nothing) and puts a sold pack's line on the client's draft.

#include "clientspage.h"
#include "fielderrors.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "packdialog.h"
#include "workspace.h"

#include "business/settings.h"
#include "invoicing/packrepository.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testdatabase.h"
#include "testfiles.h"
#include "uitest.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;
using namespace minuta::ui;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const Currency EUR = *Currency::fromCode(u"EUR");

class PacksPage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        MessageBox::answerAutomatically(QMessageBox::Yes);
        clock.setLocal(2026, 12, 2, 9, 0);
        window = std::make_unique<MainWindow>(clock);
        ASSERT_TRUE(window->openDatabase(dir.file(s("packs.sqlite"))));
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        Workspace &ws = *window->workspace();
        BusinessDefaults d = *ws.settings().businessDefaults();
        d.currency = EUR;
        d.hourlyRate = Money(3000, EUR);
        ASSERT_TRUE(ws.settings().setBusinessDefaults(d).ok());
        Client c;
        c.name = s("Studio Verdi");
        c.currency = EUR;
        acme = ws.clients().add(c)->id;
        ws.notify(Workspace::Everything);
        settle();
        window->showSection(MainWindow::Section::Clients);
        window->clientsPage()->selectClient(acme);
        settle();
    }

    void TearDown() override { MessageBox::answerAutomatically(QMessageBox::Ok); }

    Workspace &ws() { return *window->workspace(); }

    // 2 h 30 min of work on 1 Dec, billed by the minute at €30.00/h: €75.00.
    void logWork()
    {
        TimeEntry e;
        e.clientId = acme;
        e.start = QDateTime(QDate(2026, 12, 1), QTime(9, 0), clock.timeZone()).toSecsSinceEpoch();
        e.end = e.start + 150 * 60;
        ASSERT_TRUE(ws().entries().add(e).ok());
        ws().notify(Workspace::Entries);
        settle();
    }

    TestClock clock;
    TempDir dir;
    std::unique_ptr<MainWindow> window;
    qint64 acme = 0;
};

} // namespace

TEST_F(PacksPage, SellingAPackShowsItWithWhatIsLeftAndTakesWhatItCoversOffWhatIsStillToBill)
{
    ClientsPage *page = window->clientsPage();
    logWork();
    EXPECT_TRUE(page->detailsText().contains(s("75.00"))) << page->detailsText().toStdString();
    auto *none = page->findChild<QLabel *>(s("clientNoPacks"));
    ASSERT_NE(none, nullptr);
    EXPECT_TRUE(none->isVisible());

    // A pack that covers nothing is refused at its time field; the file is as it was.
    const QString before = fingerprint(ws().database());
    whenDialogOpens<PackDialog>([&](PackDialog *dialog) {
        dialog->findChild<QLineEdit *>(s("price"))->setText(s("50"));
        dialog->accept();
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_FALSE(dialog->errors()->messageAt(s("minutes")).isEmpty());
        dialog->reject();
    });
    page->findChild<QPushButton *>(s("clientSellPack"))->click();
    settle();
    EXPECT_EQ(fingerprint(ws().database()), before);

    // 2 hours for €50.00 from 1 Dec: the 2:30 of work draws 2:00; 0:30 is still to bill, €15.00.
    whenDialogOpens<PackDialog>([&](PackDialog *dialog) {
        dialog->findChild<QSpinBox *>(s("hours"))->setValue(2);
        dialog->findChild<QLineEdit *>(s("price"))->setText(s("50"));
        dialog->findChild<QDateEdit *>(s("from"))->setDate(QDate(2026, 12, 1));
        dialog->accept();
    });
    page->findChild<QPushButton *>(s("clientSellPack"))->click();
    settle();
    const QList<PackState> sold = *ws().packs().list(acme);
    ASSERT_EQ(sold.size(), 1);
    EXPECT_EQ(sold[0].pack.minutes, 120);
    EXPECT_EQ(sold[0].pack.price, Money(5000, EUR));
    ASSERT_TRUE(sold[0].pack.saleInvoiceId) << "its sale is on a draft";
    EXPECT_EQ(ws().invoices().get(*sold[0].pack.saleInvoiceId)->lines.first().amount, Money(5000, EUR));

    EXPECT_FALSE(none->isVisible());
    auto *left = page->findChild<QLabel *>(s("packLeft"));
    ASSERT_NE(left, nullptr);
    EXPECT_EQ(left->text(), s("0:00 left of 2:00"));
    auto *bar = page->findChild<QProgressBar *>(s("packUsed"));
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(bar->value(), 1000);
    const QString details = page->detailsText();
    EXPECT_TRUE(details.contains(s("15.00"))) << details.toStdString();
    EXPECT_TRUE(page->findChild<QWidget *>(s("clientPacks"))
                    ->findChildren<QLabel *>()
                    .constLast()
                    ->text()
                    .contains(s("on a draft invoice")));
}

TEST_F(PacksPage, APackIsEditedWithUnitsOfTwoServicesAndClosedFromTheClientPage)
{
    ClientsPage *page = window->clientsPage();
    Service calls;
    calls.name = s("Call answering");
    calls.unit = s("call");
    calls.unitPrice = Money(150, EUR);
    const qint64 callsId = ws().services().add(calls)->id;
    Service pages;
    pages.name = s("Scanning");
    pages.unit = s("page");
    pages.unitPrice = Money(20, EUR);
    const qint64 pagesId = ws().services().add(pages)->id;

    // Sold: 100 calls and 500 pages, on two rows of services, for €150.00.
    whenDialogOpens<PackDialog>([&](PackDialog *dialog) {
        auto *service = dialog->findChild<QComboBox *>(s("service"));
        service->setCurrentIndex(service->findData(callsId));
        dialog->findChild<QLineEdit *>(s("quantity"))->setText(s("100"));
        dialog->findChild<QPushButton *>(s("addUnits"))->click();
        auto *second = dialog->findChild<QComboBox *>(s("service2"));
        ASSERT_NE(second, nullptr);
        second->setCurrentIndex(second->findData(pagesId));
        dialog->findChild<QLineEdit *>(s("quantity2"))->setText(s("500"));
        dialog->findChild<QLineEdit *>(s("price"))->setText(s("150"));
        dialog->findChild<QDateEdit *>(s("from"))->setDate(QDate(2026, 12, 1));
        dialog->accept();
    });
    page->findChild<QPushButton *>(s("clientSellPack"))->click();
    settle();
    QList<PackState> sold = *ws().packs().list(acme);
    ASSERT_EQ(sold.size(), 1);
    ASSERT_EQ(sold[0].pack.units.size(), 2);

    // Edited: 200 calls, the pages left out; the dialog opens with what the pack holds.
    whenDialogOpens<PackDialog>([&](PackDialog *dialog) {
        EXPECT_EQ(dialog->findChild<QLineEdit *>(s("price"))->text(), s("150.00"));
        ASSERT_NE(dialog->findChild<QComboBox *>(s("service2")), nullptr);
        dialog->findChild<QLineEdit *>(s("quantity"))->setText(s("200"));
        dialog->findChild<QComboBox *>(s("service2"))->setCurrentIndex(0);
        dialog->accept();
    });
    page->findChild<QPushButton *>(s("packEdit"))->click();
    settle();
    sold = *ws().packs().list(acme);
    ASSERT_EQ(sold.size(), 1);
    ASSERT_EQ(sold[0].pack.units.size(), 1);
    EXPECT_EQ(sold[0].pack.units[0].serviceId, callsId);
    EXPECT_EQ(sold[0].pack.units[0].quantity.milli(), 200000);
    // Its sale on the draft follows it.
    EXPECT_TRUE(
        ws().invoices().get(*sold[0].pack.saleInvoiceId)->lines.first().description.contains(s("200")));

    // Closed after a question: no longer in use, and gone from the page.
    MessageBox::answerAutomatically(QMessageBox::Yes);
    page->findChild<QPushButton *>(s("packClose"))->click();
    settle();
    MessageBox::answerAutomatically(QMessageBox::Ok);
    EXPECT_TRUE(ws().packs().list(acme)->isEmpty());
    EXPECT_EQ(ws().packs().list(acme, true)->first().status, packs::Status::Closed);
    EXPECT_TRUE(page->findChild<QLabel *>(s("clientNoPacks"))->isVisible());
}
