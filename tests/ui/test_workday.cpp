// A whole day in the desktop app, end to end, with real widgets on a temporary file and a test clock:
// a client is created, the timer runs, switches and stops, units are logged, a deletion is undone, a
// refused input saves nothing, an invoice is made, issued and exported, and the running timer survives
// closing the window.

#include "backupsdialog.h"
#include "clientdialog.h"
#include "clientspage.h"
#include "emptystate.h"
#include "entrydialog.h"
#include "fielderrors.h"
#include "filecontroller.h"
#include "filedialogs.h"
#include "invoiceactions.h"
#include "invoicedialog.h"
#include "invoicelinemodel.h"
#include "invoicelistmodel.h"
#include "invoicespage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "newinvoicedialog.h"
#include "plandialog.h"
#include "servicedialog.h"
#include "servicespage.h"
#include "settingsdialog.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "timeentrymodel.h"
#include "timelogpage.h"
#include "timerbar.h"
#include "totalswidget.h"
#include "usagedialog.h"
#include "usagemodel.h"
#include "workspace.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testdatabase.h"
#include "testfiles.h"
#include "uitest.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;
using namespace minuta::ui;

namespace {

class Workday : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        MessageBox::answerAutomatically(QMessageBox::Yes);
        MessageBox::takeShownMessages();
        clock.setLocal(2026, 11, 2, 9, 0); // Monday morning in Rome
        path = dir.file(QStringLiteral("day.sqlite"));
        window = std::make_unique<MainWindow>(clock);
        ASSERT_TRUE(window->openDatabase(path));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    void TearDown() override
    {
        FileDialogs::answerAutomatically({});
        MessageBox::answerAutomatically(QMessageBox::Ok);
    }

    Workspace &ws() { return *window->workspace(); }

    Client addClientThroughTheDialog(const QString &name, const QString &rate)
    {
        window->showSection(MainWindow::Section::Clients);
        Client added;
        whenDialogOpens<ClientDialog>([&](ClientDialog *dialog) {
            QTest::keyClicks(dialog->nameEdit(), name);
            QTest::keyClicks(dialog->rateEdit(), rate);
            dialog->accept();
            added = dialog->saved();
        });
        window->clientsPage()->newClient();
        settle();
        return added;
    }

    // A client, ACME Srl, and an empty draft for it: what every dialog can be opened on.
    std::pair<qint64, qint64> clientWithEmptyDraft()
    {
        Client c;
        c.name = QStringLiteral("ACME Srl");
        c.currency = *Currency::fromCode(u"EUR");
        const auto client = ws().clients().add(c);
        EXPECT_TRUE(client.ok());
        if (!client)
            return {0, 0};
        InvoiceRepository::DraftRequest request;
        request.clientId = client->id;
        request.allowEmpty = true;
        const auto draft = ws().invoices().createDraft(request);
        EXPECT_TRUE(draft.ok());
        return {client->id, draft ? draft->invoice.id : 0};
    }

    // Opens each of the app's dialogs in turn on `client` and its `draft`, and hands it to `visit`.
    void eachDialog(qint64 client, qint64 draft, const std::function<void(QDialog &)> &visit)
    {
        const qint64 now = clock.nowSecs();
        ClientDialog clientDialog(ws(), std::nullopt, window.get());
        visit(clientDialog);
        EntryDialog entryDialog(ws(), std::nullopt, now - 1800, window.get());
        visit(entryDialog);
        ServiceDialog serviceDialog(ws(), std::nullopt, window.get());
        visit(serviceDialog);
        UsageDialog usageDialog(ws(), std::nullopt, window.get());
        visit(usageDialog);
        PlanDialog planDialog(ws(), std::nullopt, now + 3600, window.get());
        visit(planDialog);
        NewInvoiceDialog newInvoiceDialog(ws(), client, window.get());
        visit(newInvoiceDialog);
        SettingsDialog settingsDialog(ws(), window.get());
        visit(settingsDialog);
        InvoiceDialog invoiceDialog(ws(), draft, window.get());
        visit(invoiceDialog);
        // The line editor is private to the invoice editor: open it from there.
        whenDialogOpens<QDialog>([&](QDialog *line) {
            visit(*line);
            line->reject();
        });
        invoiceDialog.addLine();
    }

