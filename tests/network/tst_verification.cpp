// Files checked against their expected digest before they count as TRANSFERRED (issue 18, spec
// §2.2 SetValidationState): a match is Verified; a mismatch is BG_E_VALIDATION_FAILED with the
// file's progress back to zero and its temporary file removed, and Complete commits nothing of it.
#include "downloadfixture.h"
#include "hasher.h"
#include "jobfiles.h"
#include "jobstore.h"

#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

namespace {
constexpr int kTimeout = 30000;

Checksum digestOf(const QByteArray &data, HashAlgorithm algorithm = HashAlgorithm::Sha256)
{
    return Checksum { algorithm, Hasher::hash(algorithm, data) };
}

Result setChecksum(JobQueue &queue, const JobId &id, int file, std::optional<Checksum> checksum)
{
    JobPatch patch;
    patch.checksums.insert(file, checksum);
    return queue.apply(id, patch);
}

} // namespace

class TestVerification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchingDigestIsVerified_data();
    void matchingDigestIsVerified();
    void mismatchRejectsTheFile();
    void resumeAfterMismatchDownloadsAgain();
    void segmentedDownloadIsVerified();
    void checksumGivenAfterTransferChecksAgain();
    void checkInterruptedByRestartIsDoneAgain();
    void uploadJobsTakeNoChecksum();
    void storeKeepsIntegrity();
    void serverDigestIsChecked_data();
    void serverDigestIsChecked();
    void lyingServerDigestFailsTheFile();
    void usersChecksumWinsOverTheServers();
    void resumedDownloadIsHashedToTheEnd();
};

void TestVerification::matchingDigestIsVerified_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::newRow("sha256") << int(HashAlgorithm::Sha256);
    QTest::newRow("sha512") << int(HashAlgorithm::Sha512);
    QTest::newRow("sha1") << int(HashAlgorithm::Sha1);
    QTest::newRow("md5") << int(HashAlgorithm::Md5);
}

void TestVerification::matchingDigestIsVerified()
{
    QFETCH(int, algorithm);
    DownloadFixture d;
    const JobId id = d.job("/a.bin", 1024 * 1024 + 3);
    const Checksum expected = digestOf(d.server.content("/a.bin"), HashAlgorithm(algorithm));
    QVERIFY(setChecksum(*d.f.queue, id, 0, expected).isSuccess());
    QCOMPARE(d.f.queue->job(id)->files.at(0).integrity.source, ChecksumSource::User);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    const JobFile file = d.f.queue->job(id)->files.at(0);
    QCOMPARE(file.integrity.validation, Validation::Verified);
    QCOMPARE(file.integrity.expected.value_or(Checksum()), expected);
    QCOMPARE(d.f.queue->job(id)->validation(), Validation::Verified);
    QCOMPARE(d.f.queue->job(id)->errorCount, 0u);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("a.bin"))),
             d.server.content("/a.bin"));
}

void TestVerification::mismatchRejectsTheFile()
{
    DownloadFixture d;
    const JobId id = d.job("/a.bin", 300000);
    const Checksum wrong = digestOf("something else");
    QVERIFY(setChecksum(*d.f.queue, id, 0, wrong).isSuccess());
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    const Job job = *d.f.queue->job(id);
    QCOMPARE(job.error.code.name(), QStringLiteral("BG_E_VALIDATION_FAILED"));
    QCOMPARE(job.error.code.code(), 0x80200053u);
    QCOMPARE(job.error.context, ErrorContext::RemoteFile);
    QCOMPARE(job.error.fileIndex, 0);
    QVERIFY2(job.error.description.contains(wrong.toString()), qPrintable(job.error.description));
    QVERIFY(job.error.description.contains(digestOf(d.server.content("/a.bin")).toString()));
    // Progress back to zero, the partial data gone, the file not transferred.
    QCOMPARE(job.files.at(0).bytesTransferred, 0);
    QCOMPARE(job.files.at(0).integrity.validation, Validation::Mismatch);
    QVERIFY(job.files.at(0).part.isNull());
    const QString path = d.f.localPath(QStringLiteral("a.bin"));
    QVERIFY(!QFile::exists(JobFiles::tempPath(id, path)));
    QCOMPARE(job.progress().filesTransferred, 0);
    QCOMPARE(job.validation(), Validation::Mismatch);
    // Complete keeps only transferred files: nothing of this one is committed.
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QVERIFY(!QFile::exists(path));
}

