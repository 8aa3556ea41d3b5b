#pragma once

#include "job.h"

#include <QJsonObject>

namespace Ferry::JobJson {

// The JSON form of a job shared by `ferryctl info --json`, `list --json` and the IPC protocol
// (docs/cli.md): BITS names for enums, ISO 8601 UTC times, null for unknown sizes. Credentials
// never appear.
QJsonObject toJson(const Job &job);
// A URL as it crosses a process boundary (IPC, the browser host, JSON output): its encoded form,
// so that "%20", "%2F" in a query value, "+" and non-ASCII paths reach the server exactly as
// given (QUrl::toString() would decode them). urlFromJson parses that form strictly: an invalid
// URL is refused, never "repaired" into another one.
QString urlToJson(const QUrl &url);
QUrl urlFromJson(const QString &text);
// {"result": "BG_E_INVALID_STATE", "code": "0x80200002", "message": "..."}
QJsonObject toJson(const Result &result);
// The job back from its JSON form (what a client of the IPC protocol reads). Fields that are
// missing or of the wrong type keep their defaults; the error's file maps back to its index.
Job fromJson(const QJsonObject &json);

} // namespace Ferry::JobJson