    void chooseTimerClient(const QString &name)
    {
        QComboBox *box = window->timerBar()->clientBox();
        const int index = box->findText(name);
        ASSERT_GE(index, 0) << name.toStdString();
        box->setCurrentIndex(index);
    }

    TestClock clock;
    TempDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(Workday, AWholeDay)
{
    // The business, through Settings.
    whenDialogOpens<SettingsDialog>([](SettingsDialog *dialog) {
        dialog->businessNameEdit()->clear();
        QTest::keyClicks(dialog->businessNameEdit(), QStringLiteral("Giulia Rossi"));
        dialog->accept();
    });
    window->showSettings();
    ASSERT_EQ(ws().business().get()->name, QStringLiteral("Giulia Rossi"));

    // Two clients.
    const Client acme = addClientThroughTheDialog(QStringLiteral("ACME Srl"), QStringLiteral("30"));
    const Client bianchi = addClientThroughTheDialog(QStringLiteral("Studio Bianchi"), QStringLiteral("40"));
    ASSERT_GT(acme.id, 0);
    ASSERT_GT(bianchi.id, 0);
    EXPECT_TRUE(window->clientsPage()->detailsText().contains(QStringLiteral("Studio Bianchi")));

    // The timer: start for ACME, 37 minutes, switch to Bianchi, 20 minutes, stop.
    TimerBar *bar = window->timerBar();
    chooseTimerClient(QStringLiteral("ACME Srl"));
    QTest::keyClicks(bar->descriptionEdit(), QStringLiteral("Inbox"));
    QTest::mouseClick(bar->startStopButton(), Qt::LeftButton);
    settle();
    ASSERT_TRUE(bar->running());
    EXPECT_EQ(bar->startStopButton()->text(), QStringLiteral("Stop"));
    clock.advance(37 * 60);
    QTest::qWait(1100); // one tick of the elapsed time
    EXPECT_EQ(bar->elapsedText(), QStringLiteral("0:37:00"));
    chooseTimerClient(QStringLiteral("Studio Bianchi"));
    EXPECT_EQ(bar->startStopButton()->text(), QStringLiteral("Switch"));
    window->timerAction()->trigger(); // Ctrl+T
    settle();
    ASSERT_TRUE(bar->running());
    EXPECT_EQ(bar->running()->clientId, bianchi.id);
    clock.advance(20 * 60);
    QTest::mouseClick(bar->startStopButton(), Qt::LeftButton);
    settle();
    EXPECT_FALSE(bar->running());

    window->showSection(MainWindow::Section::TimeLog);
    TimeLogPage *log = window->timeLogPage();
    log->setRange(TimeLogPage::Range::Today);
    settle();
    TimeEntryModel *entries = log->model();
    ASSERT_EQ(entries->rowCount(), 3) << "today's row and its two entries";
    EXPECT_EQ(entries->index(0, TimeEntryModel::Duration).data().toString(), QStringLiteral("0:57"));
    EXPECT_EQ(entries->index(1, TimeEntryModel::Client).data().toString(), QStringLiteral("Studio Bianchi"));
    EXPECT_EQ(entries->index(1, TimeEntryModel::Duration).data().toString(), QStringLiteral("0:20"));
    EXPECT_EQ(entries->index(2, TimeEntryModel::Client).data().toString(), QStringLiteral("ACME Srl"));
    EXPECT_EQ(entries->index(2, TimeEntryModel::Duration).data().toString(), QStringLiteral("0:37"));
    EXPECT_EQ(entries->index(2, TimeEntryModel::Description).data().toString(), QStringLiteral("Inbox"));
    EXPECT_TRUE(log->totalsText().contains(QStringLiteral("0:57"))) << log->totalsText().toStdString();
    EXPECT_TRUE(bar->todayText().contains(QStringLiteral("0:57"))) << bar->todayText().toStdString();

    // A refused edit in the table: the end before the start shows its message and saves nothing.
    QString refusal;
    QObject::connect(entries, &TimeEntryModel::editRefused, window.get(),
                     [&](const QModelIndex &, const QString &text) { refusal = text; });
    EXPECT_FALSE(entries->setData(entries->index(2, TimeEntryModel::End), QStringLiteral("08:00")));
    EXPECT_TRUE(refusal.contains(QStringLiteral("after the start"))) << refusal.toStdString();
    settle();
    EXPECT_EQ(entries->index(2, TimeEntryModel::Duration).data().toString(), QStringLiteral("0:37"));

    // And in the dialog: the message sits at the end field, the dialog stays open, nothing is added.
    clock.advance(60 * 60);
    whenDialogOpens<EntryDialog>([&](EntryDialog *dialog) {
        dialog->startEdit()->setTime(QTime(10, 0));
        dialog->endEdit()->setTime(QTime(9, 0));
        dialog->accept();
        EXPECT_TRUE(dialog->isVisible()) << "a refused entry keeps the dialog open";
        EXPECT_TRUE(
            dialog->errors()->messageAt(QStringLiteral("end")).contains(QStringLiteral("after the start")))
            << dialog->errors()->messageAt(QStringLiteral("end")).toStdString();
        dialog->reject();
    });
    log->addEntry();
    settle();
    EXPECT_EQ(entries->rowCount(), 3);

    // Three calls answered for ACME, logged with the quick action.
    {
        Service s;
        s.name = QStringLiteral("Call answering");
        s.unit = QStringLiteral("call");
        s.unitPrice = Money(150, *Currency::fromCode(u"EUR"));
        ASSERT_TRUE(ws().services().add(s).ok());
        ws().notify(Workspace::Services);
    }
    whenDialogOpens<UsageDialog>([&](UsageDialog *dialog) {
        dialog->clientBox()->setCurrentIndex(dialog->clientBox()->findData(acme.id));
        QTest::keyClicks(dialog->quantityEdit(), QStringLiteral("3"));
        QTest::keyClick(dialog->quantityEdit(), Qt::Key_Return);
    });
    window->servicesPage()->logUnitsAction()->trigger();
    settle();
    UsageModel *usage = window->servicesPage()->usageModel();
    ASSERT_EQ(usage->rowCount(), 1);
    EXPECT_EQ(usage->usageAt(0)->quantity, Quantity::fromUnits(3));
    EXPECT_EQ(usage->usageAt(0)->clientId, acme.id);

    // Delete an entry, then undo the deletion.
    window->showSection(MainWindow::Section::TimeLog);
    const qint64 deletedId = entries->entryAt(1)->id;
    log->view()->selectRow(1);
    log->deleteAction()->trigger();
    settle();
    ASSERT_EQ(entries->rowCount(), 2);
    EXPECT_EQ(window->undoAction()->text(), QStringLiteral("&Undo Delete 1 time entry"));
    window->undoAction()->trigger();
    settle();
    ASSERT_EQ(entries->rowCount(), 3);
    EXPECT_EQ(entries->entryAt(1)->id, deletedId) << "back with the same id";
    window->redoAction()->trigger();
    settle();
    EXPECT_EQ(entries->rowCount(), 2);
    window->undoAction()->trigger();
    settle();
    EXPECT_EQ(entries->rowCount(), 3);

    // Month end (a few weeks later): invoice ACME for November, issue it, export the PDF.
    clock.setLocal(2026, 12, 1, 9, 0);
    window->showSection(MainWindow::Section::Invoices);
    whenDialogOpens<NewInvoiceDialog>([&](NewInvoiceDialog *dialog) {
        dialog->clientBox()->setCurrentIndex(dialog->clientBox()->findData(acme.id));
        settle();
        EXPECT_EQ(dialog->lines()->rowCount(), 2)
            << "time and calls: " << dialog->previewMessage().toStdString();
        EXPECT_TRUE(dialog->totals()->text().contains(QStringLiteral("23.00")))
            << dialog->totals()->text().toStdString();
        QTest::mouseClick(dialog->issueButton(), Qt::LeftButton);
    });
    window->invoicesPage()->newAction()->trigger();
    settle();
    InvoiceListModel *invoices = window->invoicesPage()->model();
    ASSERT_EQ(invoices->rowCount(), 1);
    const InvoiceSummary issued = *invoices->invoiceAt(0);
    ASSERT_TRUE(issued.number);
    EXPECT_EQ(*issued.number, QStringLiteral("2026/001"));
    EXPECT_EQ(issued.total, Money(2300, *Currency::fromCode(u"EUR"))); // 0:37 → 18.50, 3 calls → 4.50
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("2026/001")));

    const QString pdf = dir.file(QStringLiteral("invoice.pdf"));
    FileDialogs::answerAutomatically([&](const QString &suggested) {
        EXPECT_TRUE(suggested.endsWith(QStringLiteral("2026-001 ACME Srl.pdf"))) << suggested.toStdString();
        return pdf;
    });
    MessageBox::answerAutomatically(QMessageBox::Open);
    const QString said = InvoiceActions::exportPdf(window.get(), ws(), issued.id);
    EXPECT_TRUE(said.contains(QStringLiteral("invoice.pdf")));
    EXPECT_EQ(FileDialogs::takeOpenedUrls().value(0).toLocalFile(), pdf) << "offered to open it";
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(content.contains(QStringLiteral("2026/001"))) << content.toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("ACME Srl")));

    // Billed work is locked in the time log.
    window->showSection(MainWindow::Section::TimeLog);
    log->setRange(TimeLogPage::Range::LastMonth);
    settle();
    int locked = 0;
    for (const TimeEntry &e : entries->loadedEntries())
        locked += e.isBilled() ? 1 : 0;
    EXPECT_EQ(locked, 1);
}

