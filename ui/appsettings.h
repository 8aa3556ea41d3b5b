#pragma once

#include "enginepreferences.h"

#include <QMetaType>
#include <QString>

namespace Ferry {

// The user's preferences, kept with QSettings in $XDG_CONFIG_HOME/ferry/ferry.conf. One typed
// accessor per setting, so every reader agrees on keys and defaults. The engine settings
// (concurrent transfers, speed limit, segments) are read by the application when it starts the
// engine and applied again when the settings dialog changes them.
struct AppSettings
{
    QString downloadDirectory; // default: the XDG download folder
    bool autoComplete = true; // jobs made in the window complete themselves when transferred
    int maxConcurrentTransfers = 3; // background jobs transferring at once
    qint64 downloadLimit = 0; // bytes per second for all downloads; 0: none
    bool limitOn = true; // the tray's "Limit Speed" toggle; off: full speed, the rate kept
    int segments = 4; // connections per large file; 1: never segmented
    bool notifications = true; // notify when a job finishes or fails
    bool closeToTray = true; // closing the window hides it when a tray exists
    bool startWithSession = false; // XDG autostart entry, started minimised to the tray
    bool addDroppedWithoutAsking = false; // dropped/pasted links are queued without the dialog
    QString language; // "", "en", "ru" or "it"; empty: the system's

    static AppSettings load();
    void save() const;
    // The three engine settings above, as the engine reads them.
    EnginePreferences enginePreferences() const;

    // Writes or removes ~/.config/autostart/<app-id>.desktop; false when it could not.
    static bool applyAutostart(bool enabled);
    static QString autostartPath();
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::AppSettings)
