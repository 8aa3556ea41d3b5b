// ferryctl as a user runs it: a real process with its own XDG directories, talking to the
// `ferry --daemon` it starts, against the loopback test server. Exit codes, output formats and
// refusals.
#include "ferryhome.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

class TestFerryctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void transferDownloadsAndCompletes();
    void transferReportsErrors();
    void transferUploads();
    void jobLifecycle();
    void refusalsAndUsage();
    void cleanup();

private:
    using Run = FerryHome::Run;
    Run ctl(const QStringList &args) { return m_home->ctl(args); }

    std::unique_ptr<FerryHome> m_home;
    std::unique_ptr<TestHttpServer> m_server;
};

void TestFerryctl::init()
{
    m_home = std::make_unique<FerryHome>();
    m_server = std::make_unique<TestHttpServer>();
}

void TestFerryctl::cleanup()
{
    QVERIFY(m_home->stopEngine());
    m_home.reset();
}

void TestFerryctl::transferDownloadsAndCompletes()
{
    TestHttpServer::Route route;
    route.size = 5 * 1024 * 1024 + 3; // segmented
    m_server->setRoute("/iso/disc.iso", route);
    const QString dest = m_home->path(QStringLiteral("dl"));
    const Run r = ctl({ QStringLiteral("transfer"),
                        m_server->url(QStringLiteral("/iso/disc.iso")).toString(), dest });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString path = QDir(dest).filePath(QStringLiteral("disc.iso"));
    QCOMPARE(r.out.trimmed(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_server->content("/iso/disc.iso"));
    // The job completed itself and is in the history.
    const Run list
        = ctl({ QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json") });
    QCOMPARE(list.code, 0);
    const QJsonArray jobs = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("ACKNOWLEDGED"));
    QCOMPARE(jobs.first().toObject().value(QLatin1String("priority")).toString(),
             QStringLiteral("FOREGROUND"));
}

void TestFerryctl::transferUploads()
{
    QVERIFY(QDir().mkpath(m_home->path(QStringLiteral("dl"))));
    const QString source = m_home->path(QStringLiteral("dl/up.bin"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    TestHttpServer::Route pattern;
    pattern.seed = 3;
    pattern.size = 70000;
    const QByteArray data = TestHttpServer::content(pattern);
    file.write(data);
    file.close();
    m_server->setRoute("/put/up.bin", {});
    m_server->setRoute("/post", {});
    const QString put = m_server->url(QStringLiteral("/put/up.bin")).toString();
    Run r = ctl({ QStringLiteral("transfer"), QStringLiteral("--upload"), source, put });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), put);
    // No --protocol: Ferry asks the server (OPTIONS); no tus headers, so a PUT.
    QCOMPARE(m_server->requestsFor("/put/up.bin").size(), 2);
    QCOMPARE(m_server->requestsFor("/put/up.bin").value(0).method, QByteArray("OPTIONS"));
    QCOMPARE(m_server->requestsFor("/put/up.bin").value(1).method, QByteArray("PUT"));
    QCOMPARE(m_server->requestsFor("/put/up.bin").value(1).body, data);

    r = ctl({ QStringLiteral("transfer"), QStringLiteral("--upload"), QStringLiteral("--protocol"),
              QStringLiteral("post"), source, m_server->url(QStringLiteral("/post")).toString() });
    QCOMPARE(r.code, 0);
    QCOMPARE(m_server->requestsFor("/post").value(0).method, QByteArray("POST"));
    QCOMPARE(m_server->requestsFor("/post").value(0).body, data);

    // Refusals: an unknown protocol, --protocol without --upload, two files.
    r = ctl({ QStringLiteral("transfer"), QStringLiteral("--upload"), QStringLiteral("--protocol"),
              QStringLiteral("ftp"), source, put });
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("ftp")));
    r = ctl({ QStringLiteral("transfer"), QStringLiteral("--protocol"), QStringLiteral("tus"), put,
              m_home->path() });
    QCOMPARE(r.code, 1);
    r = ctl({ QStringLiteral("transfer"), QStringLiteral("--upload"), source, source, put });
    QCOMPARE(r.code, 1);
    // A missing file is refused by the job model with a BITS name.
    r = ctl({ QStringLiteral("transfer"), QStringLiteral("--upload"),
              m_home->path(QStringLiteral("nothing.bin")), put });
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("E_INVALIDARG")), qPrintable(r.err));
}

void TestFerryctl::transferReportsErrors()
{
    const Run r
        = ctl({ QStringLiteral("transfer"), m_server->url(QStringLiteral("/missing")).toString(),
                m_home->path(QStringLiteral("dl/x")) });
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QLatin1String("ferryctl: BG_E_HTTP_ERROR_404 (0x80190194):")),
             qPrintable(r.err));
    const Run usage
        = ctl({ QStringLiteral("transfer"), QStringLiteral("ftp://127.0.0.1/x"), m_home->path() });
    QCOMPARE(usage.code, 1);
}