TEST_F(Workday, TheRunningTimerSurvivesClosingTheWindow)
{
    Client c;
    c.name = QStringLiteral("ACME Srl");
    c.currency = *Currency::fromCode(u"EUR");
    ASSERT_TRUE(ws().clients().add(c).ok());
    ws().notify(Workspace::Clients);
    settle();
    chooseTimerClient(QStringLiteral("ACME Srl"));
    window->timerAction()->trigger();
    settle();
    ASSERT_TRUE(window->timerBar()->running());

    window->close();
    window.reset(); // the file is closed, the lock released
    clock.advance(15 * 60);

    window = std::make_unique<MainWindow>(clock);
    ASSERT_TRUE(window->openDatabase(path));
    window->show();
    settle();
    TimerBar *bar = window->timerBar();
    ASSERT_TRUE(bar->running()) << "still running after a restart";
    EXPECT_EQ(bar->running()->clientName, QStringLiteral("ACME Srl"));
    EXPECT_EQ(bar->clientBox()->currentText(), QStringLiteral("ACME Srl"));
    EXPECT_EQ(bar->startStopButton()->text(), QStringLiteral("Stop"));
    QTest::qWait(1100);
    EXPECT_EQ(bar->elapsedText(), QStringLiteral("0:15:00"));
}

