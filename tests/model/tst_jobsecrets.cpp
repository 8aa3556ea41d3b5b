// Secrets a job got from the browser (cookies, Authorization) or from SetCredentials leave it when
// it reaches ACKNOWLEDGED or CANCELLED, and no byte of them can be found in the database file or
// its write-ahead log afterwards. The files are read byte by byte, as someone recovering deleted
// rows would; the test first proves that it does find the secrets while the job holds them.

#include "jobfiles.h"
#include "jobfixture.h"
#include "jobsecrets.h"

#include <QFile>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestJobSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goneFromTheFilesWhenFinished_data();
    void goneFromTheFilesWhenFinished();
    void maskedWhereShown();

private:
    // Whether the store's files (database and WAL) hold the bytes.
    bool inFiles(const JobFixture &f, const QByteArray &needle) const
    {
        return fileBytes(f.dbPath()).contains(needle)
            || fileBytes(f.dbPath() + QLatin1String("-wal")).contains(needle);
    }
};

void TestJobSecrets::goneFromTheFilesWhenFinished_data()
{
    QTest::addColumn<bool>("complete");
    QTest::newRow("complete") << true;
    QTest::newRow("cancel") << false;
}

void TestJobSecrets::goneFromTheFilesWhenFinished()
{
    QFETCH(bool, complete);
    JobFixture f;
    const QByteArray cookie
        = "session-" + QByteArray::number(quint64(0x5ec4e7c00c1e), 16) + "-fd81b2c94a7e4d1b";
    const QByteArray password = "pw-73a9e01c5d2b";
    const QByteArray otherCookie = "keep-me-9d3f61a2b8";

    JobId id;
    QVERIFY(f.queue->createJob(QStringLiteral("browser job"), JobType::Download, &id).isSuccess());
    QVERIFY(f.queue
                ->addFile(id, QUrl(QStringLiteral("http://127.0.0.1:1/f")),
                          f.localPath(QStringLiteral("f")))
                .isSuccess());
    QVERIFY(f.queue
                ->setCustomHeaders(id,
                                   QStringLiteral("Referer: http://127.0.0.1:1/\r\nCookie: "
                                                  "session=")
                                       + QString::fromLatin1(cookie))
                .isSuccess());
    QVERIFY(f.queue
                ->setCredentials(id,
                                 { AuthTarget::Server, AuthScheme::Basic, QStringLiteral("me"),
                                   QString::fromLatin1(password) })
                .isSuccess());
    // Another job keeps its secret: only a finished job loses it.
    JobId other;
    QVERIFY(f.queue->createJob(QStringLiteral("other"), JobType::Download, &other).isSuccess());
    QVERIFY(f.queue
                ->setCustomHeaders(other,
                                   QStringLiteral("Cookie: a=") + QString::fromLatin1(otherCookie))
                .isSuccess());

    // A restart moves the rows into the database file; later changes rewrite the row in the WAL
    // several times. Both files then hold copies of the secrets.
    QVERIFY(f.reopen().isSuccess());
    QVERIFY(fileBytes(f.dbPath()).contains(cookie));
    QVERIFY(f.queue->resume(id).isSuccess());
    QVERIFY(f.ledger().setTransferState(id, JobState::Connecting).isSuccess());
    QVERIFY(f.ledger().setTransferState(id, JobState::Transferring).isSuccess());
    for (int i = 0; i < 5; ++i)
        QVERIFY(f.queue->setDescription(id, QStringLiteral("step %1").arg(i)).isSuccess());
    QVERIFY(fileBytes(f.dbPath() + QLatin1String("-wal")).contains(cookie));

    if (complete) {
        QFile part(JobFiles::tempPath(id, f.localPath(QStringLiteral("f"))));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write("12345");
        part.close();
        QVERIFY(f.ledger().setFileProgress(id, 0, 5, 5).isSuccess());
        QVERIFY(f.ledger().checkpoint(id).isSuccess());
        QVERIFY(f.ledger().markTransferred(id).isSuccess());
        QVERIFY(f.queue->complete(id).isSuccess());
    } else {
        QVERIFY(f.queue->cancel(id).isSuccess());
    }

    const std::optional<Job> finished = f.find(id);
    QVERIFY(finished);
    QCOMPARE(finished->state, complete ? JobState::Acknowledged : JobState::Cancelled);
    QVERIFY(finished->customHeaders.isEmpty());
    QVERIFY(finished->credentials.isEmpty());
    QVERIFY2(!inFiles(f, cookie), "the cookie is still in the database files");
    QVERIFY2(!inFiles(f, password), "the password is still in the database files");
    QVERIFY(inFiles(f, otherCookie));
    // And after the process ends (the last connection closes) and starts again.
    QVERIFY(f.reopen().isSuccess());
    QVERIFY(!inFiles(f, cookie));
    QVERIFY(!inFiles(f, password));
    QCOMPARE(f.store->integrityCheck(), QStringLiteral("ok"));
    QVERIFY(f.queue->job(other)->customHeaders.contains(QString::fromLatin1(otherCookie)));
}

void TestJobSecrets::maskedWhereShown()
{
    const QString headers = QStringLiteral(
        "Referer: http://h/\r\nCookie: a=b\r\nAuthorization: Bearer x\r\nUser-Agent: UA\r\n"
        "X-Api-Key: k\r\nProxy-Authorization: Basic y");
    QCOMPARE(JobSecrets::maskedHeaders(headers),
             QStringList({ QStringLiteral("Referer: http://h/"), QStringLiteral("Cookie: <hidden>"),
                           QStringLiteral("Authorization: <hidden>"),
                           QStringLiteral("User-Agent: UA"), QStringLiteral("X-Api-Key: <hidden>"),
                           QStringLiteral("Proxy-Authorization: <hidden>") }));
    QVERIFY(JobSecrets::maskedHeaders({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestJobSecrets)
#include "tst_jobsecrets.moc"
