#pragma once

#include "jobtypes.h"

#include <QIcon>

// Ferry's own artwork (resources/icons/, compiled into ferry_ui as a Qt resource). The icons are
// SVG: drawing them needs Qt's SVG icon engine at run time (Debian 12: libqt6svg6, Debian 13:
// qt6-svg-plugins), which the .deb depends on.
namespace Ferry::Icons {

// The application icon: the installed theme icon net.ferrydm.Ferry when the icon theme has it,
// else the copy built into the program.
QIcon application();

// One icon per BITS job state (queued, connecting, transferring, transient error, error,
// transferred, acknowledged, cancelled, suspended).
QIcon state(JobState state);
// A completed download that kept only some of its files (the check mark on amber).
QIcon partlyKept();

// The tray icon; `active` is the variant shown while jobs are transferring.
QIcon tray(bool active);

// An action's icon: `themeName` from the desktop's icon theme (freedesktop naming), else Ferry's
// own drawing of it, so that a bare desktop without an icon theme still shows icons.
QIcon action(const QString &themeName);

} // namespace Ferry::Icons