TEST_F(Workday, UndoWorksForClientsServicesAndUsage)
{
    const Client added = addClientThroughTheDialog(QStringLiteral("Temporary Client"), QString());
    ASSERT_TRUE(ws().clients().get(added.id).ok());
    window->undoAction()->trigger();
    settle();
    EXPECT_EQ(ws().clients().get(added.id).error().code(), ErrorCode::NotFound);
    window->redoAction()->trigger();
    settle();
    EXPECT_TRUE(ws().clients().get(added.id).ok());
}

TEST_F(Workday, TheRunningEntryIsDescribedInTheDialogAndKeepsRunning)
{
    Client c;
    c.name = QStringLiteral("ACME Srl");
    c.currency = *Currency::fromCode(u"EUR");
    ASSERT_TRUE(ws().clients().add(c).ok());
    ws().notify(Workspace::Clients);
    settle();
    chooseTimerClient(QStringLiteral("ACME Srl"));
    window->timerAction()->trigger();
    settle();
    const auto running = window->timerBar()->running();
    ASSERT_TRUE(running);
    clock.advance(25 * 60);

    window->showSection(MainWindow::Section::TimeLog);
    TimeLogPage *log = window->timeLogPage();
    log->setRange(TimeLogPage::Range::Today);
    settle();
    ASSERT_EQ(log->model()->rowCount(), 2) << "today and its entry";
    log->view()->selectRow(1);
    whenDialogOpens<EntryDialog>([](EntryDialog *dialog) {
        EXPECT_FALSE(dialog->endEdit()->isVisibleTo(dialog)) << "the timer gives the end";
        dialog->descriptionEdit()->setPlainText(QStringLiteral("Quarterly report"));
        dialog->accept();
    });
    log->editSelected();
    settle();
    const TimeEntry after = ws().entries().get(running->id).value();
    EXPECT_TRUE(after.isRunning());
    EXPECT_EQ(after.description, QStringLiteral("Quarterly report"));
    EXPECT_TRUE(window->timerBar()->running());
}

