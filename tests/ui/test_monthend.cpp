// Month end as an assistant does it: New Invoice starts on the client in front of her, the client
// picker says what each client has not been billed for, "Invoice All Clients" makes one draft per
// client with unbilled work and lists them for review, and the client page counts work held by a
// draft as drafted, not billed.

#include "batchinvoicedialog.h"
#include "clientspage.h"
#include "invoicelistmodel.h"
#include "invoicespage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "newinvoicedialog.h"
#include "timeentrymodel.h"
#include "timelogpage.h"
#include "timerbar.h"
#include "workspace.h"

#include "business/settings.h"
#include "invoicing/invoicerepository.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testfiles.h"
#include "uitest.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;
using namespace minuta::ui;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class MonthEnd : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        MessageBox::answerAutomatically(QMessageBox::Yes);
        clock.setLocal(2026, 12, 2, 9, 0);
        window = std::make_unique<MainWindow>(clock);
        ASSERT_TRUE(window->openDatabase(dir.file(s("monthend.sqlite"))));
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));

        // No tax (the new file's profile); €25.00 an hour by default.
        Settings settings(ws().database());
        BusinessDefaults defaults = *settings.businessDefaults();
        defaults.currency = eur;
        defaults.hourlyRate = Money(2500, eur);
        ASSERT_TRUE(settings.setBusinessDefaults(defaults).ok());
        acme = addClient(s("ACME Srl"), Money(4000, eur)); // €40.00 an hour
        bianchi = addClient(s("Bianchi Snc"), std::nullopt);
        verdi = addClient(s("Studio Verdi"), std::nullopt);
        log(acme, 10, 90);  // November: 1.5 h × €40 = €60.00
        log(verdi, 12, 60); // 1 h × €25 = €25.00; Bianchi has nothing
        ws().notify(Workspace::Clients | Workspace::Entries | Workspace::Settings);
        settle();
    }

    void TearDown() override { MessageBox::answerAutomatically(QMessageBox::Ok); }

    Workspace &ws() { return *window->workspace(); }
    QString money(qint64 cents) { return Money(cents, eur).format(ws().locale()); }

    qint64 addClient(const QString &name, std::optional<Money> rate)
    {
        Client c;
        c.name = name;
        c.currency = eur;
        c.hourlyRate = rate;
        return ws().clients().add(c).value().id;
    }

    void log(qint64 client, int day, int minutes)
    {
        TimeEntry e;
        e.clientId = client;
        e.start = QDateTime(QDate(2026, 11, day), QTime(9, 0), clock.timeZone()).toSecsSinceEpoch();
        e.end = e.start + minutes * 60;
        ASSERT_TRUE(ws().entries().add(e).ok());
    }

    // The client New Invoice (Ctrl+I) starts on, and the picker's texts.
    qint64 newInvoiceStartsOn(QStringList *texts = nullptr)
    {
        qint64 chosen = -1;
        whenDialogOpens<NewInvoiceDialog>([&](NewInvoiceDialog *dialog) {
            chosen = dialog->clientBox()->currentData().toLongLong();
            if (texts)
                for (int i = 0; i < dialog->clientBox()->count(); ++i)
                    *texts << dialog->clientBox()->itemText(i);
            dialog->reject();
        });
        for (QAction *action : window->findChildren<QAction *>())
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I)) {
                action->trigger();
                break;
            }
        settle();
        return chosen;
    }

    const Currency eur = *Currency::fromCode(u"EUR");
    TestClock clock;
    TempDir dir;
    std::unique_ptr<MainWindow> window;
    qint64 acme = 0;
    qint64 bianchi = 0;
    qint64 verdi = 0;
};

} // namespace

