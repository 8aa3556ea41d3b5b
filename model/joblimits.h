#pragma once

#include <QtGlobal>

namespace Ferry {

// The BITS group-policy limits (spec §8) with defaults for a desktop download manager: BITS's
// 60 jobs per user and 200 files per job suit a system service, not a user with a long queue.
struct JobLimits
{
    int maxJobsPerUser = 100000; // CreateJob → BG_E_TOO_MANY_JOBS_PER_USER
    int maxFilesPerJob = 10000; // AddFile → BG_E_TOO_MANY_FILES_IN_JOB
    qint64 jobInactivityTimeout = qint64(90) * 24 * 3600; // seconds without change → cancelled
};

// Fixed string limits of BITS (spec §8 "Other hard limits").
namespace StringLimits {
constexpr int DisplayName = 256;
constexpr int Description = 1024;
constexpr int RemoteUrl = 2200;
constexpr int LocalPath = 4096; // PATH_MAX plays the part of MAX_PATH
constexpr int CustomHeaders = 16383;
constexpr int CmdLineParameters = 4000;
constexpr int UserName = 300;
constexpr int Password = 65535;
constexpr int ProxyList = 32768;
} // namespace StringLimits

} // namespace Ferry
