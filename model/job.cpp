#include "job.h"

namespace Ferry {

bool operator==(const JobFile &a, const JobFile &b)
{
    return a.remoteUrl == b.remoteUrl && a.localPath == b.localPath && a.bytesTotal == b.bytesTotal
        && a.bytesTransferred == b.bytesTransferred && a.completed == b.completed
        && a.etag == b.etag && a.lastModified == b.lastModified && a.segments == b.segments
        && a.part == b.part && a.committing == b.committing;
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
    for (int i = 0; i < files.size(); ++i) {
        const JobFile &f = files.at(i);
        if (f.bytesTotal == SizeUnknown)
            p.bytesTotal = SizeUnknown;
        else if (p.bytesTotal != SizeUnknown)
            p.bytesTotal += f.bytesTotal;
        p.bytesTransferred += f.bytesTransferred;
        if (fileTransferred(i))
            ++p.filesTransferred;
    }
    return p;
}

bool Job::fileTransferred(int index) const
{
    const JobFile &f = files.at(index);
    return type == JobType::Download ? f.isTransferred() : f.completed;
}

UploadProtocol Job::uploadProtocol() const
{
    if (upload.protocol != UploadProtocol::Default)
        return upload.protocol;
    return type == JobType::UploadReply ? UploadProtocol::Post : UploadProtocol::Put;
}

int Job::currentFileIndex() const
{
    for (int i = 0; i < files.size(); ++i) {
        if (!fileTransferred(i))
            return i;
    }
    return -1;
}

bool Job::allFilesTransferred() const
{
    return !files.isEmpty() && currentFileIndex() == -1;
}

} // namespace Ferry
