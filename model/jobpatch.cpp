#include "jobpatch.h"

#include "jobfiles.h"
#include "jobvalidation.h"

#include <QDir>
#include <QRegularExpression>

namespace Ferry {

namespace {

// The user gives a file its digest (or takes it away): it is checked again.
void setUserChecksum(JobFile &file, const std::optional<Checksum> &checksum)
{
    if (file.integrity.expected == checksum && file.integrity.source == ChecksumSource::User)
        return;
    file.integrity.expected = checksum;
    file.integrity.source = checksum ? ChecksumSource::User : ChecksumSource::None;
    file.integrity.validation = Validation::NotChecked;
}

} // namespace

bool JobPatch::isEmpty() const
{
    return !displayName && !description && !priority && !noProgressTimeout && !minimumRetryDelay
        && !notifyFlags && !notifyCmdLine && !replyFileName && !customHeaders
        && credentials.isEmpty() && removedCredentials.isEmpty() && !proxy && !autoComplete
        && !speedLimit && !segments && !upload && remoteNames.isEmpty() && newFiles.isEmpty()
        && checksums.isEmpty();
}

JobPatcher::JobPatcher(Context context)
    : m_context(std::move(context))
{ }

JobAction JobPatcher::firstAction(const JobPatch &patch)
{
    if (!patch.newFiles.isEmpty())
        return JobAction::AddFile;
    if (!patch.remoteNames.isEmpty())
        return JobAction::SetRemoteName;
    JobPatch properties = patch;
    properties.replyFileName.reset();
    if (patch.replyFileName && properties.isEmpty())
        return JobAction::SetReplyFileName;
    return JobAction::SetProperty;
}

Result JobPatcher::make(const NewJob &spec, const QDateTime &now, Batch &batch, Job *made) const
{
    if (int(spec.type) >= JobTypeCount || int(spec.priority) >= JobPriorityCount)
        return Result::E_INVALIDARG;
    if (const Result r = JobValidation::displayName(spec.displayName); r.isError())
        return r;
    if (spec.type != JobType::Download && spec.files.size() > 1)
        return Result::BG_E_TOO_MANY_FILES;
    if (spec.files.size() > m_context.limits.maxFilesPerJob)
        return Result::BG_E_TOO_MANY_FILES_IN_JOB;
    if (spec.resume && spec.files.isEmpty())
        return Result::BG_E_EMPTY;
    if (spec.speedLimit < 0 || spec.segments < 0 || spec.segments > MaxSegments)
        return Result::E_INVALIDARG;
    Job job;
    job.id = JobId::create();
    job.type = spec.type;
    job.priority = spec.priority;
    job.displayName = spec.displayName;
    job.autoComplete = spec.autoComplete;
    job.speedLimit = spec.speedLimit;
    job.segments = spec.segments;
    job.state = spec.resume ? JobState::Queued : JobState::Suspended;
    job.times.creation = job.times.modification = now;
    if (spec.type != JobType::Download) {
        if (const Result r = checkUploadOptions(spec.type, spec.upload); r.isError())
            return r;
        job.upload = spec.upload;
        job.upload.sessionUrl.clear();
    }
    job.files.reserve(spec.files.size());
    for (const auto &[remote, local] : spec.files) {
        if (const Result r = JobValidation::remoteUrl(remote); r.isError())
            return r;
        if (spec.type == JobType::Download) {
            if (const Result r = m_context.destinationFree(local, batch.destinations); r.isError())
                return r;
            batch.destinations.insert(QDir::cleanPath(local));
        }
        const QString folder = local.section(QLatin1Char('/'), 0, -2);
        Result checked;
        if (spec.type != JobType::Download || !batch.folders.contains(folder)) {
            checked = JobValidation::localPath(spec.type, local);
            if (spec.type == JobType::Download && checked.isSuccess())
                batch.folders.insert(folder, checked);
        }
        if (checked.isError())
            return checked;
        JobFile file;
        file.remoteUrl = remote;
        file.localPath = local;
        job.files.append(std::move(file));
    }
    if (job.type == JobType::UploadReply && !job.files.isEmpty())
        job.replyFileName = JobFiles::defaultReplyPath(job.files.first().localPath);
    // The rest of the job's settings, checked as the calls that set them would.
    JobPatch settings;
    if (!spec.description.isEmpty())
        settings.description = spec.description;
    if (!spec.customHeaders.isEmpty())
        settings.customHeaders = spec.customHeaders;
    settings.credentials = spec.credentials;
    if (!spec.replyFileName.isEmpty())
        settings.replyFileName = spec.replyFileName;
    for (auto c = spec.checksums.cbegin(); c != spec.checksums.cend(); ++c)
        settings.checksums.insert(c.key(), c.value());
    if (!settings.isEmpty()) {
        if (const Result r = apply(job, settings); r.isError())
            return r;
    }
    *made = std::move(job);
    return Result::S_OK;
}

Result JobPatcher::checkUploadOptions(JobType type, const UploadOptions &options)
{
    if (int(options.protocol) > int(UploadProtocol::Tus))
        return Result(Result::E_INVALIDARG, tr("unknown upload protocol"));
    if (type == JobType::UploadReply && options.protocol == UploadProtocol::Tus)
        return Result(Result::E_INVALIDARG, tr("tus uploads have no reply; use POST or PUT"));
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]*$"));
    if (!token.match(options.formField).hasMatch() || options.formField.size() > 256)
        return Result(Result::E_INVALIDARG, tr("the form field name is not valid"));
    return Result::S_OK;
}