void TestVerification::resumeAfterMismatchDownloadsAgain()
{
    DownloadFixture d;
    const JobId id = d.job("/a.bin", 200000);
    QVERIFY(setChecksum(*d.f.queue, id, 0, digestOf("not it")).isSuccess());
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    // The user finds the right checksum; Resume fetches the file again from its first byte.
    QVERIFY(setChecksum(*d.f.queue, id, 0, digestOf(d.server.content("/a.bin"))).isSuccess());
    QCOMPARE(d.f.queue->job(id)->files.at(0).integrity.validation, Validation::NotChecked);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.f.queue->job(id)->files.at(0).integrity.validation, Validation::Verified);
    const auto requests = d.server.requestsFor("/a.bin");
    QCOMPARE(requests.size(), 2);
    QVERIFY(!requests.last().headers.contains("range"));
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("a.bin"))),
             d.server.content("/a.bin"));
}

void TestVerification::segmentedDownloadIsVerified()
{
    SegmentedFixture d;
    const JobId id = d.job("/big.bin", 3 * 1024 * 1024 + 5);
    QVERIFY(setChecksum(*d.f.queue, id, 0, digestOf(d.server.content("/big.bin"))).isSuccess());
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.f.queue->job(id)->files.at(0).integrity.validation, Validation::Verified);
    // It did go in segments: ranged requests after the first answer.
    int ranged = 0;
    for (const auto &r : d.server.requestsFor("/big.bin"))
        ranged += r.headers.contains("range") ? 1 : 0;
    QVERIFY2(ranged >= 3, qPrintable(QString::number(ranged)));
}

void TestVerification::checksumGivenAfterTransferChecksAgain()
{
    DownloadFixture d;
    const JobId id = d.start("/a.bin", 100000);
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.f.queue->job(id)->files.at(0).integrity.validation, Validation::NotChecked);
    // A wrong checksum given now: the job is no longer TRANSFERRED, the check rejects the file
    // without asking the server again.
    QVERIFY(setChecksum(*d.f.queue, id, 0, digestOf("other")).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    QCOMPARE(d.f.queue->job(id)->error.code.name(), QStringLiteral("BG_E_VALIDATION_FAILED"));
    QCOMPARE(d.server.requestsFor("/a.bin").size(), 1);
}

void TestVerification::checkInterruptedByRestartIsDoneAgain()
{
    DownloadFixture d;
    const JobId id = d.start("/a.bin", 150000);
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    // The engine stops; the user gives the checksum while it is down (or the process ended
    // between the last byte and the check): the next engine only checks, it does not download.
    d.engine.reset();
    QVERIFY(setChecksum(*d.f.queue, id, 0, digestOf(d.server.content("/a.bin"))).isSuccess());
    QCOMPARE(d.state(id), JobState::Queued);
    d.f.reopen();
    d.restartEngine();
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.f.queue->job(id)->files.at(0).integrity.validation, Validation::Verified);
    QCOMPARE(d.server.requestsFor("/a.bin").size(), 1);
}

