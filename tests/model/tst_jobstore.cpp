#include "jobfixture.h"
#include "jobstore.h"
#include "storeschema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

Q_DECLARE_METATYPE(Ferry::JobStore::SqliteApi)

class TestJobStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyPropertySurvivesRestart_data() { sqliteApis(); }
    void everyPropertySurvivesRestart();
    void activeTransfersComeBackQueued();
    void historyIsListedAndPruned();
    void walAndSchemaVersion();
    void garbageFileIsNotReplaced();
    void emptyFileIsRefused();
    void foreignDatabaseIsLeftAlone_data();
    void foreignDatabaseIsLeftAlone();
    void newerSchemaIsRefused();
    void missingTablesAreReported();
    void progressIsWrittenByCheckpointOnly_data() { sqliteApis(); }
    void progressIsWrittenByCheckpointOnly();
    void onlyProgressCommitsWithoutSync_data() { sqliteApis(); }
    void onlyProgressCommitsWithoutSync();
    void batchCreateIsAllOrNothing_data() { sqliteApis(); }
    void batchCreateIsAllOrNothing();
    void migratesAnOlderSchema();
    void segmentsSurviveRestart_data() { sqliteApis(); }
    void segmentsSurviveRestart();

private:
    // The tests of the paths that use SQLite's own API run once with it and once on Qt Sql alone.
    static void sqliteApis();
};

namespace {
qint64 applicationId(const QString &path)
{
    qint64 id = -1;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("id"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                id = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("id"));
    return id;
}
} // namespace

void TestJobStore::sqliteApis()
{
    QTest::addColumn<JobStore::SqliteApi>("api");
    QTest::newRow("sqlite api") << JobStore::SqliteApi::WhenUsable;
    QTest::newRow("qt sql") << JobStore::SqliteApi::Never;
}

void TestJobStore::everyPropertySurvivesRestart()
{
    QFETCH(JobStore::SqliteApi, api);
    JobFixture f({}, api);
    JobId id;
    QVERIFY(f.queue->createJob(QStringLiteral("Всё сразу ✓"), JobType::Download, &id).isSuccess());
    QVERIFY(f.queue
                ->addFile(id, QUrl(QStringLiteral("https://127.0.0.1/a%20b.iso?x=1")),
                          f.localPath(QStringLiteral("a b.iso")))
                .isSuccess());
    QVERIFY(f.queue
                ->addFile(id, QUrl(QStringLiteral("http://127.0.0.1/two")),
                          f.localPath(QStringLiteral("two")))
                .isSuccess());
    QVERIFY(f.queue->setDescription(id, QStringLiteral("описание")).isSuccess());
    QVERIFY(f.queue->setPriority(id, JobPriority::High).isSuccess());
    QVERIFY(f.queue->setNoProgressTimeout(id, 77).isSuccess());
    QVERIFY(f.queue->setMinimumRetryDelay(id, 42).isSuccess());
    QVERIFY(f.queue->setNotifyFlags(id, 0x0b).isSuccess());
    QVERIFY(f.queue
                ->setNotifyCmdLine(
                    id, { QStringLiteral("/bin/echo"), QStringLiteral("a b"), QStringLiteral("c") })
                .isSuccess());
    QVERIFY(f.queue->setCustomHeaders(id, QStringLiteral("X-One: 1\r\nX-Two: two")).isSuccess());
    QVERIFY(f.queue
                ->setCredentials(id,
                                 { AuthTarget::Proxy, AuthScheme::Digest, QStringLiteral("u"),
                                   QStringLiteral("p") })
                .isSuccess());
    QVERIFY(f.queue
                ->setProxySettings(id,
                                   { ProxyUsage::Override, QStringLiteral("http://127.0.0.1:3128"),
                                     QStringLiteral("<local>") })
                .isSuccess());
    QVERIFY(f.queue->setAutoComplete(id, true).isSuccess());
    QVERIFY(f.queue->resume(id).isSuccess());
    QVERIFY(f.ledger().setTransferState(id, JobState::Connecting).isSuccess());
    QVERIFY(f.ledger()
                .setFileValidators(id, 0, QStringLiteral("\"abc\""),
                                   QDateTime(QDate(2020, 2, 3), QTime(4, 5, 6), QTimeZone::utc()))
                .isSuccess());
    QVERIFY(f.ledger().setFileProgress(id, 0, 10, 100).isSuccess());
    QVERIFY(f.ledger()
                .reportError(
                    id,
                    { ErrorContext::RemoteFile, Result::httpError(503), QStringLiteral("busy"), 0 },
                    true)
                .isSuccess());

    const Job before = *f.queue->job(id);
    QCOMPARE(before.state, JobState::TransientError);
    QVERIFY(f.reopen().isSuccess());
    const Job *after = f.queue->job(id);
    QVERIFY(after);
    QCOMPARE(after->displayName, before.displayName);
    QCOMPARE(after->description, before.description);
    QCOMPARE(after->type, before.type);
    QCOMPARE(after->state, before.state);
    QCOMPARE(after->priority, before.priority);
    QCOMPARE(after->files, before.files);
    QCOMPARE(after->files.at(0).remoteUrl, QUrl(QStringLiteral("https://127.0.0.1/a%20b.iso?x=1")));
    QCOMPARE(after->files.at(0).bytesTransferred, 10);
    QCOMPARE(after->times.creation, before.times.creation);
    QCOMPARE(after->times.modification, before.times.modification);
    QCOMPARE(after->error, before.error);
    QCOMPARE(after->errorCount, 1u);
    QCOMPARE(after->noProgressTimeout, 77u);
    QCOMPARE(after->minimumRetryDelay, 42u);
    QCOMPARE(after->notifyFlags.toInt(), 0x0bu);
    QCOMPARE(after->notifyCmdLine, before.notifyCmdLine);
    QCOMPARE(after->customHeaders, before.customHeaders);
    QCOMPARE(after->credentials, before.credentials);
    QCOMPARE(after->proxy, before.proxy);
    QCOMPARE(after->autoComplete, true);
}