Result JobPatcher::checkValues(const JobPatch &patch) const
{
    // What can be told without the job.
    if (patch.displayName) {
        if (const Result r = JobValidation::displayName(*patch.displayName); r.isError())
            return r;
    }
    if (patch.description) {
        if (const Result r = JobValidation::description(*patch.description); r.isError())
            return r;
    }
    if (patch.priority && int(*patch.priority) >= JobPriorityCount)
        return Result::E_NOTIMPL;
    if (patch.notifyFlags && (*patch.notifyFlags & ~NotifyFlagsMask))
        return Result(Result::E_NOTIMPL, QStringLiteral("0x%1").arg(*patch.notifyFlags, 0, 16));
    if (patch.notifyCmdLine) {
        if (const Result r = JobValidation::notifyCmdLine(*patch.notifyCmdLine); r.isError())
            return r;
    }
    if (patch.customHeaders) {
        if (const Result r = JobValidation::customHeaders(*patch.customHeaders); r.isError())
            return r;
    }
    for (const Credentials &c : patch.credentials) {
        if (const Result r = JobValidation::credentials(c); r.isError())
            return r;
    }
    if (patch.proxy) {
        if (const Result r = JobValidation::proxy(*patch.proxy); r.isError())
            return r;
    }
    if (patch.speedLimit && *patch.speedLimit < 0)
        return Result::E_INVALIDARG;
    if (patch.segments && (*patch.segments < 0 || *patch.segments > MaxSegments))
        return Result::E_INVALIDARG;
    return Result::S_OK;
}

Result JobPatcher::checkForJob(const Job &job, const JobPatch &patch) const
{
    JobPatch properties = patch;
    properties.replyFileName.reset();
    properties.remoteNames.clear();
    properties.newFiles.clear();
    properties.newFileChecksums.clear();
    if (!properties.isEmpty()) {
        if (const Result r = JobRules::check(JobAction::SetProperty, job.type, job.state);
            r.isError())
            return r;
    }
    if (patch.upload) {
        if (job.type == JobType::Download)
            return Result(Result::E_NOTIMPL, tr("a download job has no upload options"));
        if (const Result r = checkUploadOptions(job.type, *patch.upload); r.isError())
            return r;
    }
    if (patch.replyFileName) {
        if (job.type == JobType::UploadReply && job.state == JobState::Transferring
            && job.replyProgress.bytesTotal != SizeUnknown)
            return Result(Result::BG_E_INVALID_STATE, tr("the reply is being downloaded"));
        if (const Result r = JobRules::check(JobAction::SetReplyFileName, job.type, job.state);
            r.isError())
            return r;
        if (const Result r = JobValidation::replyFileName(*patch.replyFileName); r.isError())
            return r;
    }
    if (!patch.remoteNames.isEmpty()) {
        if (const Result r = JobRules::check(JobAction::SetRemoteName, job.type, job.state);
            r.isError())
            return r;
        for (auto it = patch.remoteNames.cbegin(); it != patch.remoteNames.cend(); ++it) {
            if (it.key() < 0 || it.key() >= job.files.size())
                return Result(Result::E_INVALIDARG, QStringLiteral("file index %1").arg(it.key()));
            if (const Result r = JobValidation::remoteUrl(it.value()); r.isError())
                return r;
        }
    }
    if (!patch.checksums.isEmpty() || !patch.newFileChecksums.isEmpty()) {
        if (job.type != JobType::Download)
            return Result(Result::BG_E_PROPERTY_SUPPORTED_FOR_DOWNLOAD_JOBS_ONLY,
                          tr("only downloaded files are checked against a checksum"));
        for (auto it = patch.checksums.cbegin(); it != patch.checksums.cend(); ++it) {
            if (it.key() < 0 || it.key() >= job.files.size())
                return Result(Result::E_INVALIDARG, QStringLiteral("file index %1").arg(it.key()));
            if (it.value() && !it.value()->isValid())
                return Result(Result::E_INVALIDARG, tr("the checksum is not valid"));
        }
        for (auto it = patch.newFileChecksums.cbegin(); it != patch.newFileChecksums.cend(); ++it) {
            if (it.key() < 0 || it.key() >= patch.newFiles.size() || !it.value().isValid())
                return Result(Result::E_INVALIDARG, tr("the checksum is not valid"));
        }
    }
    if (!patch.newFiles.isEmpty()) {
        if (const Result r = JobRules::check(JobAction::AddFile, job.type, job.state); r.isError())
            return r;
        if (job.type != JobType::Download && job.files.size() + patch.newFiles.size() > 1)
            return Result::BG_E_TOO_MANY_FILES;
        if (job.files.size() + patch.newFiles.size() > m_context.limits.maxFilesPerJob)
            return Result::BG_E_TOO_MANY_FILES_IN_JOB;
        QSet<QString> taken;
        for (const auto &[remote, local] : patch.newFiles) {
            if (const Result r = JobValidation::remoteUrl(remote); r.isError())
                return r;
            if (const Result r = JobValidation::localPath(job.type, local); r.isError())
                return r;
            if (job.type == JobType::Download && m_context.destinationFree) {
                if (const Result r = m_context.destinationFree(local, taken); r.isError())
                    return r;
                taken.insert(QDir::cleanPath(local));
            }
        }
    }
    return Result::S_OK;
}

