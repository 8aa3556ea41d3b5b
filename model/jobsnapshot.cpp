#include "jobsnapshot.h"

namespace Ferry {

JobSnapshot JobSnapshot::of(const Job &job, qint64 bytesPerSecond, int connections)
{
    JobSnapshot s { job, bytesPerSecond, connections };
    for (Credentials &c : s.job.credentials)
        c.password.clear();
    return s;
}

} // namespace Ferry
