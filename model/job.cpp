#include "job.h"

namespace Ferry {

bool operator==(const JobFile &a, const JobFile &b)
{
    return a.remoteUrl == b.remoteUrl && a.localPath == b.localPath && a.bytesTotal == b.bytesTotal
        && a.bytesTransferred == b.bytesTransferred && a.completed == b.completed
        && a.etag == b.etag && a.lastModified == b.lastModified && a.segments == b.segments;
}

QString segmentsToString(const QList<FileSegment> &segments)
{
    QStringList parts;
    parts.reserve(segments.size());
    for (const FileSegment &s : segments)
        parts.append(QStringLiteral("%1:%2:%3").arg(s.begin).arg(s.end).arg(s.done));
    return parts.join(QLatin1Char(';'));
}

QList<FileSegment> segmentsFromString(const QString &text)
{
    QList<FileSegment> out;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList n = part.split(QLatin1Char(':'));
        if (n.size() != 3)
            return {};
        FileSegment s { n.at(0).toLongLong(), n.at(1).toLongLong(), n.at(2).toLongLong() };
        if (s.begin < 0 || s.end < s.begin || s.done < 0 || s.done > s.end - s.begin)
            return {}; // damaged: the file restarts rather than trusting it
        out.append(s);
    }
    return out;
}

JobProgress Job::progress() const
{
    JobProgress p;
    p.filesTotal = int(files.size());
    for (const JobFile &f : files) {
        if (f.bytesTotal == SizeUnknown)
            p.bytesTotal = SizeUnknown;
        else if (p.bytesTotal != SizeUnknown)
            p.bytesTotal += f.bytesTotal;
        p.bytesTransferred += f.bytesTransferred;
        if (f.isTransferred())
            ++p.filesTransferred;
    }
    return p;
}

int Job::currentFileIndex() const
{
    for (int i = 0; i < files.size(); ++i) {
        if (!files.at(i).isTransferred())
            return i;
    }
    return -1;
}

bool Job::allFilesTransferred() const
{
    return !files.isEmpty() && currentFileIndex() == -1;
}

} // namespace Ferry
