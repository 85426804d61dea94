// A cancelled invoice the client had paid, in the desktop app: the credit note's window says what is
// owed back and records a refund; a later invoice is paid out of what is left of the credit; the
// invoices page and the client's page show it.

#include "clientspage.h"
#include "invoiceactions.h"
#include "invoicedialog.h"
#include "invoicelistmodel.h"
#include "invoicespage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "workspace.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testdatabase.h"
#include "testfiles.h"
#include "uitest.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;
using namespace minuta::ui;

namespace {

const Currency EUR = *Currency::fromCode(u"EUR");

QLineEdit *amountEdit(QDialog *dialog)
{
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        if (edit->accessibleName() == QStringLiteral("Amount"))
            return edit;
    return nullptr;
}

void save(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
}

class RefundsUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        MessageBox::answerAutomatically(QMessageBox::Yes);
        MessageBox::takeShownMessages();
        clock.setLocal(2026, 12, 1, 10, 0);
        window = std::make_unique<MainWindow>(clock);
        ASSERT_TRUE(window->openDatabase(dir.file(QStringLiteral("refunds.sqlite"))));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));

        ASSERT_TRUE(ws().business().save(italianBusiness(*ws().business().get())).ok());
        Client c = italianClient(QStringLiteral("Studio Verdi"));
        c.hourlyRate = Money(3000, EUR);
        verdi = ws().clients().add(c).value();
        // 10h at €30/h = 300.00; contribution 12.00; VAT 22 % on 312.00 = 68.64; total and due 380.64.
        TimeEntry e;
        e.clientId = verdi.id;
        e.start = QDateTime(QDate(2026, 11, 2), QTime(9, 0), clock.timeZone()).toSecsSinceEpoch();
        e.end = e.start + 600 * 60;
        ASSERT_TRUE(ws().entries().add(e).ok());
    }

    void TearDown() override { MessageBox::answerAutomatically(QMessageBox::Ok); }

    Workspace &ws() { return *window->workspace(); }

    Invoice issue()
    {
        InvoiceRepository::DraftRequest r;
        r.clientId = verdi.id;
        auto draft = ws().invoices().createDraft(r);
        EXPECT_TRUE(draft.ok());
        auto issued = ws().invoices().issue(draft->invoice.id);
        EXPECT_TRUE(issued.ok()) << (issued.ok() ? "" : issued.error().message().toStdString());
        return issued.ok() ? *issued : Invoice();
    }

    TestClock clock;
    TempDir dir;
    std::unique_ptr<MainWindow> window;
    Client verdi;
};

} // namespace

TEST_F(RefundsUi, TheCreditNoteOwesThePaymentBackUntilRefundedOrUsed)
{
    const Invoice a = issue();
    ASSERT_EQ(a.totals.due, Money(38064, EUR));
    ASSERT_TRUE(ws().invoices().addPayment(a.id, QDate(2026, 12, 1), Money(20000, EUR)).ok());
    // Cancelled from the app; the question says the 200.00 paid stays owed back.
    const QString cancelled = InvoiceActions::cancel(window.get(), ws(), a.id);
    EXPECT_FALSE(cancelled.isEmpty());
    const QStringList asked = MessageBox::takeShownMessages();
    ASSERT_FALSE(asked.isEmpty());
    EXPECT_TRUE(asked.last().contains(QStringLiteral("owed back"))) << asked.last().toStdString();
    const qint64 cn = *ws().invoices().get(a.id)->creditNoteId;

    // The invoices page: the credit note's balance is −200.00 and a refund can be recorded.
    window->showSection(MainWindow::Section::Invoices);
    settle();
    InvoiceListModel *list = window->invoicesPage()->model();
    const QModelIndex row = list->indexOfInvoice(cn);
    ASSERT_TRUE(row.isValid());
    EXPECT_EQ(list->invoiceAt(row.row())->balance, Money(-20000, EUR));
    auto *view = window->invoicesPage()->findChild<QTableView *>(QStringLiteral("invoiceView"));
    ASSERT_TRUE(view);
    view->setCurrentIndex(list->indexOfInvoice(a.id));
    EXPECT_FALSE(window->invoicesPage()->refundAction()->isEnabled()) << "the cancelled invoice itself";
    view->setCurrentIndex(row);
    EXPECT_TRUE(window->invoicesPage()->refundAction()->isEnabled());
    EXPECT_TRUE(view->actions().contains(window->invoicesPage()->refundAction())) << "on the row's menu";

    // The credit note's window says what is owed back and records a refund of 50.00: 150.00 left.
    InvoiceDialog dialog(ws(), cn, window.get());
    EXPECT_TRUE(dialog.paymentsLabel()->text().contains(QStringLiteral("Owed back to the client")))
        << dialog.paymentsLabel()->text().toStdString();
    ASSERT_FALSE(dialog.refundButton()->isHidden());
    whenDialogOpens<QDialog>([&](QDialog *refund) {
        EXPECT_EQ(refund->objectName(), QStringLiteral("refundDialog"));
        QLineEdit *amount = amountEdit(refund);
        ASSERT_TRUE(amount);
        EXPECT_EQ(amount->text(), QStringLiteral("200.00")) << "proposes all that is owed back";
        // More than is owed back is refused in the dialog, which stays open.
        amount->setText(QStringLiteral("200.01"));
        save(refund);
        EXPECT_TRUE(refund->isVisible());
        amount->setText(QStringLiteral("50.00"));
        save(refund);
    });
    QTest::mouseClick(dialog.refundButton(), Qt::LeftButton);
    settle();
    EXPECT_EQ(ws().invoices().get(cn)->owedBack, Money(15000, EUR));
    EXPECT_TRUE(dialog.paymentsLabel()->text().contains(QStringLiteral("Refunded"))) << "reloaded";
    EXPECT_EQ(ws().reports().balances(verdi.id)->first().balance, Money(-15000, EUR));

    // The work billed again (380.64) is paid out of the 150.00 left, chosen in the payment dialog.
    const Invoice b = issue();
    whenDialogOpens<QDialog>([&](QDialog *payment) {
        auto *source = payment->findChild<QComboBox *>(QStringLiteral("paidWith"));
        ASSERT_TRUE(source);
        ASSERT_EQ(source->count(), 2) << "money received, or the credit note's credit";
        source->setCurrentIndex(1);
        EXPECT_EQ(amountEdit(payment)->text(), QStringLiteral("150.00")) << "the credit left";
        save(payment);
    });
    const QString paid = InvoiceActions::recordPayment(window.get(), ws(), b.id);
    EXPECT_FALSE(paid.isEmpty());
    // 380.64 − 150.00 = 230.64 still due; the credit note owes nothing more.
    const Invoice after = *ws().invoices().get(b.id);
    EXPECT_EQ(after.balance, Money(23064, EUR));
    ASSERT_EQ(after.payments.size(), 1);
    EXPECT_EQ(after.payments[0].creditNoteId, cn);
    EXPECT_EQ(ws().invoices().get(cn)->owedBack, Money(0, EUR));
    settle();
    EXPECT_TRUE(dialog.refundButton()->isHidden()) << "nothing left to refund";
}