void TestVerification::uploadJobsTakeNoChecksum()
{
    DownloadFixture d;
    JobId id;
    QVERIFY(d.f.queue->createJob(QStringLiteral("up"), JobType::Upload, &id).isSuccess());
    const QString source = d.f.localPath(QStringLiteral("source.bin"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("bytes");
    file.close();
    QVERIFY(d.f.queue->addFile(id, d.server.url(QStringLiteral("/up")), source).isSuccess());
    QCOMPARE(setChecksum(*d.f.queue, id, 0, digestOf("bytes")).name(),
             QStringLiteral("BG_E_PROPERTY_SUPPORTED_FOR_DOWNLOAD_JOBS_ONLY"));
}

void TestVerification::storeKeepsIntegrity()
{
    DownloadFixture d;
    const JobId id = d.job("/a.bin", 1000);
    const Checksum expected = digestOf(d.server.content("/a.bin"), HashAlgorithm::Sha512);
    JobPatch patch;
    patch.newFiles
        = { { d.server.url(QStringLiteral("/b.bin")), d.f.localPath(QStringLiteral("b.bin")) } };
    patch.newFileChecksums.insert(0, expected);
    QVERIFY(d.f.queue->apply(id, patch).isSuccess());
    QVERIFY(setChecksum(*d.f.queue, id, 0, expected).isSuccess());
    d.engine.reset();
    d.f.reopen();
    const Job *job = d.f.queue->job(id);
    QVERIFY(job);
    QCOMPARE(job->files.size(), 2);
    for (const JobFile &f : job->files) {
        QCOMPARE(f.integrity.expected.value_or(Checksum()), expected);
        QCOMPARE(f.integrity.source, ChecksumSource::User);
        QCOMPARE(f.integrity.validation, Validation::NotChecked);
    }
    // And the checksum can be taken away again.
    QVERIFY(setChecksum(*d.f.queue, id, 1, std::nullopt).isSuccess());
    d.f.reopen();
    QVERIFY(!d.f.queue->job(id)->files.at(1).integrity.expected);
    QVERIFY(d.f.queue->job(id)->files.at(0).integrity.expected);
}

// An RFC 9530 / RFC 3230 header line with this digest of `data`.
static QByteArray digestHeader(const QByteArray &name, const QByteArray &data, bool sha512 = false)
{
    const QByteArray digest
        = Hasher::hash(sha512 ? HashAlgorithm::Sha512 : HashAlgorithm::Sha256, data).toBase64();
    if (name == "Digest")
        return "Digest: " + QByteArray(sha512 ? "SHA-512=" : "SHA-256=") + digest + "\r\n";
    return name + ": " + QByteArray(sha512 ? "sha-512" : "sha-256") + "=:" + digest + ":\r\n";
}

void TestVerification::serverDigestIsChecked_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("sha512");
    QTest::addColumn<int>("source");
    QTest::newRow("Repr-Digest sha-256")
        << QByteArray("Repr-Digest") << false << int(ChecksumSource::ReprDigest);
    QTest::newRow("Repr-Digest sha-512")
        << QByteArray("Repr-Digest") << true << int(ChecksumSource::ReprDigest);
    QTest::newRow("Content-Digest of a whole answer")
        << QByteArray("Content-Digest") << false << int(ChecksumSource::ContentDigest);
    QTest::newRow("Digest (RFC 3230)")
        << QByteArray("Digest") << false << int(ChecksumSource::DigestHeader);
}

void TestVerification::serverDigestIsChecked()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, sha512);
    QFETCH(int, source);
    DownloadFixture d;
    const JobId id = d.job("/a.bin", 500000);
    d.server.route("/a.bin").headers = digestHeader(header, d.server.content("/a.bin"), sha512);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    const JobFile file = d.f.queue->job(id)->files.at(0);
    QVERIFY(file.integrity.expected);
    QCOMPARE(file.integrity.expected.value_or(Checksum()).algorithm,
             sha512 ? HashAlgorithm::Sha512 : HashAlgorithm::Sha256);
    QCOMPARE(int(file.integrity.source), source);
    QCOMPARE(file.integrity.validation, Validation::Verified);
    // Stored: a restart knows the file was verified and against what.
    d.engine.reset();
    d.f.reopen();
    QCOMPARE(d.f.queue->job(id)->files.at(0).integrity, file.integrity);
}

void TestVerification::lyingServerDigestFailsTheFile()
{
    DownloadFixture d;
    const JobId id = d.job("/a.bin", 200000);
    d.server.route("/a.bin").headers = digestHeader("Repr-Digest", "not the file");
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    const Job job = *d.f.queue->job(id);
    QCOMPARE(job.error.code.name(), QStringLiteral("BG_E_VALIDATION_FAILED"));
    QCOMPARE(job.error.context, ErrorContext::RemoteFile);
    QVERIFY2(job.error.description.contains(QLatin1String("repr-digest")),
             qPrintable(job.error.description));
    QCOMPARE(job.files.at(0).bytesTransferred, 0);
    QVERIFY(!QFile::exists(JobFiles::tempPath(id, d.f.localPath(QStringLiteral("a.bin")))));
}

void TestVerification::usersChecksumWinsOverTheServers()
{
    DownloadFixture d;
    const JobId id = d.job("/a.bin", 200000);
    d.server.route("/a.bin").headers = digestHeader("Repr-Digest", "not the file");
    const Checksum mine = digestOf(d.server.content("/a.bin"), HashAlgorithm::Sha512);
    QVERIFY(setChecksum(*d.f.queue, id, 0, mine).isSuccess());
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    const JobFile file = d.f.queue->job(id)->files.at(0);
    QCOMPARE(file.integrity.expected.value_or(Checksum()), mine);
    QCOMPARE(file.integrity.source, ChecksumSource::User);
    QCOMPARE(file.integrity.validation, Validation::Verified);
}

void TestVerification::resumedDownloadIsHashedToTheEnd()
{
    // The connection ends in the middle; the resumed answer goes on where the durable bytes
    // end, and the file is still checked whole (bytes re-read from disk, then hashed on).
    DownloadFixture d;
    const JobId id = d.job("/a.bin", 2 * 1024 * 1024);
    TestHttpServer::Fault close;
    close.closeAfter = 1024 * 1024;
    d.server.addFault("/a.bin", close);
    QVERIFY(setChecksum(*d.f.queue, id, 0, digestOf(d.server.content("/a.bin"))).isSuccess());
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.f.queue->job(id)->files.at(0).integrity.validation, Validation::Verified);
    const auto requests = d.server.requestsFor("/a.bin");
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests.last().headers.value("range").startsWith("bytes="));
    QVERIFY(!requests.last().headers.value("range").startsWith("bytes=0-"));
}

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_verification.moc"