TEST_F(MonthEnd, NewInvoiceStartsOnTheClientInFrontOfTheUserAndShowsWhatIsUnbilled)
{
    // Nothing chosen anywhere: the first client with work to bill, ACME; the picker gives each
    // client's unbilled amount, and nothing for Bianchi.
    window->showSection(MainWindow::Section::Invoices);
    QStringList texts;
    EXPECT_EQ(newInvoiceStartsOn(&texts), acme);
    EXPECT_EQ(texts, (QStringList{s("ACME Srl — %1 not billed").arg(money(6000)), s("Bianchi Snc"),
                                  s("Studio Verdi — %1 not billed").arg(money(2500))}));

    // The client selected in Clients.
    window->showSection(MainWindow::Section::Clients);
    window->clientsPage()->selectClient(verdi);
    settle();
    EXPECT_EQ(newInvoiceStartsOn(), verdi);

    // The entry selected in the time log.
    window->showSection(MainWindow::Section::TimeLog);
    TimeLogPage *log = window->timeLogPage();
    log->setCustomRange(QDate(2026, 11, 1), QDate(2026, 11, 30));
    settle();
    const int row = log->model()->indexOfEntry(log->model()->loadedEntries().last().id).row();
    ASSERT_EQ(log->model()->entryAt(row)->clientId, acme);
    log->view()->selectRow(row);
    EXPECT_EQ(newInvoiceStartsOn(), acme);

    // The client the timer runs for, when the section shown chooses none.
    window->showSection(MainWindow::Section::Reports);
    TimerBar *bar = window->timerBar();
    bar->clientBox()->setCurrentIndex(bar->clientBox()->findData(bianchi));
    window->timerAction()->trigger();
    settle();
    ASSERT_TRUE(bar->running());
    EXPECT_EQ(newInvoiceStartsOn(), bianchi);
}

TEST_F(MonthEnd, InvoiceAllClientsMakesOneDraftPerClientListedForReview)
{
    window->showSection(MainWindow::Section::Invoices);
    QStringList previewed, made;
    QString previewSummary, madeSummary;
    whenDialogOpens<BatchInvoiceDialog>([&](BatchInvoiceDialog *dialog) {
        EXPECT_EQ(dialog->fromEdit()->date(), QDate(2026, 11, 1)) << "last month first";
        EXPECT_EQ(dialog->toEdit()->date(), QDate(2026, 11, 30));
        QTreeWidget *list = dialog->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            previewed << list->topLevelItem(i)->text(BatchInvoiceDialog::ClientColumn) + QLatin1Char(' ')
                             + list->topLevelItem(i)->text(BatchInvoiceDialog::AmountColumn);
        previewSummary = dialog->summaryText();
        QTest::mouseClick(dialog->makeButton(), Qt::LeftButton);
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            made << list->topLevelItem(i)->text(BatchInvoiceDialog::ClientColumn) + QLatin1Char(' ')
                        + list->topLevelItem(i)->text(BatchInvoiceDialog::ResultColumn);
        madeSummary = dialog->summaryText();
        EXPECT_FALSE(dialog->makeButton()->isEnabled()) << "made once";
        dialog->reject();
    });
    window->invoicesPage()->invoiceAllAction()->trigger();
    settle();
    // €60.00 + €25.00 = €85.00, no tax on this business.
    EXPECT_EQ(previewed, (QStringList{s("ACME Srl ") + money(6000), s("Studio Verdi ") + money(2500)}));
    EXPECT_EQ(previewSummary, s("2 clients to invoice, %1 in all.").arg(money(8500)));
    EXPECT_EQ(made, (QStringList{s("ACME Srl Draft made, 1 line"), s("Studio Verdi Draft made, 1 line")}));
    EXPECT_EQ(madeSummary, s("2 drafts made. Double-click one to review it."));

    // The invoice list shows the drafts to review.
    InvoiceListModel *invoices = window->invoicesPage()->model();
    settle();
    ASSERT_EQ(invoices->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        EXPECT_EQ(invoices->invoiceAt(row)->status, InvoiceStatus::Draft);

    // The client page: ACME's work is on a draft, neither unbilled nor billed.
    window->showSection(MainWindow::Section::Clients);
    window->clientsPage()->selectClient(acme);
    settle();
    const QString details = window->clientsPage()->detailsText();
    EXPECT_TRUE(details.contains(s("Nothing beyond the drafts."))) << details.toStdString();
    EXPECT_FALSE(details.contains(s("every piece of work is billed"))) << details.toStdString();
    EXPECT_TRUE(details.contains(s("%1 on 1 draft not issued yet").arg(money(6000))))
        << details.toStdString();

    // Again: every client's work is held by a draft, so there is nothing left to make.
    window->showSection(MainWindow::Section::Invoices);
    whenDialogOpens<BatchInvoiceDialog>([&](BatchInvoiceDialog *dialog) {
        EXPECT_EQ(dialog->list()->topLevelItemCount(), 0);
        EXPECT_FALSE(dialog->makeButton()->isEnabled());
        EXPECT_EQ(dialog->summaryText(), s("No client has unbilled work in this period."));
        dialog->reject();
    });
    window->invoicesPage()->invoiceAllAction()->trigger();
    settle();
}
