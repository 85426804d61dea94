// The timer bar as it is used fifty times a day: switching clients never carries one client's task
// and description over to another, a part of a name picks the one client it matches, a name that
// matches nothing is said at the field and leaves the running timer alone, and the window's
// shortcuts work while typing in the bar.

#include "idlesource.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "settingsdialog.h"
#include "timerbar.h"
#include "usagedialog.h"
#include "workspace.h"

#include "business/settings.h"
#include "invoicing/packrepository.h"
#include "notifier.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testdatabase.h"
#include "testfiles.h"
#include "uitest.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
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

// Idle time as a test sets it; none when `*seconds` is negative (a desktop that does not tell).
class FakeIdleSource : public IdleSource
{
public:
    explicit FakeIdleSource(std::shared_ptr<qint64> seconds) : m_seconds(std::move(seconds)) {}
    std::optional<qint64> idleSeconds() override
    {
        return *m_seconds < 0 ? std::nullopt : std::optional<qint64>(*m_seconds);
    }

private:
    std::shared_ptr<qint64> m_seconds;
};

class TimerBarTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        MessageBox::answerAutomatically(QMessageBox::Yes);
        clock.setLocal(2026, 11, 2, 9, 0);
        window = std::make_unique<MainWindow>(clock);
        ASSERT_TRUE(window->openDatabase(dir.file(s("timer.sqlite"))));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        QApplication::setActiveWindow(window.get());
        for (const char *name : {"ACME Srl", "Studio Verdi", "Studio Bianchi"})
            ids[s(name)] = addClient(s(name));
        ws().notify(Workspace::Clients);
        settle();
    }

    void TearDown() override { MessageBox::answerAutomatically(QMessageBox::Ok); }

    Workspace &ws() { return *window->workspace(); }
    TimerBar *bar() { return window->timerBar(); }

    qint64 addClient(const QString &name)
    {
        Client c;
        c.name = name;
        c.currency = *Currency::fromCode(u"EUR");
        return ws().clients().add(c).value().id;
    }

    // An entry an hour long for `client`, yesterday, with this task.
    void logYesterday(const QString &client, const QString &task)
    {
        TimeEntry e;
        e.clientId = ids.value(client);
        e.start = clock.nowSecs() - 24 * 3600;
        e.end = e.start + 3600;
        e.task = task;
        ASSERT_TRUE(ws().entries().add(e).ok());
    }

    void choose(const QString &name)
    {
        const int index = bar()->clientBox()->findText(name);
        ASSERT_GE(index, 0) << name.toStdString();
        bar()->clientBox()->setCurrentIndex(index);
        settle();
    }

    void typeClient(const QString &text)
    {
        QLineEdit *edit = bar()->clientBox()->lineEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        // The completer's list, if open, closes as a click elsewhere would close it.
        if (QWidget *popup = bar()->clientBox()->completer()->popup(); popup->isVisible())
            popup->hide();
        QTest::keyClick(edit, Qt::Key_Return);
        settle();
    }

    // The timer running for ACME since 9:00 with a description, the computer's idle time faked.
    void startWithFakeIdle()
    {
        bar()->setIdleSource(std::make_unique<FakeIdleSource>(idle));
        choose(s("ACME Srl"));
        QTest::keyClicks(bar()->descriptionEdit(), s("Scanning"));
        window->timerAction()->trigger();
        settle();
        ASSERT_TRUE(bar()->running());
        MessageBox::takeShownMessages();
    }

    // One tick of the timer bar, at the clock's time, with the computer idle `seconds`.
    void tickIdle(qint64 seconds)
    {
        *idle = seconds;
        QTest::qWait(1100);
        settle();
    }

    // 9:00 start, at work until 9:10, away until 9:36, back.
    void awayFrom910To936()
    {
        clock.advance(20 * 60);
        tickIdle(10 * 60); // 9:20, idle since 9:10: not yet ten minutes
        clock.advance(15 * 60);
        tickIdle(25 * 60); // 9:35, idle since 9:10
        clock.advance(60);
        tickIdle(0); // 9:36, back
    }

    TimeEntry onlyEntry(qint64 client)
    {
        TimeEntryFilter filter;
        filter.clientId = client;
        const auto list = ws().entries().list(filter);
        EXPECT_TRUE(list && list->size() == 1);
        return list && !list->isEmpty() ? list->first() : TimeEntry{};
    }

    TestClock clock;
    TempDir dir;
    std::unique_ptr<MainWindow> window;
    QHash<QString, qint64> ids;
    std::shared_ptr<qint64> idle = std::make_shared<qint64>(0);
};

} // namespace

