// Verification speed (PERFORMANCE.md #5): Ferry's Hasher over a whole file, the way a finished
// download is checked. Prints the digest in sha256sum's format, so the script can compare both,
// and the time taken on stderr.
//   ferry_bench_hash FILE [sha256|sha512|sha1|md5]
#include "hasher.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Ferry;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 1;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const std::optional<HashAlgorithm> algorithm = Checksum::algorithmFromName(
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("sha256"));
    if (!algorithm)
        return 1;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const QByteArray digest = Hasher::hashFile(*algorithm, path, 0, -1, &error);
    const qint64 ns = timer.nsecsElapsed();
    if (digest.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    std::printf("%s  %s\n", digest.toHex().constData(), argv[1]);
    std::fprintf(stderr, "hashed in %.3f s\n", double(ns) / 1e9);
    return 0;
}
