#pragma once

#include "fakeengine.h"
#include "mainwindow.h"

#include <QAction>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Ferry::Test {

// A main window over a FakeEngine (jobs stay where the test puts them; the test plays the transfer
// engine), with its settings in a temporary folder.
class WindowFixture
{
public:
    WindowFixture();
    // Makes the window (after the test had a chance to prepare jobs and settings).
    MainWindow *window();

    // Waits until the window's model shows the job; false on timeout.
    bool shown(const JobId &id);
    // Selects exactly these jobs in the view.
    void select(const QList<JobId> &ids);

    FakeEngine engine;
    QTemporaryDir downloads;
    QStringList opened; // what Open / Open Containing Folder asked the desktop to show

private:
    std::unique_ptr<MainWindow> m_window;
};

// Points QSettings at a fresh temporary folder; call once before any window exists.
void isolateSettings(const QString &dir);

// The child of that type (and name) once it exists (a dialog the window opens), or nullptr after
// QTest's default wait.
template<typename T>
T *waitForChild(QObject *parent, const QString &name = {})
{
    T *child = nullptr;
    const bool found = QTest::qWaitFor([&]() {
        child = parent->findChild<T *>(name);
        return child != nullptr;
    });
    return found ? child : nullptr;
}

// One of the window's actions by object name ("actionResume").
inline QAction *action(MainWindow *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

} // namespace Ferry::Test
