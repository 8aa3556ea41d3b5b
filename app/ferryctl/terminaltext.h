#pragma once

#include <QString>

namespace Ferry {

// Text that came from a server, a job or the engine, made safe to print on a terminal: control
// characters (C0, DEL and C1, whose ESC and CSI start terminal escapes) and the bidirectional
// overrides are shown as "\x1b", "\u009b", "\u202e" instead of being sent to the terminal.
QString printable(const QString &text);

} // namespace Ferry