void TestFerryctl::jobLifecycle()
{
    TestHttpServer::Route route;
    route.size = 1000;
    m_server->setRoute("/a", route);
    const Run created = ctl({ QStringLiteral("create"), QStringLiteral("--priority"),
                              QStringLiteral("high"), QStringLiteral("My job") });
    QCOMPARE(created.code, 0);
    const QString id = created.out.trimmed();
    QVERIFY(!QUuid::fromString(id).isNull());
    const QString prefix = id.left(6);
    QCOMPARE(
        ctl({ QStringLiteral("addfile"), prefix, m_server->url(QStringLiteral("/a")).toString(),
              m_home->path(QStringLiteral("dl/a")) })
            .code,
        0);
    QCOMPARE(
        ctl({ QStringLiteral("setdescription"), prefix, QStringLiteral("from the test") }).code, 0);
    const Run info = ctl({ QStringLiteral("info"), prefix, QStringLiteral("--json") });
    QCOMPARE(info.code, 0);
    const QJsonObject job = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(job.value(QLatin1String("id")).toString(), id);
    QCOMPARE(job.value(QLatin1String("displayName")).toString(), QStringLiteral("My job"));
    QCOMPARE(job.value(QLatin1String("description")).toString(), QStringLiteral("from the test"));
    QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("SUSPENDED"));
    QCOMPARE(job.value(QLatin1String("type")).toString(), QStringLiteral("DOWNLOAD"));
    QCOMPARE(job.value(QLatin1String("priority")).toString(), QStringLiteral("HIGH"));
    QVERIFY(job.value(QLatin1String("error")).isNull());
    QCOMPARE(job.value(QLatin1String("noProgressTimeout")).toInt(), 1209600);
    QCOMPARE(job.value(QLatin1String("files")).toArray().size(), 1);
    QVERIFY(job.value(QLatin1String("progress"))
                .toObject()
                .value(QLatin1String("bytesTotal"))
                .isNull());
    QVERIFY(job.value(QLatin1String("times"))
                .toObject()
                .value(QLatin1String("creation"))
                .toString()
                .endsWith(QLatin1Char('Z')));
    // Partial Complete of a job that transferred nothing is a success code, printed on stdout.
    const Run complete = ctl({ QStringLiteral("complete"), prefix });
    QCOMPARE(complete.code, 0);
    QVERIFY(complete.out.startsWith(QLatin1String("BG_S_PARTIAL_COMPLETE")));
    const Run again = ctl({ QStringLiteral("resume"), prefix });
    // Finished jobs leave the queue: a prefix no longer matches in the queue.
    QCOMPARE(again.code, 3);
    QCOMPARE(ctl({ QStringLiteral("resume"), id }).code, 3);
}

void TestFerryctl::refusalsAndUsage()
{
    const QString id = ctl({ QStringLiteral("create"), QStringLiteral("empty") }).out.trimmed();
    const Run empty = ctl({ QStringLiteral("resume"), id });
    QCOMPARE(empty.code, 3);
    QVERIFY2(empty.err.contains(QLatin1String("ferryctl: BG_E_EMPTY (0x80200003):")),
             qPrintable(empty.err));
    const Run json = ctl({ QStringLiteral("resume"), id, QStringLiteral("--json") });
    QCOMPARE(json.code, 3);
    const QJsonObject refusal = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(refusal.value(QLatin1String("result")).toString(), QStringLiteral("BG_E_EMPTY"));
    QCOMPARE(refusal.value(QLatin1String("code")).toString(), QStringLiteral("0x80200003"));
    QCOMPARE(ctl({ QStringLiteral("resume"), QStringLiteral("ffffffff") }).code, 3);
    QCOMPARE(ctl({ QStringLiteral("setnotifyflags"), id, QStringLiteral("0x40") }).code, 3);
    QCOMPARE(ctl({ QStringLiteral("setdisplayname"), id, QString(257, QLatin1Char('x')) }).code, 3);
    QCOMPARE(ctl({ QStringLiteral("frobnicate") }).code, 1);
    QCOMPARE(ctl({ QStringLiteral("resume") }).code, 1);
    QCOMPARE(ctl({ QStringLiteral("create"), QStringLiteral("--type"), QStringLiteral("sideways"),
                   QStringLiteral("x") })
                 .code,
             1);
    const Run help = ctl({ QStringLiteral("--help") });
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("transfer")));
}

QTEST_GUILESS_MAIN(TestFerryctl)
#include "tst_ferryctl.moc"