TEST_F(TimerBarTest, SwitchingClientsStartsTheNewEntryWithItsOwnTaskNotTheOldDescription)
{
    logYesterday(s("Studio Verdi"), s("Bookkeeping"));
    ws().notify(Workspace::Entries);
    settle();

    choose(s("ACME Srl"));
    bar()->taskBox()->setCurrentText(s("Inbox"));
    QTest::keyClicks(bar()->descriptionEdit(), s("Reply to the supplier about the late order"));
    window->timerAction()->trigger(); // Ctrl+T
    settle();
    ASSERT_TRUE(bar()->running());
    EXPECT_EQ(bar()->running()->description, s("Reply to the supplier about the late order"));
    clock.advance(30 * 60);

    // Another client chosen while ACME runs: the fields are for Verdi's work now.
    choose(s("Studio Verdi"));
    EXPECT_EQ(bar()->descriptionEdit()->text(), QString());
    EXPECT_EQ(bar()->taskBox()->currentText(), s("Bookkeeping")) << "Verdi's last task";
    window->timerAction()->trigger();
    settle();
    ASSERT_TRUE(bar()->running());
    EXPECT_EQ(bar()->running()->clientId, ids.value(s("Studio Verdi")));
    EXPECT_EQ(bar()->running()->description, QString());
    EXPECT_EQ(bar()->running()->task, s("Bookkeeping"));

    // ACME's entry kept its own details.
    TimeEntryFilter all;
    all.clientId = ids.value(s("ACME Srl"));
    const auto acme = ws().entries().list(all);
    ASSERT_TRUE(acme);
    ASSERT_EQ(acme->size(), 1);
    EXPECT_EQ(acme->first().description, s("Reply to the supplier about the late order"));
    EXPECT_EQ(acme->first().task, s("Inbox"));

    // A client with no past work starts with empty fields.
    clock.advance(10 * 60);
    choose(s("Studio Bianchi"));
    EXPECT_EQ(bar()->taskBox()->currentText(), QString());
    EXPECT_EQ(bar()->descriptionEdit()->text(), QString());

    // Back on the running client: its own task and description again.
    choose(s("Studio Verdi"));
    EXPECT_EQ(bar()->taskBox()->currentText(), s("Bookkeeping"));
    EXPECT_EQ(bar()->startStopButton()->text(), s("Stop"));
}

TEST_F(TimerBarTest, WhatIsTypedForTheNextEntryStaysWhenItsClientIsChosen)
{
    // No timer: a description typed first, then the client, then Start.
    QTest::keyClicks(bar()->descriptionEdit(), s("Call the bank"));
    choose(s("Studio Bianchi"));
    EXPECT_EQ(bar()->descriptionEdit()->text(), s("Call the bank"));
    window->timerAction()->trigger();
    settle();
    ASSERT_TRUE(bar()->running());
    EXPECT_EQ(bar()->running()->description, s("Call the bank"));

    // While it runs, another client chosen, then a description typed for it: both go to the new
    // entry.
    choose(s("ACME Srl"));
    QTest::keyClicks(bar()->descriptionEdit(), s("Newsletter"));
    window->timerAction()->trigger();
    settle();
    ASSERT_TRUE(bar()->running());
    EXPECT_EQ(bar()->running()->clientId, ids.value(s("ACME Srl")));
    EXPECT_EQ(bar()->running()->description, s("Newsletter"));
}

TEST_F(TimerBarTest, APartOfANamePicksTheOneClientItMatches)
{
    typeClient(s("verd"));
    EXPECT_EQ(bar()->clientBox()->currentText(), s("Studio Verdi"));
    EXPECT_EQ(bar()->clientProblem(), QString());
    EXPECT_TRUE(bar()->descriptionEdit()->hasFocus()) << "on to what the work is";
    window->timerAction()->trigger();
    settle();
    ASSERT_TRUE(bar()->running());
    EXPECT_EQ(bar()->running()->clientId, ids.value(s("Studio Verdi")));

    // Typed in any case, the whole name picks it too.
    typeClient(s("acme srl"));
    EXPECT_EQ(bar()->clientBox()->currentText(), s("ACME Srl"));
}