void TestJobStore::activeTransfersComeBackQueued()
{
    JobFixture f;
    const JobId connecting = f.jobIn(JobType::Download, JobState::Connecting);
    const JobId transferring = f.jobIn(JobType::Upload, JobState::Transferring);
    const JobId suspended = f.jobIn(JobType::Download, JobState::Suspended);
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->job(connecting)->state, JobState::Queued);
    QCOMPARE(f.queue->job(transferring)->state, JobState::Queued);
    QCOMPARE(f.queue->job(suspended)->state, JobState::Suspended);
    // Creation order is kept.
    QCOMPARE(f.queue->jobIds(), (QList<JobId> { connecting, transferring, suspended }));
}

void TestJobStore::historyIsListedAndPruned()
{
    JobFixture f;
    const JobId old = f.jobIn(JobType::Download, JobState::Cancelled);
    f.clock.advance(3600);
    const JobId recent = f.jobIn(JobType::Download, JobState::Acknowledged);
    const JobId active = f.jobIn(JobType::Download, JobState::Suspended);
    QList<Job> history;
    QVERIFY(f.queue->history(&history).isSuccess());
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).id, recent); // most recent first
    QCOMPARE(history.at(0).state, JobState::Acknowledged);
    QCOMPARE(history.at(1).id, old);
    QCOMPARE(history.at(1).state, JobState::Cancelled);
    QCOMPARE(history.at(0).files.size(), 1);

    QList<JobId> removed;
    QVERIFY(f.queue->pruneHistory({ f.clock.now().addSecs(-60), {} }, &removed).isSuccess());
    QCOMPARE(removed, QList<JobId> { old });
    history.clear();
    QVERIFY(f.queue->history(&history).isSuccess());
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).id, recent);
    QVERIFY(f.queue->job(active)); // pruning never touches active jobs
}

void TestJobStore::walAndSchemaVersion()
{
    JobFixture f;
    QCOMPARE(f.store->schemaVersion(), int(StoreSchema::migrations().size()));
    QCOMPARE(f.store->integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(applicationId(f.dbPath()), JobStore::kApplicationId);
    QVERIFY(QFile::exists(f.dbPath() + QLatin1String("-wal")));
    QVERIFY(!QFile::exists(f.dbPath() + QLatin1String(".new")));
    QCOMPARE(QFile::permissions(f.dbPath()) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
}

void TestJobStore::garbageFileIsNotReplaced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
    const QByteArray garbage
        = QByteArray("this is not a database, it is a letter to my future self. ").repeated(100);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    JobStore store(path);
    const Result r = store.open();
    QCOMPARE(r.name(), QStringLiteral("BG_E_DATABASE_CORRUPT"));
    QVERIFY2(r.message().contains(path), qPrintable(r.message()));
    QVERIFY(!store.isOpen());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void TestJobStore::emptyFileIsRefused()
{
    // An empty file (a crash of another program, a mistake) is not an empty queue.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    JobStore store(path);
    const Result r = store.open();
    QCOMPARE(r.name(), QStringLiteral("BG_E_DATABASE_CORRUPT"));
    QVERIFY2(r.message().contains(QLatin1String("empty")), qPrintable(r.message()));
    QCOMPARE(QFileInfo(path).size(), 0);
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
}

void TestJobStore::foreignDatabaseIsLeftAlone_data()
{
    QTest::addColumn<int>("userVersion");
    QTest::newRow("user_version 0") << 0;
    QTest::newRow("user_version 2, like Ferry's") << 2;
}

void TestJobStore::foreignDatabaseIsLeftAlone()
{
    QFETCH(int, userVersion);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO recipes VALUES ('bread')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    JobStore store(path);
    const Result r = store.open();
    QCOMPARE(r.name(), QStringLiteral("BG_E_DATABASE_CORRUPT"));
    QVERIFY2(r.message().contains(QLatin1String("not a Ferry")), qPrintable(r.message()));
    QVERIFY(!store.isOpen());
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes); // no tables added, not even WAL mode
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
}

void TestJobStore::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(JobStore::kApplicationId)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    JobStore store(path);
    const Result r = store.open();
    QCOMPARE(r.code(), quint32(Result::BG_E_DATABASE_CORRUPT));
    QVERIFY(r.message().contains(QLatin1String("newer")));
}

