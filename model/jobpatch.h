#pragma once

#include "jobcommands.h"
#include "joblimits.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace Ferry {

// How a JobPatch changes a job: every field it sets is checked first — its value
// (JobValidation), and whether the job's type and state allow it (JobRules: SetProperty,
// SetReplyFileName, SetRemoteName, AddFile) — and only when all pass is the job changed. The
// queue then stores the result in one write.
class JobPatcher
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::JobPatcher)
public:
    struct Context
    {
        JobLimits limits;
        // S_OK when no other unfinished file is written to `path` (nor one in `alsoTaken`).
        std::function<Result(const QString &path, const QSet<QString> &alsoTaken)> destinationFree;
    };

    explicit JobPatcher(Context context);

    // The first action of the patch that JobRules must allow (for the refusal of a job that
    // is no longer in the queue).
    static JobAction firstAction(const JobPatch &patch);

    // Applies the patch to `job`: S_OK (S_FALSE for a removal of credentials that were not
    // there), or the first refusal with `job` unchanged.
    Result apply(Job &job, const JobPatch &patch) const;

    // What the checks of one batch of new jobs share: the destinations the batch already
    // claims, and the folders already found writable (checked once each, not once per file).
    struct Batch
    {
        QSet<QString> destinations;
        QHash<QString, Result> folders;
    };

    // The job a NewJob describes, created now with a fresh id, SUSPENDED (QUEUED with `resume`):
    // every value and setting is checked as the calls that set them would (CreateJob, AddFile,
    // then this patcher for the settings). On a refusal `job` is left as it was.
    Result make(const NewJob &spec, const QDateTime &now, Batch &batch, Job *job) const;

    // The checks of a new job's settings (NewJob) that a patch shares.
    static Result checkUploadOptions(JobType type, const UploadOptions &options);

private:
    Result checkValues(const JobPatch &patch) const;
    Result checkForJob(const Job &job, const JobPatch &patch) const;

    Context m_context;
};

} // namespace Ferry