Result JobPatcher::apply(Job &job, const JobPatch &patch) const
{
    if (const Result r = checkValues(patch); r.isError())
        return r;
    if (const Result r = checkForJob(job, patch); r.isError())
        return r;
    Result result = Result::S_OK;
    Job next = job;
    if (patch.displayName)
        next.displayName = *patch.displayName;
    if (patch.description)
        next.description = *patch.description;
    if (patch.priority)
        next.priority = *patch.priority;
    if (patch.noProgressTimeout)
        next.noProgressTimeout = *patch.noProgressTimeout;
    if (patch.minimumRetryDelay)
        next.minimumRetryDelay = qMax(*patch.minimumRetryDelay, MinimumRetryDelayFloor);
    if (patch.notifyFlags)
        next.notifyFlags = NotifyFlags::fromInt(int(*patch.notifyFlags));
    if (patch.notifyCmdLine)
        next.notifyCmdLine = *patch.notifyCmdLine;
    if (patch.customHeaders)
        next.customHeaders = *patch.customHeaders;
    for (const auto &[target, scheme] : patch.removedCredentials) {
        const auto removed = next.credentials.removeIf(
            [&](const Credentials &c) { return c.target == target && c.scheme == scheme; });
        if (!removed)
            result = Result::S_FALSE;
    }
    for (const Credentials &credentials : patch.credentials) {
        // One credential per (target, scheme) pair, replaced when set again.
        next.credentials.removeIf([&credentials](const Credentials &c) {
            return c.target == credentials.target && c.scheme == credentials.scheme;
        });
        next.credentials.append(credentials);
    }
    if (patch.proxy)
        next.proxy = *patch.proxy;
    if (patch.autoComplete)
        next.autoComplete = *patch.autoComplete;
    if (patch.speedLimit)
        next.speedLimit = *patch.speedLimit;
    if (patch.segments)
        next.segments = *patch.segments;
    if (patch.upload) {
        const UploadProtocol before = next.uploadProtocol();
        const QUrl session = next.upload.sessionUrl;
        next.upload = *patch.upload;
        // The tus session belongs to the engine, and to its protocol.
        next.upload.sessionUrl = next.uploadProtocol() == before ? session : QUrl();
    }
    // The transfer goes on from the same offset when the new URL serves the same entity (the
    // engine checks the validators); otherwise that file restarts.
    for (auto it = patch.remoteNames.cbegin(); it != patch.remoteNames.cend(); ++it)
        next.files[it.key()].remoteUrl = it.value();
    for (auto it = patch.checksums.cbegin(); it != patch.checksums.cend(); ++it)
        setUserChecksum(next.files[it.key()], it.value());
    for (qsizetype i = 0; i < patch.newFiles.size(); ++i) {
        JobFile file;
        file.remoteUrl = patch.newFiles.at(i).first;
        file.localPath = patch.newFiles.at(i).second;
        if (const auto checksum = patch.newFileChecksums.constFind(int(i));
            checksum != patch.newFileChecksums.cend())
            setUserChecksum(file, *checksum);
        next.files.append(file);
    }
    // A transferred job whose file must now be checked (again) goes back to the queue for it.
    // (Files added to it wait for a Resume, as spec note R says; a checksum needs no new bytes.)
    if (!patch.checksums.isEmpty() && next.state == JobState::Transferred
        && !next.allFilesTransferred())
        next.state = JobState::Queued;
    if (patch.replyFileName) {
        next.replyFileName = *patch.replyFileName;
        if (next.replyFileName.isEmpty() && !next.files.isEmpty())
            next.replyFileName = JobFiles::defaultReplyPath(next.files.first().localPath);
    } else if (next.type == JobType::UploadReply && next.replyFileName.isEmpty()
               && !next.files.isEmpty()) {
        next.replyFileName = JobFiles::defaultReplyPath(next.files.first().localPath);
    }
    job = std::move(next);
    return result;
}

} // namespace Ferry
