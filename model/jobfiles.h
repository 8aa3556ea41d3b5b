#pragma once

#include "job.h"
#include "result.h"

#include <QSet>
#include <QString>

namespace Ferry {

// Where a download's bytes live before Complete, and how Complete and Cancel turn them into the
// user's files. Partial data goes to "<destination>.<first 8 hex digits of the job id>.part"
// beside the destination; Complete renames it into place without clobbering anything.
namespace JobFiles {

QString tempPath(const JobId &id, const QString &localPath);

// Renames the temporary file of a fully transferred file to its destination. An unrelated file
// already at the destination is never replaced: the file gets the first free "name (N).ext".
// The final path is returned in *finalPath. The file's modification time is set to lastModified
// when known, the data and the directory entry are synced before returning — or, when
// `folders` is given, the folder is added to it and syncFolders() syncs each folder once, after
// all the files of a job are in place (a thousand files in one folder: one sync, not a thousand).
Result commit(const JobId &id, const JobFile &file, QString *finalPath,
              QSet<QString> *folders = nullptr);
// Syncs the entries of each folder (renames into them become durable).
void syncFolders(const QSet<QString> &folders);

// Removes a temporary file; a missing file is not an error.
bool removeTemp(const JobId &id, const JobFile &file);

// A safe file name for a URL: its last path segment, else its host; separators, control
// characters and leading dots removed, at most 255 bytes of UTF-8.
QString fileNameForUrl(const QUrl &url);
// Makes a server- or URL-suggested name safe to create inside the destination folder.
QString sanitizeFileName(const QString &name);

// Where an upload-reply job's reply goes when no reply file was set: beside the uploaded file,
// "<source>.reply" (Complete numbers it when that name is taken).
QString defaultReplyPath(const QString &sourcePath);

// "report.pdf" → "report (1).pdf", "archive.tar.gz" → "archive (1).tar.gz".
QString numberedName(const QString &path, int n);

} // namespace JobFiles
} // namespace Ferry
