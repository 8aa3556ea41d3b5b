#pragma once

#include "result.h"

#include <QString>

namespace Ferry::RuntimePaths {

// Where one user's Ferry keeps the files that say an engine runs: $XDG_RUNTIME_DIR/ferry (taken
// from the environment as is, so that a test or a second session can point it elsewhere), or
// QStandardPaths' fallback when the variable is not set.
QString directory();
// The per-user engine lock and the IPC socket in directory().
QString lockPath();
QString socketPath();

// Creates directory() with mode 0700, or tightens an existing one to 0700. E_ACCESSDENIED when
// it belongs to another user or cannot be made private.
Result ensurePrivateDirectory(const QString &path);

// Whether the process runs: it exists and is not a zombie (a killed engine whose parent has not
// reaped it yet, as under a container's init, still holds its pid).
bool processRunning(qint64 pid);

} // namespace Ferry::RuntimePaths
