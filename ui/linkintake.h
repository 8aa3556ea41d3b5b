#pragma once

#include "newjobdialog.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QMimeData;
class QWidget;

namespace Ferry {

struct AppSettings;
class JobEngine;
class JobListModel;

// How links come into Ferry through the window: dropped or pasted (web links and local files),
// typed or copied into New Job, queued without asking, and a file's address changed. Each ends as
// a NewJob or a JobPatch sent through the JobEngine. URLs stay QUrl from the drop to the engine;
// only a field a person edits holds their encoded text.
class LinkIntake : public QObject
{
    Q_OBJECT
public:
    // `settings` are the window's (the folder, auto-complete, adding dropped links without
    // asking); the dialogs open over `window`, which owns the intake.
    LinkIntake(JobEngine *engine, AppSettings *settings, const JobListModel *jobs, QWidget *window);

    // Whether the data holds links or files the intake takes (a drag may be accepted).
    static bool offers(const QMimeData *mime);
    // Links and files dropped or pasted: a local file opens the upload dialog; web links open
    // the New Job dialog with them, or are queued at once when the user chose so in Settings.
    bool take(const QMimeData *mime);
    // Opens the New Job dialog (it deletes itself when closed) with these links; with none, the
    // links the user just copied, selected so that typing replaces them.
    NewJobDialog *newJob(const QList<QUrl> &urls = {});
    // The New Job dialog with text as the user typed it (the command line, a forwarded call).
    NewJobDialog *newJobFromText(const QString &urlsText);
    // The New Job dialog for an upload of this file.
    NewJobDialog *upload(const QString &sourceFile);
    // Queues a download of each URL into `directory` without asking, one job per URL.
    void addDownloads(const QList<QUrl> &urls, const QString &directory, int priority,
                      bool suspended);
    // Asks for a new address of the job's current file.
    void changeUrl(const Job &job);
    // The listed jobs that already download one of these URLs, and the files already at their
    // names.
    NewJobDialog::Duplicates duplicatesOf(const QList<NewJob> &jobs) const;

Q_SIGNALS:
    // "Show the Existing Job" in the duplicate question.
    void showJobRequested(const Ferry::JobId &id);
    void failed(const QString &what, const Ferry::Result &result);

private:
    NewJobDialog *openDialog();

    JobEngine *m_engine;
    AppSettings *m_settings;
    const JobListModel *m_jobs;
    QWidget *m_window;
};

} // namespace Ferry