TEST_F(Workday, EveryShortcutInTheMenusDoesWhatItSays)
{
    Client c;
    c.name = QStringLiteral("ACME Srl");
    c.currency = *Currency::fromCode(u"EUR");
    ASSERT_TRUE(ws().clients().add(c).ok());
    ws().notify(Workspace::Clients);
    settle();
    QApplication::setActiveWindow(window.get());
    window->activateWindow();
    // Each section is visible in turn, so a page's own button cannot shadow the menu's shortcut.
    for (const auto section :
         {MainWindow::Section::TimeLog, MainWindow::Section::Clients, MainWindow::Section::Services,
          MainWindow::Section::Invoices, MainWindow::Section::Calendar, MainWindow::Section::Reports}) {
        window->showSection(section);
        settle();
        const auto expectDialog = [&](auto *type, QKeyCombination keys, const char *what) {
            using D = std::remove_pointer_t<decltype(type)>;
            bool opened = false;
            whenDialogOpens<D>([&](D *dialog) {
                opened = true;
                dialog->reject();
            });
            QApplication::setActiveWindow(window.get()); // as after a dialog closes
            QTest::keyClick(window.get(), keys.key(), keys.keyboardModifiers());
            QTest::qWait(100);
            EXPECT_TRUE(opened) << what << " in section " << int(section);
            if (!opened) // the handler is still waiting: let it give up before the next key
                QTest::qWait(5200);
        };
        expectDialog(static_cast<EntryDialog *>(nullptr), Qt::CTRL | Qt::Key_N, "Ctrl+N adds an entry");
        expectDialog(static_cast<UsageDialog *>(nullptr), Qt::CTRL | Qt::Key_U, "Ctrl+U logs units");
        expectDialog(static_cast<ClientDialog *>(nullptr), Qt::CTRL | Qt::SHIFT | Qt::Key_N,
                     "Ctrl+Shift+N adds a client");
        expectDialog(static_cast<NewInvoiceDialog *>(nullptr), Qt::CTRL | Qt::Key_I,
                     "Ctrl+I makes an invoice");
        expectDialog(static_cast<PlanDialog *>(nullptr), Qt::CTRL | Qt::SHIFT | Qt::Key_P,
                     "Ctrl+Shift+P plans work");
        window->showSection(section);
        settle();
    }
    QApplication::setActiveWindow(window.get());
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window->currentSection(), MainWindow::Section::Clients);
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    settle();
    EXPECT_TRUE(window->timerBar()->running()) << "Ctrl+T starts the timer";
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    settle();
    EXPECT_FALSE(window->timerBar()->running()) << "and stops it";
}

