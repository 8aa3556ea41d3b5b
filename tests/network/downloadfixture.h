#pragma once

#include "jobfixture.h"
#include "testhttpserver.h"
#include "transferengine.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QtTest>

namespace Ferry::Test {

// A queue, a transfer engine and a loopback server, all in the test's thread. Time is the
// fixture's ManualClock: retry delays, Retry-After, NoProgressTimeout and stalls pass only when
// the test moves it, never because the machine is slow. With autoRetry (the default) a job that
// goes to TRANSIENT_ERROR has its retry delay passed at once, as if the test had waited for it;
// tests of the delays themselves turn it off and move the clock. A stall happens when the test
// says the server has gone quiet: passStall().
struct DownloadFixture
{
    DownloadFixture()
    {
        settings.checkpointMs = 100;
        restartEngine();
    }

    // A new engine over the fixture's queue, with `settings`.
    void restartEngine()
    {
        engine.reset();
        engine = std::make_unique<TransferEngine>(f.queue.get(), &f.ledger(), &network, &f.clock,
                                                  settings);
        QObject::disconnect(m_autoRetry);
        m_autoRetry = QObject::connect(f.queue.get(), &JobQueue::jobChanged, f.queue.get(),
                                       [this](const JobId &id) {
                                           if (autoRetry && state(id) == JobState::TransientError)
                                               passRetrySoon(id);
                                       });
    }

    // The retry delay of a job in TRANSIENT_ERROR passes (from the event loop: the engine arms
    // it after the state change).
    void passRetrySoon(const JobId &id)
    {
        QTimer::singleShot(0, f.queue.get(), [this, id]() {
            if (state(id) == JobState::TransientError)
                f.clock.fireNext("retry");
        });
    }

    // The retry delay of the job waiting longest passes now (with autoRetry off).
    bool retry() { return f.clock.fireNext("retry"); }
    // The server went quiet: the stall watch of the transfer waiting longest fires now.
    bool passStall() { return f.clock.fireNext("stall"); }
    // Waits until `quiet` says the server stopped sending and the client has what it sent,
    // then passes the stall.
    template<typename Condition>
    bool passStallWhen(Condition quiet, int timeoutMs = 20000)
    {
        return QTest::qWaitFor(quiet, timeoutMs) && passStall();
    }

    // A route of `size` bytes at `path`, and a suspended download job for it into `name`.
    JobId job(const QByteArray &path, qint64 size, const QString &name = {}, quint32 seed = 7)
    {
        TestHttpServer::Route route;
        route.seed = seed;
        route.size = size;
        if (!server.requestsFor(path).isEmpty() || size >= 0)
            server.setRoute(path, route);
        JobId id;
        f.queue->createJob(QString::fromLatin1(path), JobType::Download, &id);
        f.queue->addFile(id, server.url(QString::fromLatin1(path)),
                         f.localPath(name.isEmpty() ? QString::fromLatin1(path.mid(1)) : name));
        f.queue->setMinimumRetryDelay(id, 5);
        return id;
    }

    JobId start(const QByteArray &path, qint64 size)
    {
        const JobId id = job(path, size);
        f.queue->resume(id);
        return id;
    }

    JobState state(const JobId &id) const
    {
        const Job *j = f.queue->job(id);
        return j ? j->state : JobState::Acknowledged;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QByteArray sha256(const QByteArray &data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    }

    Test::JobFixture f;
    TestHttpServer server;
    QNetworkAccessManager network;
    TransferEngine::Settings settings;
    std::unique_ptr<TransferEngine> engine;
    bool autoRetry = true;

private:
    QMetaObject::Connection m_autoRetry;
};

// The same with segmented downloads: files from 1 MiB go over 4 connections in segments of at
// least 256 KiB.
struct SegmentedFixture : DownloadFixture
{
    SegmentedFixture()
    {
        settings.transfers.download.connections = 4;
        settings.transfers.download.segmentThreshold = 1 << 20;
        settings.transfers.download.minSegment = 256 * 1024;
        restartEngine();
    }
};

} // namespace Ferry::Test
