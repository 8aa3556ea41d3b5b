#include "hostprocess.h"

#include "ferryhome.h"

#include <QJsonDocument>
#include <QtTest>

#include <cstring>

namespace Ferry::Test {

HostProcess::HostProcess(const FerryHome &home)
{
    m_process.setProcessEnvironment(home.environment());
    m_process.setWorkingDirectory(home.path());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral(FERRY_BROWSER_HOST),
                    { QStringLiteral("chrome-extension://nekogoepfmmdccmigkmflbgkcoakjeog/") });
    m_process.waitForStarted();
}

HostProcess::~HostProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QByteArray HostProcess::frame(const QByteArray &payload)
{
    const quint32 length = quint32(payload.size());
    QByteArray out(sizeof length, Qt::Uninitialized);
    std::memcpy(out.data(), &length, sizeof length);
    return out + payload;
}

void HostProcess::sendRaw(const QByteArray &bytes)
{
    m_process.write(bytes);
}

void HostProcess::send(const QJsonObject &message)
{
    sendRaw(frame(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

bool HostProcess::haveFrame()
{
    m_out += m_process.readAllStandardOutput();
    quint32 length = 0;
    if (m_out.size() < qsizetype(sizeof length))
        return false;
    std::memcpy(&length, m_out.constData(), sizeof length);
    return m_out.size() >= qsizetype(sizeof length + length);
}

QJsonObject HostProcess::next(int timeoutMs)
{
    if (!QTest::qWaitFor([this]() { return haveFrame(); }, timeoutMs))
        return {};
    quint32 length = 0;
    std::memcpy(&length, m_out.constData(), sizeof length);
    const QByteArray json = m_out.mid(sizeof length, length);
    m_out.remove(0, qsizetype(sizeof length + length));
    return QJsonDocument::fromJson(json).object();
}

int HostProcess::finish(int timeoutMs)
{
    m_process.closeWriteChannel();
    if (!QTest::qWaitFor([this]() { return m_process.state() == QProcess::NotRunning; }, timeoutMs))
        return -1;
    m_out += m_process.readAllStandardOutput();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

} // namespace Ferry::Test
