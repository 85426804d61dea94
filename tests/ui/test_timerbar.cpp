// The timer bar as it is used fifty times a day: switching clients never carries one client's task
// and description over to another, a part of a name picks the one client it matches, a name that
// matches nothing is said at the field and leaves the running timer alone, and the window's
// shortcuts work while typing in the bar.

#include "mainwindow.h"
#include "messagebox.h"
#include "timerbar.h"
#include "usagedialog.h"
#include "workspace.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testdatabase.h"
#include "testfiles.h"
#include "uitest.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
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

    TestClock clock;
    TempDir dir;
    std::unique_ptr<MainWindow> window;
    QHash<QString, qint64> ids;
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
