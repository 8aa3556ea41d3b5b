#include "nativeframing.h"

#include <QIODevice>
#include <QJsonDocument>

#include <cstring>

namespace Ferry {

QByteArray NativeFraming::encode(const QJsonObject &message)
{
    const QByteArray json = QJsonDocument(message).toJson(QJsonDocument::Compact);
    if (json.size() > qsizetype(MaxOutgoingBytes))
        return {};
    const quint32 length = quint32(json.size());
    QByteArray frame(sizeof length, Qt::Uninitialized);
    std::memcpy(frame.data(), &length, sizeof length); // native byte order, as the spec says
    return frame + json;
}

NativeReader::NativeReader(QIODevice *in)
    : m_in(in)
{ }

bool NativeReader::readExactly(char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = m_in->read(data + done, size - done);
        if (n > 0) {
            done += n;
            continue;
        }
        // 0: nothing now. Blocking stdin is then at its end (its wait fails at once); a device
        // that can wait (a socket in a test) waits for more.
        if (n < 0 || !m_in->waitForReadyRead(-1))
            return false;
    }
    return true;
}

bool NativeReader::skip(qint64 size)
{
    char buffer[64 * 1024];
    while (size > 0) {
        const qint64 chunk = qMin<qint64>(size, sizeof buffer);
        if (!readExactly(buffer, chunk))
            return false;
        size -= chunk;
    }
    return true;
}

NativeReader::Status NativeReader::next(QByteArray *payload, quint32 *length)
{
    quint32 n = 0;
    if (!readExactly(reinterpret_cast<char *>(&n), sizeof n))
        return Status::End;
    *length = n;
    if (n > NativeFraming::MaxBrowserBytes)
        return Status::Broken;
    if (n > NativeFraming::MaxIncomingBytes)
        return skip(n) ? Status::TooLarge : Status::End;
    payload->resize(n);
    if (!readExactly(payload->data(), n))
        return Status::End;
    return Status::Message;
}

} // namespace Ferry
