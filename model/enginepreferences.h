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
    // The tray's "Limit Speed" toggle: off keeps the rate but transfers at full speed.
    bool limitOn = true;
    int segments = 4; // connections per large file; 1: never segmented

    // The limit the engine applies: the rate while the toggle is on, else none.
    qint64 effectiveDownloadLimit() const { return limitOn ? downloadLimit : 0; }

    static EnginePreferences load(const QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace Ferry
