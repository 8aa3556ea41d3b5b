#pragma once

#include <QByteArray>
#include <QString>

namespace Ferry::ContentDisposition {

// The file name a Content-Disposition header suggests (RFC 6266): `filename*` (RFC 8187,
// charset'language'percent-encoded) wins over `filename`; quoted strings are unescaped. The
// result is not yet safe to use as a path: pass it through JobFiles::sanitizeFileName.
// Empty when the header names no file.
QString fileName(const QByteArray &header);

} // namespace Ferry::ContentDisposition
