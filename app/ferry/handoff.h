#pragma once

#include <QStringList>

namespace Ferry {

// What a starting window does about a Ferry that runs already.
enum class Handoff {
    NoneRunning, // start the engine here
    Forwarded, // the running window took the command line: exit
    DaemonStopped, // a daemon let go of the engine so that this window can take it
};

// Connects to the running engine, if any: a window gets the URLs (and is raised); a daemon is
// asked to quit so that the window can take over its engine.
Handoff handOffToRunningInstance(const QStringList &urls, bool show);

// `ferry --quit`: the running window or daemon quits without asking (its transfers go on where
// they stopped the next time Ferry starts). False when no Ferry runs.
bool quitRunningInstance();

} // namespace Ferry
