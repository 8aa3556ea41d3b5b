#pragma once

#include "jobengine.h"
#include "jobpatch.h"
#include "manualclock.h"

#include <QHash>
#include <QTemporaryDir>

#include <functional>
#include <optional>

namespace Ferry::Test {

// A JobEngine in memory for the widget tests: no store, no engine thread, no network. Commands
// are checked as the queue checks them (JobPatcher for new jobs and patches, JobRules for
// transitions) and answered, like EngineClient, in a later turn of the event loop; every change
// goes out as a snapshot batch. The test plays the transfer engine's part with change().
class FakeEngine : public JobEngine
{
    Q_OBJECT
public:
    explicit FakeEngine(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FakeEngine)

    // -- the test's side -------------------------------------------------------------------
    // An absolute path in the engine's temporary folder (downloads and upload sources).
    QString localPath(const QString &name) const { return m_dir.filePath(name); }
    // Creates a file with these bytes there and returns its path.
    QString makeFile(const QString &name, const QByteArray &content = QByteArrayLiteral("data"));
    // A job of this type with one file, in this state as the engine would have left it: a
    // download whose bytes are in has its 5-byte temporary file written (recorded like the
    // engine records it), and once ACKNOWLEDGED the file under its final name.
    JobId jobIn(JobType type, JobState state);
    // What the transfer engine reports: `edit` changes the job in the queue (never a finished
    // one), which is published; a change to TRANSFERRED or ERROR is also announced.
    void change(const JobId &id, const std::function<void(Job &)> &edit);
    // How many connections the job's transfer uses now, as the engine publishes it.
    void setConnections(const JobId &id, int connections);
    // A BITS transition as a client would ask it, now.
    Result act(const JobId &id, JobAction action);

    const Job *queued(const JobId &id) const;
    // In the queue or in the history.
    std::optional<Job> find(const JobId &id) const;
    bool inHistory(const JobId &id) const;
    const QList<JobId> &jobIds() const { return m_order; }
    int count() const { return int(m_order.size()); }

    ManualClock clock;
    // What setPreferences() was given last.
    std::optional<EnginePreferences> preferences;

    // -- JobEngine ---------------------------------------------------------------------------
    void create(const QList<NewJob> &jobs, Created done = {}) override;
    void apply(const JobRef &job, const JobPatch &patch, Done done = {}) override;
    void transition(const Transition &transition, Transitioned done = {}) override;
    void job(const JobRef &job, Found done) override;
    void jobs(bool withHistory, Listed done) override;
    void history(int limit, Listed done) override;
    void pruneHistory(const HistoryPrune &which, Pruned done = {}) override;
    void setPreferences(const EnginePreferences &preferences) override;
    void requestAll() override;

private:
    // Runs `work` in a later turn of the event loop, as an answer from the engine thread would.
    void later(std::function<void()> work);
    void publish(const Job &job);
    void finish(Job job);
    Result resolve(const JobRef &ref, JobId *id) const;
    JobPatcher patcher() const;
    Result destinationFree(const QString &path, const QSet<QString> &alsoTaken) const;
    Result complete(Job &job);

    QTemporaryDir m_dir;
    QHash<JobId, Job> m_jobs;
    QList<JobId> m_order;
    QList<Job> m_history; // most recent first
    QHash<JobId, int> m_connections;
};

} // namespace Ferry::Test
