#include "linkintake.h"

#include "appsettings.h"
#include "droppedlinks.h"
#include "jobengine.h"
#include "jobfiles.h"
#include "joblistmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QInputDialog>
#include <QMimeData>

namespace Ferry {

LinkIntake::LinkIntake(JobEngine *engine, AppSettings *settings, const JobListModel *jobs,
                       QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_settings(settings)
    , m_jobs(jobs)
    , m_window(window)
{ }

bool LinkIntake::offers(const QMimeData *mime)
{
    return !DroppedLinks::from(mime).isEmpty();
}

bool LinkIntake::take(const QMimeData *mime)
{
    const DroppedLinks links = DroppedLinks::from(mime);
    if (!links.localFiles.isEmpty()) {
        upload(links.localFiles.first());
        return true;
    }
    if (links.web.isEmpty())
        return false;
    if (m_settings->addDroppedWithoutAsking)
        addDownloads(links.web, m_settings->downloadDirectory, int(JobPriority::Normal), false);
    else
        newJob(links.web);
    return true;
}

NewJobDialog *LinkIntake::openDialog()
{
    auto *dialog = new NewJobDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDestination(m_settings->downloadDirectory);
    dialog->setDuplicateCheck([this](const QList<NewJob> &jobs) { return duplicatesOf(jobs); });
    connect(dialog, &NewJobDialog::showJobRequested, this, &LinkIntake::showJobRequested);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        if (dialog->type() == JobType::Download && !dialog->destination().isEmpty()) {
            m_settings->downloadDirectory = dialog->destination();
            m_settings->save();
        }
        const QList<NewJob> jobs = dialog->jobs(m_settings->autoComplete);
        const int count = int(jobs.size());
        m_engine->create(jobs, [this, count](const Result &r, const QList<JobId> &) {
            if (r.isError())
                Q_EMIT failed(tr("%n job(s) not added.", "", count), r);
        });
    });
    dialog->open();
    return dialog;
}

NewJobDialog *LinkIntake::newJob(const QList<QUrl> &urls)
{
    NewJobDialog *dialog = openDialog();
    if (urls.isEmpty()) {
        // Links the user just copied are what they most likely want to add: offered, selected,
        // so that typing replaces them.
        dialog->setUrls(
            NewJobDialog::linksIn(QApplication::clipboard()->text(QClipboard::Clipboard)));
        dialog->selectUrls();
    } else {
        dialog->setUrls(urls);
    }
    return dialog;
}

NewJobDialog *LinkIntake::newJobFromText(const QString &urlsText)
{
    if (urlsText.isEmpty())
        return newJob();
    NewJobDialog *dialog = openDialog();
    dialog->setUrlsText(urlsText);
    return dialog;
}

NewJobDialog *LinkIntake::upload(const QString &sourceFile)
{
    NewJobDialog *dialog = newJob();
    dialog->setType(JobType::Upload);
    dialog->setSourceFile(sourceFile);
    return dialog;
}

void LinkIntake::addDownloads(const QList<QUrl> &urls, const QString &directory, int priority,
                              bool suspended)
{
    for (const QUrl &url : urls) {
        NewJob job;
        job.displayName = JobFiles::fileNameForUrl(url);
        job.priority = JobPriority(priority);
        job.files = { { url, QDir(directory).absolutePath() } };
        job.autoComplete = m_settings->autoComplete;
        job.resume = !suspended;
        // One call per URL: all of a job or nothing of it, and a bad URL spares the others.
        m_engine->create({ job }, [this, url](const Result &r, const QList<JobId> &) {
            if (r.isError())
                Q_EMIT failed(tr("%1 was not added.").arg(url.toDisplayString()), r);
        });
    }
}

void LinkIntake::changeUrl(const Job &job)
{
    if (job.files.isEmpty())
        return;
    const int fileIndex = qMax(0, job.currentFileIndex());
    auto *input = new QInputDialog(m_window);
    input->setObjectName(QStringLiteral("changeUrlDialog"));
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Change URL"));
    //: %1 is the file's name
    input->setLabelText(tr("New address of %1:").arg(job.files.at(fileIndex).localPath));
    // The encoded form: what the user edits is exactly what is sent (%2F stays %2F).
    input->setTextValue(job.files.at(fileIndex).remoteUrl.toString(QUrl::FullyEncoded));
    input->resize(560, input->height());
    connect(input, &QInputDialog::textValueSelected, this,
            [this, id = job.id, fileIndex](const QString &text) {
                JobPatch patch;
                patch.remoteNames.insert(fileIndex, QUrl::fromUserInput(text.trimmed()));
                m_engine->apply(id, patch, [this](const Result &r) {
                    if (r.isError())
                        Q_EMIT failed(tr("The URL was not changed."), r);
                });
            });
    input->open();
}

NewJobDialog::Duplicates LinkIntake::duplicatesOf(const QList<NewJob> &jobs) const
{
    NewJobDialog::Duplicates found;
    QHash<QUrl, JobId> listed; // the URLs of the jobs not finished yet
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        const JobSnapshot *s = m_jobs->snapshot(m_jobs->index(row, 0));
        if (!s || isFinal(s->job.state) || s->job.type != JobType::Download)
            continue;
        for (const JobFile &f : s->job.files)
            listed.insert(f.remoteUrl, s->job.id);
    }
    for (const NewJob &job : jobs) {
        if (job.type != JobType::Download)
            continue;
        for (const auto &[url, localPath] : job.files) {
            if (const auto it = listed.constFind(url); it != listed.cend()) {
                if (!found.jobs.contains(it.value()))
                    found.jobs.append(it.value());
                found.urls.append(url.toDisplayString());
            }
            const QString path = NewJobDialog::expectedLocalPath(url, localPath);
            if (QFileInfo::exists(path))
                found.files.append(path);
        }
    }
    return found;
}

} // namespace Ferry
