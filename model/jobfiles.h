#pragma once

#include "job.h"

#include <QString>

namespace Ferry {

// The names of a job's files: where a download's bytes live before Complete ("<destination>.<the
// first 8 hex digits of the job id>.part" beside the destination), safe names for what a server
// or a URL suggests, and the numbered names Complete falls back to. PartFile does what happens to
// the files under these names.
namespace JobFiles {

// NAME_MAX (255 bytes) less what the temporary name adds (".1a2b3c4d.part"): the longest file
// name a download may have, in UTF-8 bytes. Longer names are refused (AddFile) or shortened
// (names a server suggests, and numbered names).
constexpr int MaxFileNameBytes = 255 - 14;

QString tempPath(const JobId &id, const QString &localPath);

// A safe file name for a URL: its last path segment, else its host; separators, control
// characters and leading dots removed, at most MaxFileNameBytes of UTF-8.
QString fileNameForUrl(const QUrl &url);
// Makes a server- or URL-suggested name safe to create inside the destination folder.
QString sanitizeFileName(const QString &name);

// Where an upload-reply job's reply goes when no reply file was set: beside the uploaded file,
// "<source>.reply" (Complete numbers it when that name is taken).
QString defaultReplyPath(const QString &sourcePath);

// "report.pdf" → "report (1).pdf", "archive.tar.gz" → "archive (1).tar.gz". The part before the
// suffix is shortened when the name would pass MaxFileNameBytes.
QString numberedName(const QString &path, int n);

} // namespace JobFiles
} // namespace Ferry
