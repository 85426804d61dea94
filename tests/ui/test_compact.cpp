// The window at the size of half a laptop screen: compact mode keeps the timer, the client and
// today's total on a window 683 pixels wide (half of 1366), and the full window can be made that
// narrow too, in English and in Italian, whose words are longer.

#include "invoicelistmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "timerbar.h"
#include "workspace.h"

#include "qtprinters.h"
#include "testclock.h"
#include "testfiles.h"
#include "uitest.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace minuta;
using namespace minuta::test;
using namespace minuta::ui;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

constexpr int kHalfOfALaptop = 1366 / 2;

class Compact : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        if (QString::fromLatin1(GetParam()) == QLatin1String("it")) {
            ASSERT_TRUE(italian.load(s("minuta_it"), s(":/i18n")));
            QCoreApplication::installTranslator(&italian);
        }
        clock.setLocal(2026, 11, 2, 9, 0);
        window = std::make_unique<MainWindow>(clock);
        ASSERT_TRUE(window->openDatabase(dir.file(s("compact.sqlite"))));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        Client c;
        c.name = s("Studio Legale Bianchi e Associati");
        c.currency = *Currency::fromCode(u"EUR");
        ASSERT_TRUE(window->workspace()->clients().add(c).ok());
        window->workspace()->notify(Workspace::Clients);
        settle();
    }

    void TearDown() override
    {
        window.reset();
        QCoreApplication::removeTranslator(&italian);
    }

    // The widest child that holds the window's width up, for the message of a failure.
    QString widest(QWidget *root) const
    {
        QString out;
        int best = 0;
        const auto children = root->findChildren<QWidget *>();
        for (QWidget *w : children)
            if (w->isVisible() && w->minimumSizeHint().width() > best && w->minimumSizeHint().width() < 5000
                && w->window() == root) {
                best = w->minimumSizeHint().width();
                out = QStringLiteral("%1 (%2) %3")
                          .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                          .arg(best);
            }
        return out;
    }

    QTranslator italian;
    TestClock clock;
    TempDir dir;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_P(Compact, EverySectionFitsHalfALaptopScreen)
{
    // Wide, the navigation names the sections and the timer bar is one line.
    window->resize(1366, 740);
    settle();
    EXPECT_FALSE(window->isNarrow());
    EXPECT_FALSE(window->timerBar()->isCompact());

    // Dragged narrower: past the names' width the navigation gives way to icons, and the drag goes on.
    for (int width = 1000; width >= kHalfOfALaptop; width -= 40) {
        window->resize(width, 740);
        settle();
    }
    window->resize(kHalfOfALaptop, 740);
    settle();
    EXPECT_TRUE(window->isNarrow());
    EXPECT_TRUE(window->timerBar()->isCompact()) << "two lines";
    for (int i = 0; i < MainWindow::SectionCount; ++i) {
        window->showSection(MainWindow::Section(i));
        settle();
        EXPECT_LE(window->minimumSizeHint().width(), kHalfOfALaptop)
            << "section " << i << ": " << widest(window.get()).toStdString();
        EXPECT_LE(window->width(), kHalfOfALaptop) << "section " << i;
        // What the timer needs stays in sight, whole.
        TimerBar *bar = window->timerBar();
        for (QWidget *w :
             {static_cast<QWidget *>(bar->clientBox()), static_cast<QWidget *>(bar->startStopButton())}) {
            EXPECT_TRUE(w->isVisible());
            EXPECT_LE(w->mapTo(window.get(), QPoint(w->width(), 0)).x(), window->width()) << "section " << i;
        }
    }
}

TEST_P(Compact, CompactModeKeepsTheTimerClientAndTodayOnASmallWindow)
{
    window->resize(1200, 760);
    settle();
    const QRect full = window->geometry();
    window->compactAction()->trigger(); // View ▸ Compact
    settle();
    EXPECT_TRUE(window->isCompact());
    TimerBar *bar = window->timerBar();
    EXPECT_TRUE(bar->clientBox()->isVisible());
    EXPECT_TRUE(bar->startStopButton()->isVisible());
    EXPECT_TRUE(window->findChild<QLabel *>(s("timerToday"))->isVisible());
    EXPECT_TRUE(window->findChild<QLabel *>(s("timerElapsed"))->isVisible());
    EXPECT_FALSE(window->findChild<QStackedWidget *>(s("sectionPages"))->isVisible());
    EXPECT_LE(window->width(), kHalfOfALaptop);
    EXPECT_LT(window->height(), 200) << "a strip, not a window of empty space";

    // The timer works from there.
    QTest::keyClicks(bar->clientBox()->lineEdit(), s("Bianchi"));
    window->timerAction()->trigger();
    settle();
    EXPECT_TRUE(bar->running());

    // Off again: the sections and the size the window had.
    window->compactAction()->trigger();
    settle();
    EXPECT_FALSE(window->isCompact());
    EXPECT_TRUE(window->findChild<QStackedWidget *>(s("sectionPages"))->isVisible());
    EXPECT_EQ(window->size(), full.size());
    EXPECT_FALSE(window->timerBar()->isCompact());
}

TEST_P(Compact, TheInvoiceStatusIsNeverCut)
{
    window->resize(1366, 740);
    window->showSection(MainWindow::Section::Invoices);
    settle();
    auto *view = window->findChild<QTableView *>(s("invoiceView"));
    ASSERT_TRUE(view);
    const int width = view->columnWidth(InvoiceListModel::Status);
    for (const QString &status : InvoiceListModel::statusTexts())
        EXPECT_GE(width, view->fontMetrics().horizontalAdvance(status) + 8) << status.toStdString();

    // Not even when the widths were saved narrower, in another language, by an earlier session.
    view->setColumnWidth(InvoiceListModel::Status, 40);
    window.reset(); // saves the columns as they are
    window = std::make_unique<MainWindow>(clock);
    ASSERT_TRUE(window->openDatabase(dir.file(s("compact.sqlite"))));
    window->show();
    window->showSection(MainWindow::Section::Invoices);
    settle();
    view = window->findChild<QTableView *>(s("invoiceView"));
    EXPECT_EQ(view->columnWidth(InvoiceListModel::Status), width);
}

INSTANTIATE_TEST_SUITE_P(Languages, Compact, ::testing::Values("en", "it"));
