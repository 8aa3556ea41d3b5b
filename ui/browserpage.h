#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Ferry {

// Settings ▸ Browser: what each browser finds of Ferry's extension host (the same as
// `ferryctl browser status`), registering the host for this user, where the unpacked extensions
// are, and a link to the installation instructions (docs/browser.md).
class BrowserPage : public QWidget
{
    Q_OBJECT
public:
    explicit BrowserPage(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(BrowserPage)

    // The host that "Register" names; ferry-browser-host next to ferry by default.
    void setHostPath(const QString &path) { m_hostPath = path; }
    void refresh();

    // The installed instructions (share/doc/ferry/browser.md), else the project's web page.
    static QUrl instructionsUrl();
    // Where `cmake --install` put the unpacked extension for chromium or firefox; empty if not.
    static QString extensionFolder(const QString &flavour);

private:
    void registerForUser();

    QString m_hostPath;
    QLabel *m_status;
    QLabel *m_result;
    QPushButton *m_register;
};

} // namespace Ferry
