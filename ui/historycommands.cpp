#include "historycommands.h"

#include "clock.h"
#include "jobactions.h"
#include "jobengine.h"
#include "joblistmodel.h"
#include "partfile.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ferry {

HistoryCommands::HistoryCommands(JobEngine *engine, JobListModel *model, QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_model(model)
    , m_window(window)
    , m_clock(Clock::system())
{ }

NewJob HistoryCommands::again(const Job &job)
{
    NewJob n;
    n.displayName = job.displayName;
    n.description = job.description;
    n.type = JobType::Download;
    n.priority = job.priority;
    for (int i = 0; i < job.files.size(); ++i) {
        const JobFile &f = job.files.at(i);
        n.files.append({ f.remoteUrl, f.localPath });
        // A server's header digest comes again with the answer; what the user or a Metalink
        // said is kept.
        if (f.integrity.expected && !f.integrity.yieldsToServerHeader())
            n.checksums.insert(i, *f.integrity.expected);
    }
    n.autoComplete = job.autoComplete;
    n.speedLimit = job.speedLimit;
    n.segments = job.segments;
    n.customHeaders = job.customHeaders;
    n.resume = true;
    return n;
}

void HistoryCommands::prune(const HistoryPrune &which)
{
    const QPointer<HistoryCommands> self(this);
    m_engine->pruneHistory(which, [self](const Result &r, const QList<JobId> &removed) {
        if (!self)
            return;
        self->m_model->removeFinished(removed);
        if (r.isError())
            Q_EMIT self->failed(tr("The jobs could not be removed from the list."), r);
    });
}

void HistoryCommands::removeFromList(const QList<JobSnapshot> &selection)
{
    const QList<JobId> ids = JobActions::finished(selection);
    if (!ids.isEmpty())
        prune({ {}, ids });
}

void HistoryCommands::removeAndDeleteFiles(const QList<JobSnapshot> &selection)
{
    QList<Job> jobs;
    QStringList paths;
    qint64 bytes = 0;
    for (const JobSnapshot &s : selection) {
        const QStringList files = JobActions::committedFiles(s.job);
        if (files.isEmpty())
            continue;
        jobs.append(s.job);
        for (const QString &path : files) {
            paths.append(path);
            bytes += QFileInfo(path).size();
        }
    }
    if (jobs.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Remove and Delete Files"),
                                    tr("The downloaded files are no longer there."),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("noFilesToDelete"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    //: %1 is a size ("1.5 MiB")
    const QString question = tr("Delete %n downloaded file(s) (%1) from the disk and remove "
                                "their jobs from the list? This cannot be undone.",
                                "", int(paths.size()))
                                 .arg(QLocale().formattedDataSize(bytes));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove and Delete Files"), question,
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("confirmDeleteFiles"));
    box->setDetailedText(paths.join(QLatin1Char('\n')));
    QPushButton *remove = box->addButton(tr("&Delete Files"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteFiles"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, jobs]() {
        if (box->clickedButton() == remove)
            deleteFiles(jobs);
    });
    box->open();
}

void HistoryCommands::deleteFiles(const QList<Job> &jobs)
{
    QList<JobId> emptied;
    QStringList kept;
    for (const Job &job : jobs) {
        bool all = true;
        for (const JobFile &f : job.files) {
            if (!f.completed)
                continue;
            // Only the very file the download wrote (a regular file with the identity Ferry
            // recorded, and its size): whatever was put at the name since stays. A missing file
            // is no error.
            const QFileInfo info(f.localPath);
            const bool changed = info.exists() && !info.isSymLink() && f.bytesTotal >= 0
                && info.size() != f.bytesTotal;
            if (changed || !PartFile::discard(f.localPath, f.part)) {
                all = false;
                kept.append(f.localPath);
            }
        }
        if (all)
            emptied.append(job.id);
    }
    if (!emptied.isEmpty())
        prune({ {}, emptied });
    if (kept.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Remove and Delete Files"),
        tr("%n file(s) were not deleted: another file has the name now, or it could not be "
           "removed. Their jobs stay in the list.",
           "", int(kept.size())),
        QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("filesNotDeleted"));
    box->setDetailedText(kept.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void HistoryCommands::downloadAgain(const QList<JobSnapshot> &selection)
{
    QList<NewJob> jobs;
    for (const JobSnapshot &s : selection) {
        if (JobActions::downloadableAgain(s.job))
            jobs.append(again(s.job));
    }
    if (jobs.isEmpty())
        return;
    const QPointer<HistoryCommands> self(this);
    m_engine->create(jobs, [self](const Result &r, const QList<JobId> &) {
        if (self && r.isError())
            Q_EMIT self->failed(tr("The files could not be downloaded again."), r);
    });
}

void HistoryCommands::clearHistory()
{
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("clearHistoryDialog"));
    dialog->setWindowTitle(tr("Clear History"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Remove finished jobs from the list:"), dialog));
    auto *all = new QRadioButton(tr("&All finished jobs"), dialog);
    all->setObjectName(QStringLiteral("clearAll"));
    auto *older = new QRadioButton(tr("Jobs finished &more than"), dialog);
    older->setObjectName(QStringLiteral("clearOlder"));
    auto *days = new QSpinBox(dialog);
    days->setObjectName(QStringLiteral("clearDays"));
    days->setRange(1, 3650);
    days->setValue(30);
    auto *olderRow = new QHBoxLayout;
    olderRow->addWidget(older);
    olderRow->addWidget(days);
    olderRow->addStretch();
    layout->addWidget(all);
    layout->addLayout(olderRow);
    auto *count = new QLabel(dialog);
    count->setObjectName(QStringLiteral("clearCount"));
    count->setWordWrap(true);
    layout->addWidget(count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *clear = buttons->addButton(tr("C&lear"), QDialogButtonBox::AcceptRole);
    clear->setObjectName(QStringLiteral("clearHistoryButton"));
    layout->addWidget(buttons);
    older->setChecked(true);

    // Null: every finished job.
    const auto cutoff = [this, all, days]() {
        return all->isChecked() ? QDateTime() : m_clock->now().addDays(-days->value());
    };
    const auto update = [this, days, count, clear, cutoff]() {
        //: after a number of days: "Jobs finished more than [30] days ago"
        days->setSuffix(tr(" day(s) ago", "", days->value()));
        const QDateTime before = cutoff();
        int matching = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const JobSnapshot *s = m_model->snapshot(m_model->index(row, 0));
            if (s && isFinal(s->job.state)
                && (!before.isValid() || s->job.times.modification < before))
                ++matching;
        }
        count->setText(matching == 0
                           ? tr("No finished job matches.")
                           : tr("%n finished job(s) will be removed from the list. Their files "
                                "stay on the disk.",
                                "", matching));
        clear->setEnabled(matching > 0);
    };
    connect(all, &QRadioButton::toggled, dialog, update);
    connect(days, &QSpinBox::valueChanged, dialog, [older, update]() {
        older->setChecked(true);
        update();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, cutoff]() {
        prune({ cutoff(), {} });
        dialog->accept();
    });
    update();
    dialog->open();
}

} // namespace Ferry
