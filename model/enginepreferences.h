#pragma once

#include <QtGlobal>

class QSettings;

namespace Ferry {

// The engine's part of the user's settings ($XDG_CONFIG_HOME/ferry/ferry.conf): read by whichever
// process runs the engine (the window, `ferry --daemon`, `ferryctl transfer`) and written by the
// window's settings dialog, through AppSettings. One place for the keys and their bounds.
struct EnginePreferences
{
    int maxConcurrentTransfers = 3; // background jobs transferring at once
    qint64 downloadLimit = 0; // bytes per second for all downloads; 0: none
    int segments = 4; // connections per large file; 1: never segmented

    static EnginePreferences load(const QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace Ferry
