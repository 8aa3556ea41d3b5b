#include "testhttpserver.h"

#include <QLocale>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

#include <sys/socket.h>

namespace Ferry::Test {

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray gzip(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 6); // 4-byte length + zlib stream
    const QByteArray deflate = zlib.mid(4 + 2).chopped(4); // raw deflate
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out += deflate;
    const quint32 crc = crc32(data);
    const quint32 size = quint32(data.size());
    for (int i = 0; i < 4; ++i)
        out += char((crc >> (8 * i)) & 0xff);
    for (int i = 0; i < 4; ++i)
        out += char((size >> (8 * i)) & 0xff);
    return out;
}

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + " GMT";
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 416:
        return "Range Not Satisfiable";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

class TestHttpServer::Connection : public QObject
{
public:
    Connection(TestHttpServer *server, QTcpSocket *socket)
        : m_server(server)
        , m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, &Connection::pump);
        connect(socket, &QTcpSocket::disconnected, this, &Connection::finish);
        m_trickle.setInterval(100);
        connect(&m_trickle, &QTimer::timeout, this, [this]() {
            m_allowance += qMax<qint64>(1, m_fault.bytesPerSecond / 10);
            pump();
        });
    }
    QTcpSocket *socket() const { return m_socket; }

    void finish()
    {
        m_trickle.stop();
        m_server->m_connections.removeOne(this);
        m_socket->deleteLater();
        deleteLater();
    }

private:
    void onReadyRead()
    {
        m_in += m_socket->readAll();
        if (m_responding)
            return;
        if (!m_started) {
            const int end = m_in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_started = true;
            m_request = parseHead(m_in.left(end));
            m_in.remove(0, end + 4);
        }
        // A request with a body (POST, PUT) is answered once the body is in.
        const qint64 length = m_request.headers.value("content-length").toLongLong();
        if (m_in.size() < length)
            return;
        m_responding = true;
        m_request.body = m_in.left(length);
        const Request request = m_request;
        m_server->m_requests.append(request);
        const QByteArray path = request.path.split('?').value(0);
        const auto &faults = m_server->m_routes.value(path).faults;
        const int delay = faults.isEmpty() ? 0 : faults.first().delayMs;
        if (delay > 0)
            QTimer::singleShot(delay, this, [this, request]() { respond(request); });
        else
            respond(request);
    }

    static Request parseHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        return request;
    }

    void respond(const Request &request)
    {
        const QByteArray path = request.path.split('?').value(0);
        if (!m_server->m_routes.contains(path)) {
            sendSimple(404, {});
            return;
        }
        Route &route = m_server->m_routes[path];
        if (!route.faults.isEmpty())
            m_fault = route.faults.takeFirst();
        if (m_fault.bytesPerSecond == 0)
            m_fault.bytesPerSecond = route.bytesPerSecond;
        if (m_fault.stallBeforeHeaders)
            return; // say nothing at all
        if (m_fault.resetBeforeHeaders) {
            const linger lg { 1, 0 };
            ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
            m_closing = true;
            m_socket->abort();
            return;
        }
        if (!m_fault.redirectTo.isEmpty()) {
            sendSimple(302, "Location: " + m_fault.redirectTo + "\r\n");
            return;
        }
        if (m_fault.status) {
            QByteArray extra;
            if (!m_fault.retryAfter.isEmpty())
                extra += "Retry-After: " + m_fault.retryAfter + "\r\n";
            if (m_fault.status == 401)
                extra += "WWW-Authenticate: Basic realm=\"ferry-test\"\r\n";
            sendSimple(m_fault.status, extra);
            return;
        }

        const QByteArray etag = "\"f" + QByteArray::number(route.seed) + "-v"
            + QByteArray::number(route.version) + '"';
        const QByteArray lastModified = httpDate(m_server->lastModifiedOf(route));
        qint64 from = 0;
        qint64 to = route.size - 1;
        bool partial = false;
        const QByteArray range = request.headers.value("range");
        if (!range.isEmpty() && route.ranges && !m_fault.ignoreRange) {
            const QByteArray ifRange = request.headers.value("if-range");
            const bool validatorMatches
                = ifRange.isEmpty() || ifRange == etag || ifRange == lastModified;
            const QList<QByteArray> bounds = range.mid(6).split('-');
            const qint64 start = bounds.value(0).toLongLong();
            if (validatorMatches) {
                if (start >= route.size) {
                    sendSimple(416,
                               "Content-Range: bytes */" + QByteArray::number(route.size) + "\r\n");
                    return;
                }
                from = start;
                if (!bounds.value(1).isEmpty())
                    to = qMin(to, bounds.value(1).toLongLong());
                partial = true;
            }
        }
        const qint64 shownFrom = from + m_fault.contentRangeShift;
        QByteArray body = content(route, shownFrom, to - from + 1);
        QByteArray head
            = "HTTP/1.1 " + QByteArray(partial ? "206 Partial Content" : "200 OK") + "\r\n";
        head += "Connection: close\r\n";
        if (route.etag && !m_fault.omitValidators)
            head += "ETag: " + etag + "\r\n";
        if (route.lastModified && !m_fault.omitValidators)
            head += "Last-Modified: " + lastModified + "\r\n";
        if (route.ranges)
            head += "Accept-Ranges: bytes\r\n";
        if (partial)
            head += "Content-Range: bytes " + QByteArray::number(shownFrom) + '-'
                + QByteArray::number(shownFrom + body.size() - 1 - m_fault.rangeShortBy) + '/'
                + QByteArray::number(route.size) + "\r\n";
        if (!m_fault.contentDisposition.isEmpty())
            head += "Content-Disposition: " + m_fault.contentDisposition + "\r\n";
        head += route.headers;
        if (m_fault.gzip) {
            body = gzip(body);
            head += "Content-Encoding: gzip\r\n";
        }
        if (!m_fault.contentEncoding.isEmpty())
            head += "Content-Encoding: " + m_fault.contentEncoding + "\r\n";
        if (m_fault.chunked) {
            head += "Transfer-Encoding: chunked\r\n";
            QByteArray chunked;
            for (qint64 i = 0; i < body.size(); i += 8192) {
                const QByteArray part = body.mid(i, 8192);
                chunked += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
            }
            body = chunked + "0\r\n\r\n";
        } else if (!m_fault.contentLength.isEmpty()) {
            head += "Content-Length: " + m_fault.contentLength + "\r\n";
        } else if (!m_fault.noContentLength) {
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        }
        if (request.method == "HEAD")
            body.clear();
        m_socket->write(head + "\r\n");
        m_body = body;
        if (m_fault.bytesPerSecond > 0)
            m_trickle.start();
        pump();
    }

    void sendSimple(int status, const QByteArray &headers)
    {
        const QByteArray body = "status " + QByteArray::number(status) + '\n';
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
                        + "\r\nConnection: close\r\n" + headers
                        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_socket->disconnectFromHost();
    }

    void pump()
    {
        if (m_body.isNull() || m_closing)
            return;
        while (m_socket->bytesToWrite() < 256 * 1024 && m_sent < m_body.size()) {
            qint64 n = qMin<qint64>(64 * 1024, m_body.size() - m_sent);
            if (m_fault.bytesPerSecond > 0)
                n = qMin(n, m_allowance);
            for (const qint64 limit :
                 { m_fault.resetAfter, m_fault.closeAfter, m_fault.stallAfter }) {
                if (limit >= 0)
                    n = qMin(n, limit - m_sent);
            }
            if (n <= 0)
                break;
            m_socket->write(m_body.constData() + m_sent, n);
            m_sent += n;
            m_server->m_bytesSent += n;
            m_allowance -= n;
        }
        const bool atReset = m_fault.resetAfter >= 0 && m_sent >= m_fault.resetAfter;
        const bool atClose = m_fault.closeAfter >= 0 && m_sent >= m_fault.closeAfter;
        if ((atReset || atClose) && m_socket->bytesToWrite() == 0) {
            m_closing = true;
            if (atReset) {
                const linger lg { 1, 0 }; // close with RST
                ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lg,
                             sizeof lg);
                m_socket->abort();
            } else {
                m_socket->disconnectFromHost();
            }
            return;
        }
        if (m_sent >= m_body.size() && m_socket->bytesToWrite() == 0
            && !(m_fault.stallAfter >= 0)) {
            m_closing = true;
            m_socket->disconnectFromHost();
        }
    }

    TestHttpServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_in;
    QByteArray m_body;
    qint64 m_sent = 0;
    qint64 m_allowance = 0;
    bool m_started = false;
    bool m_responding = false;
    bool m_closing = false;
    Request m_request;
    Fault m_fault;
    QTimer m_trickle;
};

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

