#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace Ferry {

// `ferryctl browser install|uninstall|status [--browser chromium|chrome|firefox|all]`: registers
// Ferry's native messaging host for the current user (for an installation under ~/.local, whose
// manifests no browser reads), removes that registration, or says what each browser would find
// (BrowserRegistration). Needs no engine.
class BrowserCommand
{
    Q_DECLARE_TR_FUNCTIONS(BrowserCommand)
public:
    BrowserCommand(QTextStream &out, QTextStream &err, bool json);

    // The exit status (Ctl::ExitCode values).
    int run(const QString &action, const QString &browser);

private:
    int status(const QList<int> &browsers);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
};

} // namespace Ferry