TEST_F(Workday, ANewFileWelcomesAndLeadsToTheFirstClient)
{
    window->showSection(MainWindow::Section::TimeLog);
    settle();
    auto *welcome = window->findChild<EmptyState *>(QStringLiteral("timeLogWelcome"));
    auto *empty = window->findChild<EmptyState *>(QStringLiteral("timeLogEmpty"));
    ASSERT_NE(welcome, nullptr);
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(welcome->isVisible());
    EXPECT_FALSE(empty->isVisible());

    // The welcome's one button opens the client editor.
    QPushButton *button = nullptr;
    for (QPushButton *b : welcome->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("New Client")))
            button = b;
    ASSERT_NE(button, nullptr);
    bool opened = false;
    whenDialogOpens<ClientDialog>([&](ClientDialog *dialog) {
        opened = true;
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("ACME Srl"));
        dialog->accept();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    settle();
    EXPECT_TRUE(opened);
    EXPECT_EQ(window->currentSection(), MainWindow::Section::Clients);

    // With a client, the time log says how to log time instead.
    window->showSection(MainWindow::Section::TimeLog);
    settle();
    EXPECT_FALSE(welcome->isVisible());
    EXPECT_TRUE(empty->isVisible());
    window->showSection(MainWindow::Section::Calendar);
    settle();
    EXPECT_FALSE(window->findChild<EmptyState *>(QStringLiteral("calendarEmpty"))->isVisible());
}

TEST_F(Workday, InItalianEveryDialogSpeaksItalian)
{
    const auto [client, draft] = clientWithEmptyDraft();
    ASSERT_GT(draft, 0);

    // Each dialog's title, made in whatever language is installed.
    const auto titles = [&] {
        QStringList out;
        eachDialog(client, draft, [&out](QDialog &dialog) { out << dialog.windowTitle(); });
        return out;
    };

    const QStringList english = titles();
    QTranslator italian;
    ASSERT_TRUE(italian.load(QStringLiteral("minuta_it"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&italian);
    const QStringList inItalian = titles();
    QCoreApplication::removeTranslator(&italian);

    ASSERT_EQ(english.size(), inItalian.size());
    for (int i = 0; i < english.size(); ++i)
        EXPECT_NE(english.at(i), inItalian.at(i)) << english.at(i).toStdString() << " stays English";
    EXPECT_TRUE(inItalian.contains(QStringLiteral("Aggiungi riga")));
}

TEST_F(Workday, NoLabelShowsAStrayAmpersand)
{
    const auto [client, draft] = clientWithEmptyDraft();
    ASSERT_GT(draft, 0);

    // A label's & is its shortcut only when the label has a field to go to; otherwise it shows.
    QStringList stray;
    const auto check = [&](QDialog &dialog) {
        dialog.show();
        const auto labels = dialog.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            const QString text = label->text();
            if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(text))
                continue;
            if (text.contains(QRegularExpression(QStringLiteral("&[^&]"))) && !label->buddy())
                stray << dialog.windowTitle() + QStringLiteral(": ") + text;
        }
        dialog.hide();
    };
    eachDialog(client, draft, check);
    EXPECT_TRUE(stray.isEmpty()) << stray.join(QStringLiteral(" | ")).toStdString();
}

