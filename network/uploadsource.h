#pragma once

#include "job.h"
#include "transferfailure.h"

#include <optional>

namespace Ferry::UploadSource {

// Checks an upload's source file before an attempt (and once the server has it). The first
// check records the file's size (bytesTotal) and modification time (lastModified) in `file`;
// later checks compare with them: a change is BG_E_LOCAL_FILE_CHANGED (LOCAL_FILE, fatal, spec
// §3), a file that cannot be read a local file error.
std::optional<TransferFailure> check(JobFile *file, int fileIndex);

} // namespace Ferry::UploadSource
