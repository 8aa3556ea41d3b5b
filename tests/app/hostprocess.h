#pragma once

#include <QJsonObject>
#include <QProcess>

namespace Ferry::Test {

class FerryHome;

// ferry-browser-host run as the browser runs it: with the extension's origin as its argument,
// messages framed on its stdin, answers read from its stdout. Waits run the event loop, so test
// servers in the test's process keep serving.
class HostProcess
{
public:
    explicit HostProcess(const FerryHome &home);
    ~HostProcess();
    Q_DISABLE_COPY_MOVE(HostProcess)

    static QByteArray frame(const QByteArray &payload);
    void sendRaw(const QByteArray &bytes);
    void send(const QJsonObject &message);
    // The next answer; an empty object when none came in time.
    QJsonObject next(int timeoutMs = 60000);
    // Closes the host's stdin (the browser went away) and waits for it to end; its exit code, or
    // -1 when it crashed or did not end.
    int finish(int timeoutMs = 30000);
    QProcess &process() { return m_process; }

private:
    bool haveFrame();

    QProcess m_process;
    QByteArray m_out;
};

} // namespace Ferry::Test