TestHttpServer::~TestHttpServer()
{
    dropConnections();
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *c = new Connection(this, socket);
        m_connections.append(c);
    }
}

void TestHttpServer::dropConnections()
{
    const QList<Connection *> all = m_connections;
    for (Connection *c : all) {
        c->socket()->disconnect(c);
        c->socket()->abort();
        c->finish();
    }
}

void TestHttpServer::changeFile(const QByteArray &path, qint64 newSize)
{
    Route &r = m_routes[path];
    ++r.version;
    if (newSize >= 0)
        r.size = newSize;
}

QList<TestHttpServer::Request> TestHttpServer::requestsFor(const QByteArray &path) const
{
    QList<Request> out;
    for (const Request &r : m_requests) {
        if (r.path.split('?').value(0) == path)
            out.append(r);
    }
    return out;
}

QDateTime TestHttpServer::lastModifiedOf(const Route &route) const
{
    return QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc())
        .addDays(route.version)
        .addSecs(route.seed % 1000);
}

QByteArray TestHttpServer::content(const Route &route, qint64 from, qint64 length)
{
    if (length < 0)
        length = route.size - from;
    QByteArray out(qMax<qint64>(0, length), Qt::Uninitialized);
    const quint64 key
        = (quint64(route.seed) << 32) ^ quint64(route.version) * 0x9E3779B97F4A7C15ull;
    for (qint64 i = 0; i < out.size(); ++i) {
        quint64 x = quint64(from + i) * 0xBF58476D1CE4E5B9ull ^ key;
        x ^= x >> 31;
        x *= 0x94D049BB133111EBull;
        out[i] = char(x >> 56);
    }
    return out;
}

} // namespace Ferry::Test
