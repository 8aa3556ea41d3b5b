#include "browserpage.h"

#include "browserregistration.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Ferry {

namespace {

// <prefix>/share/…, from <prefix>/bin/ferry.
QString installed(const QString &relative)
{
    const QString path = QDir(QCoreApplication::applicationDirPath())
                             .filePath(QLatin1String("../share/") + relative);
    return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
}

} // namespace

BrowserPage::BrowserPage(QWidget *parent)
    : QWidget(parent)
    , m_hostPath(BrowserRegistration::defaultHostPath())
    , m_status(new QLabel)
    , m_result(new QLabel)
    , m_register(new QPushButton(tr("Register for This User")))
{
    setObjectName(QStringLiteral("browserPage"));
    auto *intro = new QLabel(
        tr("Ferry's browser extension hands the downloads that Chromium, Google Chrome or Firefox "
           "start over to Ferry, with the cookies and the referrer the server needs. The "
           "extension talks to Ferry through a small helper program, which each browser must "
           "find."));
    intro->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("browserStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("browserResult"));
    m_result->setWordWrap(true);
    m_register->setObjectName(QStringLiteral("registerBrowsers"));
    m_register->setToolTip(tr("Writes the helper's manifest where each browser of this user looks "
                              "for it, as \"ferryctl browser install\" does"));
    connect(m_register, &QPushButton::clicked, this, &BrowserPage::registerForUser);
    auto *refreshButton = new QPushButton(tr("Check Again"));
    refreshButton->setObjectName(QStringLiteral("refreshBrowsers"));
    connect(refreshButton, &QPushButton::clicked, this, &BrowserPage::refresh);
    auto *instructions = new QPushButton(tr("Installation Instructions…"));
    instructions->setObjectName(QStringLiteral("browserInstructions"));
    connect(instructions, &QPushButton::clicked, this,
            []() { QDesktopServices::openUrl(instructionsUrl()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_register);
    buttons->addWidget(refreshButton);
    buttons->addStretch();
    buttons->addWidget(instructions);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch();
    refresh();
}

QUrl BrowserPage::instructionsUrl()
{
    const QString doc = installed(QStringLiteral("doc/ferry/browser.md"));
    return doc.isEmpty() ? QUrl(QStringLiteral("https://ferrydm.net/docs/browser"))
                         : QUrl::fromLocalFile(doc);
}

QString BrowserPage::extensionFolder(const QString &flavour)
{
    return installed(QLatin1String("ferry/browser/") + flavour);
}

void BrowserPage::refresh()
{
    const BrowserRegistration registration;
    QStringList blocks;
    for (const BrowserRegistration::Browser b : BrowserRegistration::all()) {
        const QStringList lines = BrowserRegistration::describe(registration.status(b));
        blocks.append(QLatin1String("<b>") + lines.first().toHtmlEscaped()
                      + QLatin1String("</b><br>")
                      + lines.mid(1)
                            .join(QLatin1Char('\n'))
                            .toHtmlEscaped()
                            .replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    const QString chromium = extensionFolder(QStringLiteral("chromium"));
    const QString firefox = extensionFolder(QStringLiteral("firefox"));
    if (!chromium.isEmpty() || !firefox.isEmpty())
        //: %1 and %2 are folders
        blocks.append(tr("The extension: %1 (Chromium, Chrome), %2 (Firefox)")
                          .arg(chromium, firefox)
                          .toHtmlEscaped());
    m_status->setText(blocks.join(QLatin1String("<br><br>")));
}

void BrowserPage::registerForUser()
{
    const BrowserRegistration registration;
    QStringList problems;
    for (const BrowserRegistration::Browser b : BrowserRegistration::all()) {
        const Result r = registration.install(b, m_hostPath);
        if (r.isError())
            problems.append(BrowserRegistration::displayName(b) + QLatin1String(": ") + r.detail());
    }
    m_result->setText(problems.isEmpty() ? tr("Registered for Chromium, Google Chrome and Firefox.")
                                         : problems.join(QLatin1Char('\n')));
    refresh();
}

} // namespace Ferry
