#pragma once

#include <QByteArray>
#include <QString>

namespace Ferry::Test {

// Writes `size` pseudo-random bytes (from `seed`) to `path` a block at a time, never the whole
// file in memory, and returns their SHA-256 in hex; empty when the file cannot be written.
QByteArray writeRandomFile(const QString &path, qint64 size, quint32 seed);

// The SHA-256 of a file in hex; empty when it cannot be read.
QByteArray sha256Of(const QString &path);

} // namespace Ferry::Test