void TestJobStore::missingTablesAreReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("broken"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("broken"));
    JobStore store(path);
    QCOMPARE(store.open().code(), quint32(Result::BG_E_DATABASE_CORRUPT));
}

void TestJobStore::progressIsWrittenByCheckpointOnly()
{
    QFETCH(JobStore::SqliteApi, api);
    JobFixture f({}, api);
    const JobId id = f.jobIn(JobType::Download, JobState::Transferring);
    QVERIFY(f.ledger().setFileProgress(id, 0, 5, 50).isSuccess());
    QVERIFY(f.ledger().checkpoint(id).isSuccess());
    QVERIFY(f.ledger().setFileProgress(id, 0, 40, 50).isSuccess()); // not checkpointed
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->job(id)->files.at(0).bytesTransferred, 5);
    QCOMPARE(f.queue->job(id)->files.at(0).bytesTotal, 50);
}

void TestJobStore::onlyProgressCommitsWithoutSync()
{
    QFETCH(JobStore::SqliteApi, api);
    JobFixture f({}, api);
    JobStore &store = *f.store;
    constexpr int full = 2;
    constexpr int normal = 1;
    QCOMPARE(store.synchronousLevel(), full);
    QVERIFY(store.begin(JobStore::Sync::Progress).isSuccess());
    QCOMPARE(store.synchronousLevel(), normal);
    QVERIFY(store.begin().isSuccess()); // nested: the outermost transaction decides
    QVERIFY(store.commit().isSuccess());
    QCOMPARE(store.synchronousLevel(), normal);
    QVERIFY(store.commit().isSuccess());
    QCOMPARE(store.synchronousLevel(), full);

    QVERIFY(store.begin(JobStore::Sync::Progress).isSuccess());
    store.rollback();
    QCOMPARE(store.synchronousLevel(), full);
    QVERIFY(store.begin().isSuccess());
    QVERIFY(store.begin(JobStore::Sync::Progress).isSuccess());
    QCOMPARE(store.synchronousLevel(), full);
    QVERIFY(store.commit().isSuccess());
    QVERIFY(store.commit().isSuccess());

    // A queue checkpoint is such a commit, and leaves the connection synced for the next one.
    const JobId id = f.jobIn(JobType::Download, JobState::Transferring);
    QVERIFY(f.ledger().setFileProgress(id, 0, 5, 50).isSuccess());
    QVERIFY(f.ledger().checkpoint(id).isSuccess());
    QCOMPARE(store.synchronousLevel(), full);
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->job(id)->files.at(0).bytesTransferred, 5);
}

