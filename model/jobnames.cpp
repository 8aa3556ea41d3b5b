#include "jobnames.h"

#include <QLocale>

namespace Ferry {

QString JobNames::state(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return tr("Queued", "job state");
    case JobState::Connecting:
        return tr("Connecting", "job state");
    case JobState::Transferring:
        return tr("Transferring", "job state");
    case JobState::Suspended:
        return tr("Suspended", "job state");
    case JobState::Error:
        return tr("Error", "job state");
    case JobState::TransientError:
        return tr("Transient error", "job state: will retry");
    case JobState::Transferred:
        return tr("Transferred", "job state: waiting for Complete");
    case JobState::Acknowledged:
        return tr("Completed", "job state: ACKNOWLEDGED");
    case JobState::Cancelled:
        return tr("Cancelled", "job state");
    }
    return QString();
}

QString JobNames::validation(Validation validation)
{
    switch (validation) {
    case Validation::NotChecked:
        return tr("Not checked", "checksum of a file");
    case Validation::Verified:
        return tr("Verified", "checksum of a file: the bytes match");
    case Validation::Mismatch:
        return tr("Mismatch", "checksum of a file: the bytes do not match");
    }
    return QString();
}

QString JobNames::checksumSource(ChecksumSource source)
{
    switch (source) {
    case ChecksumSource::None:
        return QString();
    case ChecksumSource::User:
        return tr("given by you", "where a checksum came from");
    case ChecksumSource::ReprDigest:
        return tr("the server (Repr-Digest)", "where a checksum came from");
    case ChecksumSource::ContentDigest:
        return tr("the server (Content-Digest)", "where a checksum came from");
    case ChecksumSource::DigestHeader:
        return tr("the server (Digest)", "where a checksum came from");
    case ChecksumSource::Metalink:
        return tr("a Metalink", "where a checksum came from");
    case ChecksumSource::ChecksumFile:
        return tr("a checksum file", "where a checksum came from");
    }
    return QString();
}

QString JobNames::type(JobType type)
{
    switch (type) {
    case JobType::Download:
        return tr("Download", "job type");
    case JobType::Upload:
        return tr("Upload", "job type");
    case JobType::UploadReply:
        return tr("Upload with reply", "job type");
    }
    return QString();
}

QString JobNames::priority(JobPriority priority)
{
    switch (priority) {
    case JobPriority::Foreground:
        return tr("Foreground", "job priority");
    case JobPriority::High:
        return tr("High", "job priority");
    case JobPriority::Normal:
        return tr("Normal", "job priority");
    case JobPriority::Low:
        return tr("Low", "job priority");
    }
    return QString();
}

QString JobNames::context(ErrorContext context)
{
    switch (context) {
    case ErrorContext::None:
        return tr("No error", "error context");
    case ErrorContext::Unknown:
        return tr("Unknown cause", "error context");
    case ErrorContext::GeneralQueueManager:
        return tr("Transfer engine", "error context");
    case ErrorContext::QueueManagerNotification:
        return tr("Notification", "error context");
    case ErrorContext::LocalFile:
        return tr("Local file", "error context");
    case ErrorContext::RemoteFile:
        return tr("Remote file", "error context");
    case ErrorContext::GeneralTransport:
        return tr("Network", "error context");
    case ErrorContext::RemoteApplication:
        return tr("Server application", "error context");
    case ErrorContext::ServerCertificateCallback:
        return tr("Server certificate check", "error context");
    }
    return QString();
}

QString JobNames::speed(qint64 bytesPerSecond)
{
    //: transfer speed; %1 is a size such as "1.5 MiB"
    return tr("%1/s").arg(QLocale().formattedDataSize(bytesPerSecond));
}

QString JobNames::duration(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    if (seconds < 60)
        return tr("%n s", "duration in seconds", int(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n min", "duration in minutes", int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        //: hours and minutes, e.g. "3 h 5 min"
        return tr("%1 %2").arg(tr("%n h", "duration in hours", int(hours)),
                               tr("%n min", "duration in minutes", int(minutes % 60)));
    }
    return tr("%n day(s)", "duration in days", int(hours / 24));
}

} // namespace Ferry
