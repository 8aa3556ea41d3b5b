#pragma once

#include <QList>
#include <QUrl>

class QMimeData;

namespace Ferry {

// What a drop or the clipboard carries for Ferry: the local files (uploads) and the web links
// (downloads) of a text/uri-list, or of text with URLs separated by white space.
struct DroppedLinks
{
    QList<QUrl> web; // http and https URLs, in order, without duplicates
    QStringList localFiles;

    static DroppedLinks from(const QMimeData *data);
    bool isEmpty() const { return web.isEmpty() && localFiles.isEmpty(); }
};

} // namespace Ferry
