// The desktop test runner: a real QApplication on the offscreen platform, so widgets are created,
// laid out and driven with QTest without a display.

#include "appinfo.h"
#include "messagebox.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    minuta::appinfo::initialize();
    QStandardPaths::setTestModeEnabled(true);
    minuta::appinfo::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    // No test may ever block on a modal message box.
    minuta::ui::MessageBox::answerAutomatically(QMessageBox::Ok);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