TEST_F(Workday, DateFieldsShowTheYearInFourDigitsInEveryLanguage)
{
    const auto [client, draft] = clientWithEmptyDraft();
    ASSERT_GT(draft, 0);
    const qint64 now = clock.nowSecs();

    // Italian and American short formats write the year in two digits ("02/11/26", "11/2/26").
    for (const QLocale &locale :
         {QLocale(QLocale::Italian, QLocale::Italy), QLocale(QLocale::English, QLocale::UnitedStates)}) {
        ws().setLocale(locale);
        QStringList short_;
        const auto check = [&](QWidget &dialog) {
            const auto edits = dialog.findChildren<QDateTimeEdit *>();
            for (const QDateTimeEdit *edit : edits)
                if (edit->displayedSections() & QDateTimeEdit::YearSection)
                    if (!edit->text().contains(QStringLiteral("2026"))
                        && !edit->text().contains(QStringLiteral("2027")))
                        short_ << dialog.windowTitle() + QStringLiteral(": ") + edit->text();
        };
        EntryDialog entryDialog(ws(), std::nullopt, now - 1800, window.get());
        check(entryDialog);
        UsageDialog usageDialog(ws(), std::nullopt, window.get());
        check(usageDialog);
        PlanDialog planDialog(ws(), std::nullopt, now + 3600, window.get());
        check(planDialog);
        NewInvoiceDialog newInvoiceDialog(ws(), client, window.get());
        check(newInvoiceDialog);
        InvoiceDialog invoiceDialog(ws(), draft, window.get());
        check(invoiceDialog);
        TimeLogPage log(ws(), window.get());
        check(log);
        EXPECT_TRUE(short_.isEmpty())
            << locale.name().toStdString() << ": " << short_.join(QStringLiteral(" | ")).toStdString();
    }
}

namespace {

QStringList clientNames(Workspace &ws)
{
    QStringList names;
    if (auto clients = ws.clients().list(true))
        for (const Client &c : *clients)
            names << c.name;
    names.sort();
    return names;
}

void addClient(Workspace &ws, const QString &name)
{
    Client c;
    c.name = name;
    c.currency = *Currency::fromCode(u"EUR");
    ASSERT_TRUE(ws.clients().add(c).ok());
    ws.notify(Workspace::Clients);
}

} // namespace

TEST_F(Workday, OpeningTheFileMakesTheDaysCopyOnce)
{
    window->files()->waitForDailyBackup();
    auto copies = Backups::list(path, clock.timeZone());
    ASSERT_EQ(copies.size(), 1);
    EXPECT_EQ(copies.first().reason, Backup::Reason::Daily);

    // Opened again the same day: no second copy. The next day: one more.
    window = std::make_unique<MainWindow>(clock);
    ASSERT_TRUE(window->openDatabase(path));
    window->files()->waitForDailyBackup();
    EXPECT_EQ(Backups::list(path, clock.timeZone()).size(), 1);
    clock.advance(24 * 3600);
    window->files()->startDailyBackup(); // what the hourly check does
    window->files()->waitForDailyBackup();
    EXPECT_EQ(Backups::list(path, clock.timeZone()).size(), 2);
}

