// One Minuta per user, as a desktop expects: a second launch (from the file manager's "Open with",
// or the menu) hands its file to the window already open, which opens it, and ends at once instead
// of failing on a file that is in use.

#include "testfiles.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

using namespace minuta::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST(SingleInstance, ASecondLaunchHandsItsFileToTheFirstAndEnds)
{
    // The program's settings in a folder of the test's, apart from any Minuta the user runs.
    TempDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("XDG_CONFIG_HOME"), home.file(s("config")));
    env.insert(s("XDG_DATA_HOME"), home.file(s("data")));
    env.insert(s("QT_QPA_PLATFORM"), s("offscreen"));
    const QString first = home.file(s("first.sqlite"));
    const QString second = home.file(s("second.sqlite"));
    const QSettings settings(home.file(s("config/Minuta/Minuta.conf")), QSettings::IniFormat);
    const auto lastOpened = [&] {
        QSettings read(settings.fileName(), QSettings::IniFormat);
        return QFileInfo(read.value(s("files/last")).toString()).fileName();
    };
    const auto waitFor = [&](const std::function<bool()> &done) {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < 20000)
            QTest::qWait(100);
        return done();
    };

    QProcess running;
    running.setProcessEnvironment(env);
    running.start(s(MINUTA_APP_PATH), {s("--db"), first});
    ASSERT_TRUE(running.waitForStarted(10000));
    ASSERT_TRUE(waitFor([&] { return lastOpened() == s("first.sqlite"); }))
        << "the first window opened its file";

    // `minuta FILE`, as the desktop file's %f runs it.
    QProcess again;
    again.setProcessEnvironment(env);
    again.start(s(MINUTA_APP_PATH), {second});
    ASSERT_TRUE(again.waitForFinished(20000));
    EXPECT_EQ(again.exitCode(), 0) << again.readAllStandardError().toStdString();
    EXPECT_TRUE(waitFor([&] { return lastOpened() == s("second.sqlite"); }))
        << "the window already open took the file";
    EXPECT_EQ(running.state(), QProcess::Running) << "and it goes on";

    // A launch with no file only brings the window forward.
    again.start(s(MINUTA_APP_PATH), {});
    ASSERT_TRUE(again.waitForFinished(20000));
    EXPECT_EQ(again.exitCode(), 0);
    EXPECT_EQ(lastOpened(), s("second.sqlite"));

    running.terminate();
    if (!running.waitForFinished(10000))
        running.kill();
}
