// Prepaid packs on the client page: each pack in use with a bar of what is used and what is left,
// what packs cover taken off what is still to bill, and Sell a Pack…, which refuses a pack that covers
// nothing (changing nothing) and puts a sold pack's line on the client's draft.

#include "clientspage.h"
#include "fielderrors.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "packdialog.h"
#include "recurringdialog.h"
#include "reportmodels.h"
#include "reportspage.h"
#include "workspace.h"

#include "business/settings.h"
#include "invoicing/packrepository.h"
#include "invoicing/recurring.h"

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

TEST_F(PacksPage, ARecurringFeeIsAddedChangedAndDeletedFromTheClientPage)
{
    ClientsPage *page = window->clientsPage();
    auto *none = page->findChild<QLabel *>(s("clientNoFees"));
    ASSERT_NE(none, nullptr);
    EXPECT_TRUE(none->isVisible());

    // A fee without a description is refused at its field; the file is as it was.
    const QString before = fingerprint(ws().database());
    whenDialogOpens<RecurringDialog>([&](RecurringDialog *dialog) {
        dialog->findChild<QLineEdit *>(s("price"))->setText(s("200"));
        dialog->accept();
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_FALSE(dialog->errors()->messageAt(s("description")).isEmpty());
        dialog->reject();
    });
    page->findChild<QPushButton *>(s("clientAddFee"))->click();
    settle();
    EXPECT_EQ(fingerprint(ws().database()), before);

    // €200.00 a month from 1 Oct, added on 2 Dec: October, November and December go on a new draft
    // at once, €200.00 each; the next period is January's.
    whenDialogOpens<RecurringDialog>([&](RecurringDialog *dialog) {
        dialog->findChild<QLineEdit *>(s("description"))->setText(s("Mailbox management"));
        dialog->findChild<QLineEdit *>(s("price"))->setText(s("200"));
        dialog->findChild<QDateEdit *>(s("from"))->setDate(QDate(2026, 10, 1));
        EXPECT_TRUE(dialog->findChild<QLabel *>(s("recurringNext"))->text().contains(s("to today")));
        dialog->accept();
    });
    page->findChild<QPushButton *>(s("clientAddFee"))->click();
    settle();
    const QList<RecurringLine> fees = *ws().recurring().list(acme);
    ASSERT_EQ(fees.size(), 1);
    EXPECT_EQ(fees[0].unitPrice, Money(20000, EUR));
    EXPECT_EQ(fees[0].billedThrough, QDate(2026, 12, 1));
    const QList<InvoiceSummary> drafts = *ws().invoices().list({});
    ASSERT_EQ(drafts.size(), 1);
    const Invoice draft = *ws().invoices().get(drafts[0].id);
    ASSERT_EQ(draft.lines.size(), 3);
    for (const InvoiceLine &l : draft.lines)
        EXPECT_EQ(l.amount, Money(20000, EUR));
    EXPECT_FALSE(none->isVisible());
    auto *status = page->findChild<QLabel *>(s("feeStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(s("next on 1 Jan 2027"))) << status->text().toStdString();

    // €250.00 from the next period: the first day and the period, billed already, cannot change; the
    // three lines on the draft stay at €200.00.
    whenDialogOpens<RecurringDialog>([&](RecurringDialog *dialog) {
        EXPECT_EQ(dialog->findChild<QLineEdit *>(s("description"))->text(), s("Mailbox management"));
        EXPECT_FALSE(dialog->findChild<QDateEdit *>(s("from"))->isEnabled());
        dialog->findChild<QLineEdit *>(s("price"))->setText(s("250"));
        dialog->accept();
    });
    page->findChild<QPushButton *>(s("feeEdit"))->click();
    settle();
    EXPECT_EQ(ws().recurring().get(fees[0].id)->unitPrice, Money(25000, EUR));
    EXPECT_EQ(ws().invoices().get(draft.id)->totals.net, draft.totals.net);
    EXPECT_TRUE(page->findChild<QLabel *>(s("feeTitle"))->text().contains(s("250.00")));

    // The app left open into January bills January's period, at the new price, within a minute.
    clock.setLocal(2027, 1, 1, 0, 5);
    window->files()->addDue();
    settle();
    const Invoice january = *ws().invoices().get(draft.id);
    ASSERT_EQ(january.lines.size(), 4);
    EXPECT_EQ(january.lines.last().amount, Money(25000, EUR));
    EXPECT_TRUE(page->findChild<QLabel *>(s("feeStatus"))->text().contains(s("next on 1 Feb 2027")));

    // Deleted after a question: gone from the page; its lines stay on the draft.
    MessageBox::answerAutomatically(QMessageBox::Yes);
    page->findChild<QPushButton *>(s("feeDelete"))->click();
    settle();
    EXPECT_TRUE(ws().recurring().list(acme)->isEmpty());
    EXPECT_TRUE(none->isVisible());
    EXPECT_EQ(ws().invoices().get(draft.id)->lines.size(), 4);
}

TEST_F(PacksPage, TheReportsPacksTabShowsPacksSoldUsedAndLeftUnusedPerMonth)
{
    // 2 hours for €50.00, 1 Nov to 30 Nov; 10 hours for €280.00 from 1 Dec. The 2:30 of work on 1 Dec
    // draws the December pack (the November one has ended, 2:00 unused).
    Pack november;
    november.clientId = acme;
    november.minutes = 120;
    november.price = Money(5000, EUR);
    november.from = QDate(2026, 11, 1);
    november.until = QDate(2026, 11, 30);
    ASSERT_TRUE(ws().packs().add(november).ok());
    Pack december = november;
    december.minutes = 600;
    december.price = Money(28000, EUR);
    december.from = QDate(2026, 12, 1);
    december.until.reset();
    ASSERT_TRUE(ws().packs().add(december).ok());
    logWork();

    window->showSection(MainWindow::Section::Reports);
    ReportsPage *reports = window->reportsPage();
    reports->setPeriod(QDate(2026, 11, 1), QDate(2026, 12, 1));
    reports->showTab(ReportsPage::PacksTab);
    settle();
    const QList<PackMonth> rows = reports->packModel()->rows();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].sold, 1);
    EXPECT_EQ(rows[0].expired, 1);
    EXPECT_EQ(rows[0].unusedSeconds, 2 * 3600);
    EXPECT_EQ(rows[1].sold, 1);
    EXPECT_EQ(rows[1].usedSeconds, 150 * 60);
    // 2 packs, 12:00 h for €330.00 (50.00 + 280.00); 2:30 used; 1 ended with 2:00 unused.
    EXPECT_EQ(reports->packTotalsText(),
              s("2 packs sold, 12:00 h for 330.00€ · 2:30 h used · 1 ended, leaving 2:00 h unused"));
    EXPECT_EQ(reports->packModel()->csv(),
              QByteArray("month,sold,sold_hours,used_hours,ended,unused_hours,sold_value_EUR\r\n"
                         "2026-11,1,2:00,0:00,1,2:00,50.00\r\n"
                         "2026-12,1,10:00,2:30,0,0:00,280.00\r\n"));
}
