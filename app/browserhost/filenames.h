#pragma once

#include <QString>

class QUrl;

namespace Ferry::FileNames {

// A name the browser suggested, made safe to put in the destination folder (RELIABILITY.md
// invariant 5): the last path component only, no control or bidirectional-override characters,
// no leading dots or spaces, at most 255 bytes of UTF-8 (the extension kept). Empty when nothing
// usable is left: the server or the URL then names the file.
QString safeName(const QString &suggested);

// The name a URL's path ends in (decoded, made safe); empty for a path that ends in "/".
QString fromUrl(const QUrl &url);

} // namespace Ferry::FileNames
