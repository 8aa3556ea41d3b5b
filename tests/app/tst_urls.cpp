// URLs cross every process boundary losslessly (RELIABILITY.md invariant 7): the shapes real
// links take, typed into `ferryctl`, carried over the IPC socket into the engine, stored, and
// requested from the loopback server, which records exactly what it received.
#include "ferryhome.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

class TestUrls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void transferSendsWhatWasGiven_data();
    void transferSendsWhatWasGiven();
    void addFileKeepsTheEncodedForm_data();
    void addFileKeepsTheEncodedForm();

private:
    void rows();
    std::unique_ptr<FerryHome> m_home;
    TestHttpServer m_server;
    int m_round = 0;
};

void TestUrls::initTestCase()
{
    m_home = std::make_unique<FerryHome>();
    QVERIFY(m_home->isValid());
}

void TestUrls::cleanupTestCase()
{
    QVERIFY(m_home->stopEngine());
}

void TestUrls::rows()
{
    // typed: what the user gives ferryctl ("{base}" is the server). target: the request line's
    // target the server must see. stored: the job's URL in `info --json` (the fragment stays with
    // the job, it is never sent). name: the file the download folder gets.
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("name");

    const QString longValue = QString(1990, QLatin1Char('x'));
    QTest::newRow("encoded space")
        << QStringLiteral("{base}/My%20File.pdf") << QByteArray("/My%20File.pdf")
        << QStringLiteral("{base}/My%20File.pdf") << QStringLiteral("My File.pdf");
    QTest::newRow("typed space") << QStringLiteral("{base}/My File.pdf")
                                 << QByteArray("/My%20File.pdf")
                                 << QStringLiteral("{base}/My%20File.pdf")
                                 << QStringLiteral("My File.pdf");
    QTest::newRow("%2F in a query value")
        << QStringLiteral("{base}/get?path=a%2Fb%2Fc&n=1") << QByteArray("/get?path=a%2Fb%2Fc&n=1")
        << QStringLiteral("{base}/get?path=a%2Fb%2Fc&n=1") << QStringLiteral("get");
    QTest::newRow("encoded UTF-8 path")
        << QStringLiteral("{base}/%D1%84%D0%B0%D0%B9%D0%BB.txt")
        << QByteArray("/%D1%84%D0%B0%D0%B9%D0%BB.txt")
        << QStringLiteral("{base}/%D1%84%D0%B0%D0%B9%D0%BB.txt") << QStringLiteral("файл.txt");
    QTest::newRow("typed UTF-8 path")
        << QStringLiteral("{base}/datei-%1.txt").arg(QStringLiteral("ä"))
        << QByteArray("/datei-%C3%A4.txt") << QStringLiteral("{base}/datei-%C3%A4.txt")
        << QStringLiteral("datei-ä.txt");
    QTest::newRow("plus") << QStringLiteral("{base}/a+b.txt?q=c+d%2Be")
                          << QByteArray("/a+b.txt?q=c+d%2Be")
                          << QStringLiteral("{base}/a+b.txt?q=c+d%2Be")
                          << QStringLiteral("a+b.txt");
    QTest::newRow("fragment not sent")
        << QStringLiteral("{base}/page.bin#part-2") << QByteArray("/page.bin")
        << QStringLiteral("{base}/page.bin#part-2") << QStringLiteral("page.bin");
    QTest::newRow("encoded delimiters in the path")
        << QStringLiteral("{base}/a%3Fb%23c.bin") << QByteArray("/a%3Fb%23c.bin")
        << QStringLiteral("{base}/a%3Fb%23c.bin") << QStringLiteral("a?b#c.bin");
    QTest::newRow("userinfo") << QStringLiteral("{user}/private.bin") << QByteArray("/private.bin")
                              << QStringLiteral("{nopass}/private.bin")
                              << QStringLiteral("private.bin");
    QTest::newRow("IPv6 literal") << QStringLiteral("{v6}/v6.bin") << QByteArray("/v6.bin")
                                  << QStringLiteral("{v6}/v6.bin") << QStringLiteral("v6.bin");
    QTest::newRow("2,000-character query")
        << QStringLiteral("{base}/long.bin?q=%1").arg(longValue)
        << (QByteArray("/long.bin?q=") + longValue.toLatin1())
        << QStringLiteral("{base}/long.bin?q=%1").arg(longValue) << QStringLiteral("long.bin");
}

