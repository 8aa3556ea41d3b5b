#include "droppedlinks.h"

#include "newjobdialog.h"

#include <QMimeData>
#include <QRegularExpression>

namespace Ferry {

DroppedLinks DroppedLinks::from(const QMimeData *data)
{
    DroppedLinks links;
    if (!data)
        return links;
    QList<QUrl> urls;
    if (data->hasUrls()) {
        urls = data->urls();
    } else if (data->hasText()) {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        const QStringList words = data->text().split(space, Qt::SkipEmptyParts);
        for (const QString &word : words)
            urls.append(QUrl(word, QUrl::StrictMode));
    }
    QStringList web;
    for (const QUrl &url : std::as_const(urls)) {
        if (url.isLocalFile())
            links.localFiles.append(url.toLocalFile());
        else if (url.isValid() && !url.scheme().isEmpty())
            web.append(url.toString());
    }
    links.web = NewJobDialog::parseUrls(web.join(QLatin1Char('\n')));
    return links;
}

} // namespace Ferry