TEST_F(TimerBarTest, ANameThatMatchesNothingOrSeveralIsSaidAtTheFieldAndTheTimerRunsOn)
{
    choose(s("ACME Srl"));
    window->timerAction()->trigger();
    settle();
    const auto running = bar()->running();
    ASSERT_TRUE(running);
    const QString before = fingerprint(ws().database());

    typeClient(s("Rossi"));
    EXPECT_TRUE(bar()->clientProblem().contains(s("There is no client called “Rossi”")))
        << bar()->clientProblem().toStdString();
    window->timerAction()->trigger(); // Ctrl+T with the unknown name still in the field
    settle();
    EXPECT_TRUE(bar()->clientProblem().contains(s("Rossi")));
    ASSERT_TRUE(bar()->running());
    EXPECT_EQ(bar()->running()->id, running->id) << "the running timer is untouched";
    EXPECT_EQ(fingerprint(ws().database()), before);

    // "Studio" is the start of two names: neither is guessed.
    typeClient(s("studio"));
    EXPECT_TRUE(bar()->clientProblem().contains(s("2 clients match “studio”")))
        << bar()->clientProblem().toStdString();
    window->timerAction()->trigger();
    settle();
    EXPECT_EQ(bar()->running()->id, running->id);
    EXPECT_EQ(fingerprint(ws().database()), before);

    // Typing again puts the note away.
    QTest::keyClicks(bar()->clientBox()->lineEdit(), s(" B"));
    EXPECT_EQ(bar()->clientProblem(), QString());
}

