#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>

namespace Ferry::Test {

// A loopback HTTP/1.1 server whose files are deterministic (byte i of a file is a function of its
// seed and i, so any range can be checked) and whose answers can be scripted request by request
// to produce every fault of RELIABILITY.md's catalog. Listens on 127.0.0.1 with a free port.
// A POST or PUT is answered once its body (Content-Length) is in, with the route's content as
// the answer: the server application's reply of an upload-reply job.
class TestHttpServer : public QObject
{
    Q_OBJECT
public:
    // What one request gets; default: a correct answer.
    struct Fault
    {
        int status = 0; // answer with this status (and a short body) instead
        QByteArray retryAfter; // Retry-After header value
        qint64 resetAfter = -1; // send this many body bytes, then reset the connection
        qint64 closeAfter = -1; // send this many body bytes, then close cleanly
        qint64 stallAfter = -1; // send this many body bytes, then send nothing more
        bool stallBeforeHeaders = false;
        bool resetBeforeHeaders = false; // RST as soon as the request is read
        int delayMs = 0; // answer only after this long (latency)
        qint64 bytesPerSecond = 0; // trickle
        bool ignoreRange = false; // answer 200 with the whole file to a range
        qint64 contentRangeShift = 0; // lie in Content-Range (and send those bytes)
        bool noContentLength = false; // close-delimited body
        bool chunked = false; // Transfer-Encoding: chunked (truncate with closeAfter)
        bool gzip = false; // Content-Encoding: gzip
        QByteArray contentEncoding; // another Content-Encoding header (the body is not encoded)
        bool omitValidators = false; // this answer has no ETag and no Last-Modified
        QByteArray contentLength; // this Content-Length value instead of the body's length
        qint64 rangeShortBy = 0; // Content-Range ends this many bytes before the body does
        QByteArray redirectTo; // 302 to this path
        QByteArray contentDisposition; // header value
    };

    struct Route
    {
        quint32 seed = 1;
        qint64 size = 0;
        int version = 1; // part of the ETag and of the content
        bool ranges = true; // Accept-Ranges / honours Range
        bool etag = true;
        bool lastModified = true;
        qint64 bytesPerSecond = 0; // trickle every answer (a fault's own rate wins)
        QByteArray headers; // more header lines ("Name: value\r\n" each) of every 2xx answer
        QList<Fault> faults; // taken one per request, in order
    };

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body; // what a POST or PUT sent (Content-Length bytes)
    };

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const;

    void setRoute(const QByteArray &path, const Route &route) { m_routes.insert(path, route); }
    Route &route(const QByteArray &path) { return m_routes[path]; }
    void addFault(const QByteArray &path, const Fault &fault)
    {
        m_routes[path].faults.append(fault);
    }
    // The file changes on the server: new version, new ETag and Last-Modified, new bytes.
    void changeFile(const QByteArray &path, qint64 newSize = -1);

    const QList<Request> &requests() const { return m_requests; }
    // Body bytes written to clients so far, over every connection.
    qint64 bytesSent() const { return m_bytesSent; }
    QList<Request> requestsFor(const QByteArray &path) const;

    // The content of a route, for checking what a client wrote.
    static QByteArray content(const Route &route, qint64 from = 0, qint64 length = -1);
    QByteArray content(const QByteArray &path) const { return content(m_routes.value(path)); }
    QDateTime lastModifiedOf(const Route &route) const;
    // Closes every open connection (a server restart as seen by clients).
    void dropConnections();

private:
    class Connection;
    void onNewConnection();

    QTcpServer m_server;
    QHash<QByteArray, Route> m_routes;
    QList<Request> m_requests;
    QList<Connection *> m_connections;
    qint64 m_bytesSent = 0;
    friend class Connection;
};

} // namespace Ferry::Test