TEST_F(Workday, ACopyIsRestoredFromTheBackupsWindow)
{
    window->files()->waitForDailyBackup();
    addClient(ws(), QStringLiteral("ACME Srl"));
    clock.advance(600);
    window->backupNowAction()->trigger();
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Copied to")));
    clock.advance(600);
    addClient(ws(), QStringLiteral("Studio Bianchi"));
    window->showSection(MainWindow::Section::Clients);

    int rows = 0;
    QString why;
    whenDialogOpens<BackupsDialog>([&](BackupsDialog *dialog) {
        rows = dialog->table()->rowCount();
        why = dialog->table()->item(0, 1)->text();
        EXPECT_FALSE(dialog->restoreButton()->isEnabled()) << "nothing chosen yet";
        dialog->table()->selectRow(0); // the newest: the one made on request
        EXPECT_TRUE(dialog->restoreButton()->isEnabled());
        QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton); // asks, answered Yes
    });
    window->backupsAction()->trigger();
    settle();
    EXPECT_EQ(rows, 2) << "the day's copy and the one asked for";
    EXPECT_EQ(why, QStringLiteral("Made on request"));
    ASSERT_NE(window->workspace(), nullptr) << "the file is open again";
    EXPECT_EQ(clientNames(ws()), QStringList{QStringLiteral("ACME Srl")});
    EXPECT_EQ(window->currentSection(), MainWindow::Section::Clients);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Restored")));
    const QStringList asked = MessageBox::takeShownMessages();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked.first().contains(QStringLiteral("day.sqlite"))) << asked.first().toStdString();

    // What the file held is one more copy, and restoring it brings Studio Bianchi back.
    const auto copies = Backups::list(path, clock.timeZone());
    ASSERT_EQ(copies.first().reason, Backup::Reason::BeforeRestore);
    window->files()->restoreBackup(copies.first().path);
    EXPECT_EQ(clientNames(ws()), (QStringList{QStringLiteral("ACME Srl"), QStringLiteral("Studio Bianchi")}));
}

TEST_F(Workday, AFileThatIsNotACopyIsNotRestoredAndTheFileStaysOpen)
{
    addClient(ws(), QStringLiteral("ACME Srl"));
    const QString text = dir.file(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Monday: call ACME.\n");
    }
    const QString before = fingerprint(ws().database());
    FileDialogs::answerAutomatically([&](const QString &) { return text; });
    whenDialogOpens<BackupsDialog>([&](BackupsDialog *dialog) {
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Restore Other")))
                QTest::mouseClick(b, Qt::LeftButton);
    });
    MessageBox::takeShownMessages();
    window->backupsAction()->trigger();
    settle();
    const QStringList shown = MessageBox::takeShownMessages();
    ASSERT_EQ(shown.size(), 2) << "the question, then why it was not done";
    EXPECT_TRUE(shown.last().contains(QStringLiteral("not a Minuta file"))) << shown.last().toStdString();
    ASSERT_NE(window->workspace(), nullptr);
    EXPECT_EQ(fingerprint(ws().database()), before);
    EXPECT_EQ(clientNames(ws()), QStringList{QStringLiteral("ACME Srl")});
}

TEST_F(Workday, TheTimeLogExportsWhatItShowsAsCsv)
{
    addClient(ws(), QStringLiteral("ACME Srl"));
    addClient(ws(), QStringLiteral("Studio Bianchi"));
    const auto clients = ws().clients().list().value();
    for (int i = 0; i < 3; ++i) {
        TimeEntry e;
        e.clientId = clients.at(i % 2).id;
        e.start = clock.nowSecs() - (3 - i) * 3600; // this morning
        e.end = e.start + 1800;
        e.task = QStringLiteral("Email");
        ASSERT_TRUE(ws().entries().add(e).ok());
    }
    ws().notify(Workspace::Entries);
    window->showSection(MainWindow::Section::TimeLog);
    TimeLogPage *page = window->timeLogPage();
    page->setRange(TimeLogPage::Range::Today);
    settle();
    ASSERT_TRUE(page->exportAction()->isEnabled());

    QString suggested;
    const QString target = dir.file(QStringLiteral("today"));
    FileDialogs::answerAutomatically([&](const QString &proposed) {
        suggested = proposed;
        return target; // without an extension: .csv is added
    });
    page->exportAction()->trigger();
    EXPECT_TRUE(QFileInfo(suggested).fileName().startsWith(QStringLiteral("Minuta time log 2026-11-02")))
        << suggested.toStdString();
    QFile file(target + QStringLiteral(".csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_EQ(csv.count("\r\n"), 4) << csv.toStdString();
    EXPECT_TRUE(csv.contains("Studio Bianchi"));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("3 entries")))
        << window->statusBar()->currentMessage().toStdString();
}