TEST_F(TimerBarTest, TheWindowsShortcutsWorkWhileTypingInTheBarAndLeaveTheTextAlone)
{
    choose(s("ACME Srl"));
    QLineEdit *description = bar()->descriptionEdit();
    description->setFocus();
    QTest::keyClicks(description, s("Scanning invoices"));

    // Ctrl+U logs units: the dialog opens, and the text typed is still there.
    bool opened = false;
    whenDialogOpens<UsageDialog>([&](UsageDialog *dialog) {
        opened = true;
        dialog->reject();
    });
    QTest::keyClick(description, Qt::Key_U, Qt::ControlModifier);
    QTest::qWait(100);
    EXPECT_TRUE(opened) << "Ctrl+U in the description field";
    EXPECT_EQ(description->text(), s("Scanning invoices"));

    // In the task and client fields too.
    for (QLineEdit *field : {bar()->taskBox()->lineEdit(), bar()->clientBox()->lineEdit()}) {
        QApplication::setActiveWindow(window.get());
        field->setFocus();
        const QString text = field->text();
        opened = false;
        whenDialogOpens<UsageDialog>([&](UsageDialog *dialog) {
            opened = true;
            dialog->reject();
        });
        QTest::keyClick(field, Qt::Key_U, Qt::ControlModifier);
        QTest::qWait(100);
        EXPECT_TRUE(opened) << field->objectName().toStdString();
        EXPECT_EQ(field->text(), text);
    }

    // A key the field binds itself on every desktop (Ctrl+Left moves a word back, as Ctrl+U clears
    // the line on Linux desktops) goes to the window when the window has a shortcut for it.
    auto *windowAction = new QAction(window.get());
    windowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    window->addAction(windowAction);
    int triggered = 0;
    QObject::connect(windowAction, &QAction::triggered, window.get(), [&] { ++triggered; });
    QApplication::setActiveWindow(window.get());
    description->setFocus();
    description->end(false);
    QTest::keyClick(description, Qt::Key_Left, Qt::ControlModifier);
    EXPECT_EQ(triggered, 1);
    EXPECT_EQ(description->cursorPosition(), description->text().size()) << "the cursor did not move";
    delete windowAction;

    // Ctrl+T from the description starts the timer; the field's own undo still undoes typing.
    QApplication::setActiveWindow(window.get());
    description->setFocus();
    QTest::keyClick(description, Qt::Key_T, Qt::ControlModifier);
    settle();
    ASSERT_TRUE(bar()->running());
    EXPECT_EQ(bar()->running()->description, s("Scanning invoices"));
    QTest::keyClicks(description, s(" today"));
    QTest::keyClick(description, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_NE(description->text(), s("Scanning invoices today")) << "the field undid its typing";
    EXPECT_TRUE(bar()->running()) << "and the window's Undo did not take the key";
}

TEST_F(TimerBarTest, BackFromIdleTheTimeAwayCanBeKept)
{
    startWithFakeIdle();
    const qint64 start = bar()->running()->start;
    MessageBox::answerAutomatically(QMessageBox::Yes); // Keep It
    awayFrom910To936();
    const QStringList asked = MessageBox::takeShownMessages();
    ASSERT_EQ(asked.size(), 1) << asked.join(s(" | ")).toStdString();
    EXPECT_TRUE(asked.first().contains(s("(0:26)"))) << asked.first().toStdString();
    EXPECT_TRUE(asked.first().contains(s("ACME Srl")));
    ASSERT_TRUE(bar()->running());
    EXPECT_EQ(bar()->running()->start, start) << "the same entry runs on";

    // Asked once: a later tick while present asks nothing more.
    clock.advance(60);
    tickIdle(3);
    EXPECT_TRUE(MessageBox::takeShownMessages().isEmpty());
}

TEST_F(TimerBarTest, BackFromIdleTheTimeAwayCanBeDiscarded)
{
    startWithFakeIdle();
    MessageBox::answerAutomatically(QMessageBox::Discard);
    awayFrom910To936();
    EXPECT_EQ(MessageBox::takeShownMessages().size(), 1);
    EXPECT_FALSE(bar()->running());
    const TimeEntry logged = onlyEntry(ids.value(s("ACME Srl")));
    EXPECT_EQ(logged.end.value_or(0) - logged.start, 10 * 60) << "9:00 to 9:10, when the computer went idle";
    EXPECT_EQ(logged.description, s("Scanning"));
}

TEST_F(TimerBarTest, BackFromIdleTheTimeAwayCanBeDiscardedAndTheTimerGoesOn)
{
    startWithFakeIdle();
    MessageBox::answerAutomatically(QMessageBox::Retry); // Discard and Continue
    awayFrom910To936();
    ASSERT_TRUE(bar()->running());
    EXPECT_EQ(bar()->running()->start, clock.nowSecs()) << "from 9:36";
    EXPECT_EQ(bar()->running()->description, s("Scanning"));
    EXPECT_EQ(bar()->running()->clientId, ids.value(s("ACME Srl")));
    TimeEntryFilter filter;
    filter.clientId = ids.value(s("ACME Srl"));
    filter.includeRunning = false;
    const auto done = ws().entries().list(filter);
    ASSERT_TRUE(done);
    ASSERT_EQ(done->size(), 1);
    EXPECT_EQ(done->first().end.value_or(0) - done->first().start, 10 * 60);
}

TEST_F(TimerBarTest, IdleTimeIsNotAskedAboutWhenShortOffOrUnknown)
{
    startWithFakeIdle();
    MessageBox::answerAutomatically(QMessageBox::Discard);
    // Nine minutes away: under the ten of the setting.
    clock.advance(20 * 60);
    tickIdle(9 * 60);
    tickIdle(0);
    EXPECT_TRUE(MessageBox::takeShownMessages().isEmpty());

    // Set to never: nothing is asked, however long the absence.
    BusinessDefaults d = *ws().settings().businessDefaults();
    d.idleMinutes = 0;
    ASSERT_TRUE(ws().settings().setBusinessDefaults(d).ok());
    ws().notify(Workspace::Settings);
    settle();
    clock.advance(60 * 60);
    tickIdle(50 * 60);
    tickIdle(0);
    EXPECT_TRUE(MessageBox::takeShownMessages().isEmpty());

    // A desktop that does not tell: nothing either.
    d.idleMinutes = 10;
    ASSERT_TRUE(ws().settings().setBusinessDefaults(d).ok());
    ws().notify(Workspace::Settings);
    settle();
    tickIdle(-1);
    tickIdle(-1);
    EXPECT_TRUE(MessageBox::takeShownMessages().isEmpty());
    EXPECT_TRUE(bar()->running());
}

TEST_F(TimerBarTest, AwaySinceBeforeTheTimerStartedDiscardingLeavesNoEntry)
{
    startWithFakeIdle();
    MessageBox::answerAutomatically(QMessageBox::Discard);
    // A timer started by a shortcut from another device, say, while nobody was at this computer.
    clock.advance(15 * 60);
    tickIdle(40 * 60);
    clock.advance(60);
    tickIdle(0);
    EXPECT_EQ(MessageBox::takeShownMessages().size(), 1);
    EXPECT_FALSE(bar()->running());
    TimeEntryFilter filter;
    filter.clientId = ids.value(s("ACME Srl"));
    EXPECT_TRUE(ws().entries().list(filter)->isEmpty());
}

TEST_F(TimerBarTest, TheIdleSettingIsSavedAndSaysWhenTheDesktopCannotTell)
{
    SettingsDialog dialog(ws(), window.get());
    dialog.show();
    auto *minutes = dialog.findChild<QSpinBox *>(s("idle"));
    ASSERT_TRUE(minutes);
    EXPECT_EQ(minutes->value(), 10) << "ten minutes unless set";
    // Offscreen, as on some Wayland desktops, no idle time is known: the dialog says so.
    auto *note = dialog.findChild<QLabel *>(s("idleUnavailable"));
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->text().contains(s("Unavailable"))) << note->text().toStdString();
    minutes->setValue(25);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(ws().settings().businessDefaults()->idleMinutes, 25);
    minutes->setValue(0);
    EXPECT_EQ(minutes->text(), s("Never"));
}

