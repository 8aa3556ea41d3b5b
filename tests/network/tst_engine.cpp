#include "engineclient.h"
#include "enginethread.h"
#include "joblistmodel.h"
#include "jobqueue.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsInItsOwnThread();
    void oneEnginePerUser();
    void corruptDatabaseStopsTheStart();
};

void TestEngine::runsInItsOwnThread()
{
    QTemporaryDir dir;
    Engine::Options options;
    options.databasePath = dir.filePath(QStringLiteral("jobs.sqlite"));
    options.lockPath = dir.filePath(QStringLiteral("engine.lock"));
    options.publishIntervalMs = 20;
    EngineThread engine(options);
    QVERIFY(engine.start().isSuccess());
    QVERIFY(engine.engine()->thread() != QThread::currentThread());

    EngineClient client(engine.engine()->queue(), engine.engine()->publisher());
    JobListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&client, &EngineClient::batchReceived, &model, &JobListModel::applyBatch);
    client.requestAll();

    QThread *engineThread = nullptr;
    JobId id;
    Result created;
    client.setPreferencesHandler(
        [&engineThread](const EnginePreferences &) { engineThread = QThread::currentThread(); });
    client.setPreferences({});
    NewJob job;
    job.displayName = QStringLiteral("threaded");
    client.create({ job }, [&](const Result &r, const QList<JobId> &ids) {
        created = r;
        if (!ids.isEmpty())
            id = ids.first();
    });
    QTRY_VERIFY(!id.isNull());
    QVERIFY(created.isSuccess());
    QCOMPARE(engineThread, engine.engine()->thread());
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(
        model.data(model.indexOf(id, JobListModel::StateColumn), JobListModel::RawDataRole).toInt(),
        int(JobState::Suspended));

    Result added;
    bool done = false;
    JobPatch files;
    files.newFiles
        = { { QUrl(QStringLiteral("http://127.0.0.1/f")), dir.filePath(QStringLiteral("f")) } };
    client.apply(id, files, [&](const Result &r) {
        added = r;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(added.isSuccess());
    done = false;
    JobPatch priority;
    priority.priority = JobPriority::High;
    client.apply(id, priority, [&](const Result &r) { done = r.isSuccess(); });
    QTRY_VERIFY(done);
    QTRY_COMPARE(
        model.data(model.indexOf(id, JobListModel::PriorityColumn), JobListModel::RawDataRole)
            .toInt(),
        int(JobPriority::High));
    QCOMPARE(model.rowCount(model.indexOf(id)), 1);
}

void TestEngine::oneEnginePerUser()
{
    QTemporaryDir dir;
    Engine::Options options;
    options.databasePath = dir.filePath(QStringLiteral("jobs.sqlite"));
    options.lockPath = dir.filePath(QStringLiteral("engine.lock"));
    Engine first(options);
    QVERIFY(first.start().isSuccess());
    Engine second(options);
    const Result r = second.start();
    QCOMPARE(r.name(), QStringLiteral("E_ACCESSDENIED"));
    QVERIFY(r.message().contains(QString::number(QCoreApplication::applicationPid())));
    QVERIFY(!second.queue());
}

void TestEngine::corruptDatabaseStopsTheStart()
{
    QTemporaryDir dir;
    Engine::Options options;
    options.databasePath = dir.filePath(QStringLiteral("jobs.sqlite"));
    options.lockPath = dir.filePath(QStringLiteral("engine.lock"));
    {
        QFile f(options.databasePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    Engine engine(options);
    QCOMPARE(engine.start().name(), QStringLiteral("BG_E_DATABASE_CORRUPT"));
    QCOMPARE(QFileInfo(options.databasePath).size(), 4096);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
