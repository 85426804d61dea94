// File ▸ Import as a new user coming from Toggl does it: the export is checked and shown (which tool
// wrote it, how its text is encoded, its rows, the clients that would be added, every row that cannot
// be read) before anything is stored; a CSV dropped on the window starts the same.

#include "filedialogs.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "workspace.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testdatabase.h"
#include "testfiles.h"
#include "uitest.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;
using namespace minuta::ui;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Toggl Track's detailed export in German, saved again by Excel on Windows: Windows-1252 text, Ja
// and Nein, a date without its zero, the columns Minuta does not read.
const QByteArray kToggl = "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End "
                          "date,End time,Duration,Tags,Amount (EUR)\r\n"
                          "Giulia,g@example.com,Caff\xE8 Sol\xE8,Posta,,Perch\xE9 \x96 s\xEC,Ja,2026-11-2,"
                          "09:00:00,2026-11-2,09:45:00,00:45:00,,30.00\r\n"
                          "Giulia,g@example.com,ACME Srl,Telefono,,,Nein,2026-11-3,10:00:00,2026-11-3,"
                          "10:10:00,00:10:00,,0.00\r\n";

class Import : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        MessageBox::answerAutomatically(QMessageBox::Yes);
        clock.setLocal(2026, 11, 20, 9, 0);
        window = std::make_unique<MainWindow>(clock);
        ASSERT_TRUE(window->openDatabase(dir.file(s("import.sqlite"))));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        Client c;
        c.name = s("ACME Srl");
        c.currency = *Currency::fromCode(u"EUR");
        ASSERT_TRUE(ws().clients().add(c).ok());
        ws().notify(Workspace::Clients);
        settle();
    }

    void TearDown() override
    {
        MessageBox::answerAutomatically(QMessageBox::Ok);
        FileDialogs::answerAutomatically(nullptr);
    }

    Workspace &ws() { return *window->workspace(); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.file(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    TestClock clock;
    TempDir dir;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(Import, AnExportIsShownBeforeAnythingIsStoredThenImported)
{
    const QString path = write(s("toggl.csv"), kToggl);
    FileDialogs::answerAutomatically([&](const QString &) -> QString { return path; });
    const QString before = fingerprint(ws().database());
    QString summary, warnings, unchanged;
    QStringList clients;
    whenDialogOpens<ImportDialog>([&](ImportDialog *dialog) {
        summary = dialog->summaryText();
        QTableWidget *rows = dialog->preview();
        for (int r = 0; r < rows->rowCount(); ++r)
            clients << rows->item(r, ImportDialog::ClientColumn)->text();
        EXPECT_EQ(rows->item(0, ImportDialog::LineColumn)->text(), s("2"));
        EXPECT_EQ(rows->item(0, ImportDialog::DescriptionColumn)->text(), s("Perché – sì"));
        EXPECT_EQ(rows->item(0, ImportDialog::DurationColumn)->text(), s("0:45"));
        EXPECT_EQ(rows->item(1, ImportDialog::BillableColumn)->text(), s("no"));
        EXPECT_TRUE(dialog->problemsText().isEmpty()) << dialog->problemsText().toStdString();
        unchanged = fingerprint(ws().database());
        EXPECT_TRUE(dialog->importButton()->isEnabled());
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    });
    window->findChild<QAction *>(s("importAction"))->trigger();
    settle();
    EXPECT_EQ(unchanged, before) << "the check stores nothing";
    EXPECT_TRUE(summary.contains(s("A Toggl Track export, read as Windows-1252."))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(s("2 entries to import (0:55 of work)."))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(s("New clients: Caffè Solè."))) << summary.toStdString();
    EXPECT_EQ(clients, (QStringList{s("Caffè Solè (new)"), s("ACME Srl")}));

    // Imported: the client with its accents, the entries in the time log.
    auto all = ws().entries().list({});
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->first().clientName, s("Caffè Solè"));
    EXPECT_EQ(all->first().description, s("Perché – sì"));
    EXPECT_TRUE(all->first().billable);
    EXPECT_FALSE(all->last().billable);
    EXPECT_EQ(window->currentSection(), MainWindow::Section::TimeLog);

    // The same file again: both rows are there already, so there is nothing to import.
    whenDialogOpens<ImportDialog>([&](ImportDialog *dialog) {
        EXPECT_TRUE(dialog->summaryText().contains(s("2 already in Minuta, skipped.")))
            << dialog->summaryText().toStdString();
        EXPECT_FALSE(dialog->importButton()->isEnabled());
        dialog->reject();
    });
    window->importEntriesFrom(path);
    settle();
}

TEST_F(Import, EveryRowThatCannotBeReadIsListedAndNothingIsStored)
{
    const QString path = write(s("bad.csv"), "date,start,minutes,client\n"
                                             "2026-11-02,09:00,30,ACME Srl\n"
                                             "02/11/2026,09:00,30,ACME Srl\n"
                                             "2026-11-04,25:00,30,ACME Srl\n");
    const QString before = fingerprint(ws().database());
    QString problems;
    bool enabled = true;
    whenDialogOpens<ImportDialog>([&](ImportDialog *dialog) {
        problems = dialog->problemsText();
        enabled = dialog->importButton()->isEnabled();
        // Day-first dates read the third line; the fourth stays wrong.
        dialog->dateFormatBox()->setCurrentIndex(dialog->dateFormatBox()->findData(s("dd/MM/yyyy")));
        EXPECT_FALSE(dialog->problemsText().contains(s("Line 3:"))) << dialog->problemsText().toStdString();
        dialog->reject();
    });
    window->importEntriesFrom(path);
    settle();
    EXPECT_FALSE(enabled);
    EXPECT_TRUE(problems.contains(s("Line 3: “02/11/2026” is not a date"))) << problems.toStdString();
    EXPECT_TRUE(problems.contains(s("Line 4: “25:00” is not a time of day."))) << problems.toStdString();
    EXPECT_EQ(fingerprint(ws().database()), before);
}

TEST_F(Import, ACsvDroppedOnTheWindowStartsTheImport)
{
    const QString path = write(s("dropped.csv"), kToggl);
    auto mime = std::make_unique<QMimeData>();
    mime->setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    bool opened = false;
    whenDialogOpens<ImportDialog>([&](ImportDialog *dialog) {
        opened = true;
        EXPECT_EQ(dialog->preview()->rowCount(), 2);
        dialog->reject();
    });
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    for (int i = 0; i < 50 && !opened; ++i)
        QTest::qWait(20);
    EXPECT_TRUE(opened);

    // A file of another kind is not taken.
    mime->setUrls({QUrl::fromLocalFile(write(s("photo.png"), "PNG"))});
    QDragEnterEvent other(QPoint(50, 50), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    other.setAccepted(false);
    QApplication::sendEvent(window.get(), &other);
    EXPECT_FALSE(other.isAccepted());
}