TEST_F(TimerBarTest, TheRunningClientsPackCountsDownAndWarnsOnce)
{
    // ACME has 2 h from 1 Nov (given, billed elsewhere); yesterday's hour used half of it.
    Pack pack;
    pack.clientId = ids.value(s("ACME Srl"));
    pack.minutes = 120;
    pack.price = Money(0, *Currency::fromCode(u"EUR"));
    pack.from = QDate(2026, 11, 1);
    pack.billedElsewhere = true;
    ASSERT_TRUE(PackRepository(ws().database(), clock).add(pack).ok());
    logYesterday(s("ACME Srl"), s("Email"));
    Notifier::takeShown();
    auto *label = bar()->findChild<QLabel *>(s("timerPack"));
    ASSERT_NE(label, nullptr);

    // No pack for Verdi: nothing is shown while Verdi's timer runs.
    choose(s("Studio Verdi"));
    window->timerAction()->trigger();
    settle();
    EXPECT_FALSE(label->isVisible());

    choose(s("ACME Srl"));
    window->timerAction()->trigger();
    settle();
    ASSERT_TRUE(label->isVisible());
    EXPECT_EQ(label->text(), s("1:00 left of 2:00"));
    EXPECT_TRUE(Notifier::takeShown().isEmpty()) << "half used: no warning";

    // 45 minutes on: 0:15 left, past 80 %: said once.
    clock.advance(45 * 60);
    QTest::qWait(1100);
    EXPECT_EQ(label->text(), s("0:15 left of 2:00"));
    EXPECT_EQ(Notifier::takeShown(),
              QStringList{s("Prepaid pack nearly used up: ACME Srl: 0:15 left of 2:00")});
    clock.advance(60);
    QTest::qWait(1100);
    EXPECT_TRUE(Notifier::takeShown().isEmpty()) << "once";
    // Used up: said once more.
    clock.advance(20 * 60);
    QTest::qWait(1100);
    EXPECT_EQ(label->text(), s("0:00 left of 2:00"));
    EXPECT_EQ(Notifier::takeShown(), QStringList{s("Prepaid pack used up: ACME Srl: 0:00 left of 2:00")});

    window->timerAction()->trigger();
    settle();
    EXPECT_FALSE(label->isVisible()) << "no timer, no pack";
}

TEST_F(TimerBarTest, ACreditPackCountsDownTheRunningTimesWorthAtTheClientsRate)
{
    // Studio Verdi bills €40.00 an hour and has €50.00 of credit (given, billed elsewhere). The
    // running time's worth comes off it: after 30 min €20.00, so €30.00 left; after 1:15 €50.00,
    // used up.
    const Currency eur = *Currency::fromCode(u"EUR");
    Client verdi = *ws().clients().get(ids.value(s("Studio Verdi")));
    verdi.hourlyRate = Money(4000, eur);
    ASSERT_TRUE(ws().clients().update(verdi).ok());
    Pack pack;
    pack.clientId = verdi.id;
    pack.amount = Money(5000, eur);
    pack.price = Money(0, eur);
    pack.from = QDate(2026, 11, 1);
    pack.billedElsewhere = true;
    ASSERT_TRUE(PackRepository(ws().database(), clock).add(pack).ok());
    ws().notify(Workspace::Clients);
    Notifier::takeShown();
    auto *label = bar()->findChild<QLabel *>(s("timerPack"));
    ASSERT_NE(label, nullptr);
    const QLocale locale = ws().locale();
    const auto left = [&](qint64 cents) {
        return s("%1 left of %2").arg(Money(cents, eur).format(locale), Money(5000, eur).format(locale));
    };

    choose(s("Studio Verdi"));
    window->timerAction()->trigger();
    settle();
    ASSERT_TRUE(label->isVisible());
    EXPECT_EQ(label->text(), left(5000));
    clock.advance(30 * 60);
    QTest::qWait(1100);
    EXPECT_EQ(label->text(), left(3000));
    clock.advance(45 * 60);
    QTest::qWait(1100);
    EXPECT_EQ(label->text(), left(0));
    EXPECT_EQ(Notifier::takeShown().size(), 1) << "used up, said once (it went past 80 % in the same step)";
}