void TestUrls::transferSendsWhatWasGiven_data()
{
    rows();
}

void TestUrls::addFileKeepsTheEncodedForm_data()
{
    rows();
}

namespace {

QString expand(QString text, quint16 port)
{
    // The IPv4-mapped IPv6 literal reaches the same loopback server over an IPv6 socket.
    text.replace(QLatin1String("{base}"), QStringLiteral("http://127.0.0.1:%1").arg(port));
    text.replace(QLatin1String("{user}"),
                 QStringLiteral("http://ann:p%40ss%3Aw@127.0.0.1:%1").arg(port));
    text.replace(QLatin1String("{nopass}"), QStringLiteral("http://ann@127.0.0.1:%1").arg(port));
    text.replace(QLatin1String("{v6}"), QStringLiteral("http://[::ffff:127.0.0.1]:%1").arg(port));
    return text;
}

} // namespace

void TestUrls::transferSendsWhatWasGiven()
{
    QFETCH(QString, typed);
    QFETCH(QByteArray, target);
    QFETCH(QString, stored);
    QFETCH(QString, name);
    const QByteArray path = target.split('?').value(0);
    TestHttpServer::Route route;
    route.size = 1000 + m_round;
    if (typed.startsWith(QLatin1String("{user}"))) {
        TestHttpServer::Fault challenge; // answered with the URL's credentials
        challenge.status = 401;
        route.faults.append(challenge);
    }
    m_server.setRoute(path, route);
    const QString dest = m_home->path(QStringLiteral("dl%1").arg(++m_round));
    QVERIFY(QDir().mkpath(dest));

    const FerryHome::Run r
        = m_home->ctl({ QStringLiteral("transfer"), expand(typed, m_server.port()), dest });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QList<TestHttpServer::Request> requests = m_server.requestsFor(path);
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.last().path, target);
    if (typed.startsWith(QLatin1String("{user}"))) {
        // The URL's user name and password, decoded, answer the server's challenge; the password
        // never comes back in the job's JSON.
        QCOMPARE(requests.last().headers.value("authorization"),
                 QByteArray("Basic ") + QByteArray("ann:p@ss:w").toBase64());
    }
    const QString file = QDir(dest).filePath(name);
    QCOMPARE(r.out.trimmed(), file);
    QCOMPARE(QFileInfo(file).size(), route.size);

    const FerryHome::Run list = m_home->ctl(
        { QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json") });
    QCOMPARE(list.code, 0);
    const QJsonArray jobs = list.json().array();
    QVERIFY(!jobs.isEmpty());
    const QJsonObject job = jobs.last().toObject();
    QCOMPARE(job.value(QLatin1String("files"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("remoteUrl"))
                 .toString(),
             expand(stored, m_server.port()));
}

void TestUrls::addFileKeepsTheEncodedForm()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    const FerryHome::Run created
        = m_home->ctl({ QStringLiteral("create"), QStringLiteral("urls") });
    QCOMPARE(created.code, 0);
    const QString id = created.out.trimmed();
    const FerryHome::Run added
        = m_home->ctl({ QStringLiteral("addfile"), id, expand(typed, m_server.port()),
                        m_home->path(QStringLiteral("added.bin")) });
    QVERIFY2(added.code == 0, qPrintable(added.err));
    // setremotename carries a URL the same way.
    const FerryHome::Run renamed
        = m_home->ctl({ QStringLiteral("setremotename"), id, QStringLiteral("0"),
                        expand(typed, m_server.port()) });
    QVERIFY2(renamed.code == 0, qPrintable(renamed.err));

    // The engine restarts: what comes back is what was stored.
    QVERIFY(m_home->stopEngine());
    const FerryHome::Run info
        = m_home->ctl({ QStringLiteral("info"), id, QStringLiteral("--json") });
    QCOMPARE(info.code, 0);
    QCOMPARE(info.json()
                 .object()
                 .value(QLatin1String("files"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("remoteUrl"))
                 .toString(),
             expand(stored, m_server.port()));
    QCOMPARE(m_home->ctl({ QStringLiteral("cancel"), id }).code, 0);
}

QTEST_GUILESS_MAIN(TestUrls)
#include "tst_urls.moc"