void TestJobStore::batchCreateIsAllOrNothing()
{
    QFETCH(JobStore::SqliteApi, api);
    JobFixture f({}, api);
    QList<NewJob> batch;
    for (int i = 0; i < 50; ++i) {
        NewJob job;
        job.displayName = QStringLiteral("batch %1").arg(i);
        job.priority = JobPriority(i % 4);
        job.resume = i % 2 == 0;
        job.autoComplete = i % 3 == 0;
        for (int n = 0; n <= i % 3; ++n)
            job.files.append({ QUrl(QStringLiteral("http://127.0.0.1/%1/%2").arg(i).arg(n)),
                               f.localPath(QStringLiteral("b%1-%2").arg(i).arg(n)) });
        batch.append(job);
    }
    // One bad URL anywhere: nothing is created.
    QList<NewJob> bad = batch;
    bad[37].files[0].first = QUrl(QStringLiteral("ftp://127.0.0.1/x"));
    QSignalSpy added(f.queue.get(), &JobQueue::jobAdded);
    const Result refused = f.queue->createJobs(bad);
    QCOMPARE(refused.name(), QStringLiteral("E_INVALIDARG"));
    QVERIFY(refused.message().contains(QLatin1String("job 38")));
    QCOMPARE(f.queue->count(), 0);
    QCOMPARE(added.count(), 0);

    QList<JobId> ids;
    QVERIFY(f.queue->createJobs(batch, &ids).isSuccess());
    QCOMPARE(ids.size(), 50);
    QCOMPARE(added.count(), 50);
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->jobIds(), ids);
    for (int i = 0; i < 50; ++i) {
        const Job *job = f.queue->job(ids.at(i));
        QCOMPARE(job->displayName, batch.at(i).displayName);
        QCOMPARE(job->priority, batch.at(i).priority);
        QCOMPARE(job->state, i % 2 == 0 ? JobState::Queued : JobState::Suspended);
        QCOMPARE(job->autoComplete, i % 3 == 0);
        QCOMPARE(job->files.size(), i % 3 + 1);
        QCOMPARE(job->files.last().remoteUrl, batch.at(i).files.last().first);
        QCOMPARE(job->files.last().localPath, batch.at(i).files.last().second);
        QCOMPARE(job->files.last().bytesTotal, SizeUnknown);
    }
    // An upload job takes exactly one file, and a job to resume needs one.
    NewJob upload;
    upload.type = JobType::Upload;
    upload.files
        = { { QUrl(QStringLiteral("http://127.0.0.1/u")), f.makeFile(QStringLiteral("u1")) },
            { QUrl(QStringLiteral("http://127.0.0.1/u")), f.makeFile(QStringLiteral("u2")) } };
    QCOMPARE(f.queue->createJobs({ upload }).name(), QStringLiteral("BG_E_TOO_MANY_FILES"));
    NewJob empty;
    empty.resume = true;
    QCOMPARE(f.queue->createJobs({ empty }).name(), QStringLiteral("BG_E_EMPTY"));
}

void TestJobStore::migratesAnOlderSchema()
{
    // A database as the first release wrote it: schema 1, one job with one file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
    const JobId id = JobId::create();
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : StoreSchema::migrations().first())
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        QVERIFY(q.prepare(
            QStringLiteral("INSERT INTO jobs (id, type, state, priority, display_name, created, "
                           "modified) VALUES (?, 0, 3, 1, 'old', 1000, 2000)")));
        q.addBindValue(id.toString());
        QVERIFY(q.exec());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO files (job_seq, idx, remote_url, local_path, bytes_done) "
                           "VALUES (1, 0, 'http://127.0.0.1/x', '/tmp/x', 77)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    JobStore store(path);
    QVERIFY(store.open().isSuccess());
    QCOMPARE(store.schemaVersion(), int(StoreSchema::migrations().size()));
    QCOMPARE(applicationId(path), JobStore::kApplicationId); // an earlier Ferry's: stamped now
    QList<Job> jobs;
    QVERIFY(store.loadActive(&jobs).isSuccess());
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().id, id);
    QCOMPARE(jobs.first().displayName, QStringLiteral("old"));
    QCOMPARE(jobs.first().priority, JobPriority::High);
    QCOMPARE(jobs.first().files.size(), 1);
    QCOMPARE(jobs.first().files.first().bytesTransferred, 77);
    QVERIFY(jobs.first().files.first().segments.isEmpty());
}

void TestJobStore::segmentsSurviveRestart()
{
    QFETCH(JobStore::SqliteApi, api);
    JobFixture f({}, api);
    const JobId id = f.jobIn(JobType::Download, JobState::Transferring);
    JobFile file = f.queue->job(id)->files.first();
    file.bytesTotal = 3000;
    file.segments = { { 0, 1000, 1000 }, { 1000, 2000, 250 }, { 2000, 3000, 7 } };
    file.bytesTransferred = 1257;
    QVERIFY(f.ledger().setFileDurable(id, 0, file).isSuccess());
    QVERIFY(f.ledger().checkpoint(id).isSuccess());
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->job(id)->files.first().segments, file.segments);
    QCOMPARE(f.queue->job(id)->files.first().bytesTransferred, 1257);
    QCOMPARE(segmentsFromString(QStringLiteral("0:10:11")),
             QList<FileSegment>()); // damaged: ignored
}

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
