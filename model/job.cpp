#include "job.h"

#include <algorithm>

namespace Ferry {

bool operator==(const JobFile &a, const JobFile &b)
{
    return a.remoteUrl == b.remoteUrl && a.localPath == b.localPath && a.bytesTotal == b.bytesTotal
        && a.bytesTransferred == b.bytesTransferred && a.completed == b.completed
        && a.etag == b.etag && a.lastModified == b.lastModified && a.segments == b.segments
        && a.part == b.part && a.committing == b.committing && a.integrity == b.integrity;
}

namespace {
struct SourceName
{
    ChecksumSource source;
    const char *name;
};
constexpr SourceName kSources[] = {
    { ChecksumSource::None, "" },
    { ChecksumSource::User, "user" },
    { ChecksumSource::ReprDigest, "repr-digest" },
    { ChecksumSource::DigestHeader, "digest" },
    { ChecksumSource::Metalink, "metalink" },
    { ChecksumSource::ChecksumFile, "checksum-file" },
    { ChecksumSource::ContentDigest, "content-digest" },
};
constexpr const char *kValidations[] = { "not-checked", "verified", "mismatch" };
} // namespace

QString checksumSourceName(ChecksumSource source)
{
    for (const SourceName &s : kSources) {
        if (s.source == source)
            return QLatin1String(s.name);
    }
    return QString();
}

QString validationName(Validation validation)
{
    return QLatin1String(kValidations[int(validation) % 3]);
}

QString FileIntegrity::toStoreText() const
{
    if (isNull())
        return QString();
    QString text = checksumSourceName(source);
    if (text.isEmpty())
        text = QStringLiteral("none");
    text += QLatin1Char(' ') + validationName(validation);
    if (expected)
        text += QLatin1Char(' ') + expected->toString();
    return text;
}

FileIntegrity FileIntegrity::fromStoreText(const QString &text)
{
    FileIntegrity integrity;
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return integrity;
    for (const SourceName &s : kSources) {
        if (parts.at(0) == QLatin1String(s.name))
            integrity.source = s.source;
    }
    for (int v = 0; v < 3; ++v) {
        if (parts.at(1) == QLatin1String(kValidations[v]))
            integrity.validation = Validation(v);
    }
    if (parts.size() > 2) {
        const ChecksumParser::Parsed parsed = ChecksumParser::parse(parts.at(2));
        if (parsed.line && parsed.line->fileName.isEmpty())
            integrity.expected = parsed.line->checksum;
    }
    // A damaged digest is no digest: a Verified without one means nothing either.
    if (!integrity.expected) {
        integrity.source = ChecksumSource::None;
        integrity.validation = Validation::NotChecked;
    }
    return integrity;
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

int Job::filesKept() const
{
    return int(
        std::count_if(files.cbegin(), files.cend(), [](const JobFile &f) { return f.completed; }));
}

Validation Job::validation() const
{
    bool anyDigest = false;
    bool allVerified = true;
    for (const JobFile &f : files) {
        if (f.integrity.validation == Validation::Mismatch)
            return Validation::Mismatch;
        if (f.integrity.expected) {
            anyDigest = true;
            allVerified = allVerified && f.integrity.validation == Validation::Verified;
        }
    }
    return anyDigest && allVerified ? Validation::Verified : Validation::NotChecked;
}

bool Job::allFilesTransferred() const
{
    return !files.isEmpty() && currentFileIndex() == -1;
}

} // namespace Ferry
