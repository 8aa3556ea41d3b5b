#pragma once

#include "job.h"

#include <QStringList>

namespace Ferry::JobSecrets {

// What replaces a secret value wherever a job is shown (ferryctl info, Properties, the IPC JSON).
inline constexpr char Mask[] = "<hidden>";

// Headers whose values are secrets: Cookie and Authorization (what the browser hands over),
// Proxy-Authorization, and any name that says it carries a token, key, password or session.
bool isSecretHeader(const QString &name);

// The job's custom headers as "Name: value" lines, secret values replaced by Mask.
QStringList maskedHeaders(const QString &customHeaders);

// A finished job (ACKNOWLEDGED or CANCELLED) keeps no custom headers and no credentials: they
// may hold the browser's cookies or a password, and history has no use for them. Returns true
// when something was dropped (the store must then erase the old rows' content).
bool dropFromFinished(Job &job);

} // namespace Ferry::JobSecrets
