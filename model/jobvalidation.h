#pragma once

#include "job.h"
#include "result.h"

namespace Ferry::JobValidation {

// Each returns S_OK or the BITS refusal with a detail naming what is wrong.
Result remoteUrl(const QUrl &url);
Result localPath(JobType type, const QString &path);
Result replyFileName(const QString &path);
Result displayName(const QString &name);
Result description(const QString &text);
Result customHeaders(const QString &headers);
Result notifyCmdLine(const QStringList &programAndArguments);
Result credentials(const Credentials &credentials);
Result proxy(const ProxySettings &proxy);

} // namespace Ferry::JobValidation
