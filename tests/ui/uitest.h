#pragma once

// Helpers for driving the desktop app in tests: answering a modal dialog that is about to open, and
// waiting for queued refreshes.

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

#include <gtest/gtest.h>

namespace minuta::test {

// Runs `handle` on the next modal dialog of type D once it is shown (the code under test is inside
// its exec()); the handler accepts or rejects it.
template<typename D> void whenDialogOpens(std::function<void(D *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle, tries] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++*tries > 250) { // five seconds
                ADD_FAILURE() << "the expected dialog did not open";
                timer->deleteLater();
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        handle(dialog);
    });
    timer->start();
}

// Lets queued refreshes (models reload after a change) happen.
inline void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace minuta::test
