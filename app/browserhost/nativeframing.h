#pragma once

#include <QByteArray>
#include <QJsonObject>

class QIODevice;

namespace Ferry {

// The framing of native messaging (the same in Chromium and Firefox): every message is a 32-bit
// length in the machine's byte order followed by that many bytes of UTF-8 JSON, on the host's
// stdin (browser → host) and stdout (host → browser).
namespace NativeFraming {

// What the host accepts from the browser. Browsers may send up to 64 MiB; Ferry's messages are a
// few KiB (a URL, a user agent, the cookies of one site), so anything larger is refused.
constexpr quint32 MaxIncomingBytes = 1024 * 1024;
// What browsers accept from a host: 1 MiB. Larger answers are never written.
constexpr quint32 MaxOutgoingBytes = 1024 * 1024;
// A length above this is not native messaging at all (browsers never send more): the stream
// cannot be trusted any further.
constexpr quint32 MaxBrowserBytes = 64 * 1024 * 1024;

// The frame for a message; empty when its JSON would exceed MaxOutgoingBytes.
QByteArray encode(const QJsonObject &message);

} // namespace NativeFraming

// Reads frames from a blocking device (the host's stdin).
class NativeReader
{
public:
    enum class Status {
        Message, // *payload holds the frame's bytes
        TooLarge, // the frame was longer than MaxIncomingBytes and was skipped; *length says how
                  // long
        End, // the browser closed the stream (cleanly, or in the middle of a frame)
        Broken, // a length no browser sends; nothing after it can be read as frames
    };

    explicit NativeReader(QIODevice *in);

    Status next(QByteArray *payload, quint32 *length);

private:
    bool readExactly(char *data, qint64 size);
    bool skip(qint64 size);

    QIODevice *m_in;
};

} // namespace Ferry
