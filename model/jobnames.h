#pragma once

#include "job.h"
#include "jobtypes.h"

#include <QCoreApplication>
#include <QString>

namespace Ferry {

// The translated names of states, types, priorities and error contexts: defined here and
// nowhere else, for the job list, dialogs, notifications and ferryctl alike.
class JobNames
{
    Q_DECLARE_TR_FUNCTIONS(JobNames)
public:
    static QString state(JobState state);
    static QString type(JobType type);
    static QString priority(JobPriority priority);
    static QString context(ErrorContext context);
    // "Verified", "Not checked", "Mismatch"
    static QString validation(Validation validation);
    // Where a file's expected digest came from: "you", "the server (Repr-Digest)", …
    static QString checksumSource(ChecksumSource source);
    // "1.5 MiB/s"
    static QString speed(qint64 bytesPerSecond);
    // "3 h 5 min", "45 s"; empty when unknown
    static QString duration(qint64 seconds);
};

} // namespace Ferry
