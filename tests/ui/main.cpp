// The desktop test runner: a real QApplication on the offscreen platform, so widgets are created,
// laid out and driven with QTest without a display.

#include "io/drawing.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "notifier.h"
#include "storage/appinfo.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    minuta::appinfo::initialize();
    minuta::drawing::install();
    QStandardPaths::setTestModeEnabled(true);
    // Test processes run side by side: each keeps its window settings in its own folder.
    QTemporaryDir settingsDir;
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settingsDir.path());
    minuta::appinfo::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    // No test may ever block on a modal message box, nor on the first-run setup it does not drive.
    minuta::ui::MessageBox::answerAutomatically(QMessageBox::Ok);
    minuta::ui::MainWindow::offerSetupOnNewFiles(false);
    // Nor show a desktop notification: they are kept for the tests to read.
    minuta::ui::Notifier::keepForTests();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
