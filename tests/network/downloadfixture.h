#pragma once

#include "jobfixture.h"
#include "testhttpserver.h"
#include "transferengine.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>

namespace Ferry::Test {

// A queue, a transfer engine and a loopback server, all in the test's thread. Retry delays run
// a hundred times faster than real seconds; a stall is declared after half a second.
struct DownloadFixture
{
    DownloadFixture()
    {
        settings.msPerSecond = 10;
        settings.checkpointMs = 100;
        settings.download.stallTimeoutMs = 500;
        engine = std::make_unique<TransferEngine>(f.queue.get(), &network, &f.clock, settings);
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
};

} // namespace Ferry::Test
