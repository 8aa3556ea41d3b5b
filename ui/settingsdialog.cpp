#include "settingsdialog.h"

#include "browserpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ferry {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
    , m_directory(new QLineEdit(settings.downloadDirectory))
    , m_autoComplete(new QCheckBox(tr("Complete finished downloads automatically")))
    , m_concurrent(new QSpinBox)
    , m_limit(new QSpinBox)
    , m_segments(new QSpinBox)
    , m_notifications(new QCheckBox(tr("Notify when a job finishes or fails")))
    , m_closeToTray(new QCheckBox(tr("Closing the window keeps Ferry running in the tray")))
    , m_autostart(new QCheckBox(tr("Start Ferry with the session, in the tray")))
    , m_dropWithoutAsking(new QCheckBox(tr("Add dropped and pasted links without asking")))
    , m_language(new QComboBox)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_directory->setObjectName(QStringLiteral("downloadDirectory"));
    m_autoComplete->setObjectName(QStringLiteral("autoComplete"));
    m_autoComplete->setChecked(settings.autoComplete);
    m_autoComplete->setToolTip(tr("Without this, a transferred download waits for Complete before "
                                  "its files appear"));
    m_concurrent->setObjectName(QStringLiteral("concurrentTransfers"));
    m_concurrent->setRange(1, 100);
    m_concurrent->setValue(settings.maxConcurrentTransfers);
    m_limit->setObjectName(QStringLiteral("downloadLimit"));
    m_limit->setRange(0, 10 * 1024 * 1024);
    m_limit->setValue(int(qMin<qint64>(settings.downloadLimit / 1024, 10 * 1024 * 1024)));
    m_limit->setSpecialValueText(tr("Unlimited"));
    //: unit after a speed in kibibytes per second
    m_limit->setSuffix(tr(" KiB/s"));
    m_segments->setObjectName(QStringLiteral("segments"));
    m_segments->setRange(1, 16);
    m_segments->setValue(settings.segments);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_notifications->setChecked(settings.notifications);
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_closeToTray->setChecked(settings.closeToTray);
    m_autostart->setObjectName(QStringLiteral("startWithSession"));
    m_autostart->setChecked(settings.startWithSession);
    m_dropWithoutAsking->setObjectName(QStringLiteral("addDroppedWithoutAsking"));
    m_dropWithoutAsking->setChecked(settings.addDroppedWithoutAsking);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("Italiano"), QStringLiteral("it"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));

    auto *browseButton = new QPushButton(tr("Browse…"));
    connect(browseButton, &QPushButton::clicked, this, &SettingsDialog::browse);
    auto *directoryRow = new QHBoxLayout;
    directoryRow->addWidget(m_directory, 1);
    directoryRow->addWidget(browseButton);

    auto *transfers = new QGroupBox(tr("Transfers"));
    auto *transferForm = new QFormLayout(transfers);
    transferForm->addRow(tr("Download folder:"), directoryRow);
    transferForm->addRow(QString(), m_autoComplete);
    transferForm->addRow(tr("Jobs transferring at once:"), m_concurrent);
    transferForm->addRow(tr("Download speed limit:"), m_limit);
    transferForm->addRow(tr("Connections per large file:"), m_segments);

    auto *desktop = new QGroupBox(tr("Desktop"));
    auto *desktopForm = new QFormLayout(desktop);
    desktopForm->addRow(m_notifications);
    desktopForm->addRow(m_closeToTray);
    desktopForm->addRow(m_autostart);
    desktopForm->addRow(m_dropWithoutAsking);
    desktopForm->addRow(tr("Language:"), m_language);
    auto *restartNote = new QLabel(tr("A new language takes effect when Ferry starts again."));
    restartNote->setWordWrap(true);
    desktopForm->addRow(restartNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *general = new QWidget;
    general->setObjectName(QStringLiteral("generalPage"));
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(transfers);
    generalLayout->addWidget(desktop);
    generalLayout->addStretch();
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(general, tr("General"));
    tabs->addTab(new BrowserPage, tr("Browser"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_initial;
    s.downloadDirectory = m_directory->text().trimmed();
    s.autoComplete = m_autoComplete->isChecked();
    s.maxConcurrentTransfers = m_concurrent->value();
    s.downloadLimit = qint64(m_limit->value()) * 1024;
    s.segments = m_segments->value();
    s.notifications = m_notifications->isChecked();
    s.closeToTray = m_closeToTray->isChecked();
    s.startWithSession = m_autostart->isChecked();
    s.addDroppedWithoutAsking = m_dropWithoutAsking->isChecked();
    s.language = m_language->currentData().toString();
    return s;
}

void SettingsDialog::browse()
{
    const QString dir
        = QFileDialog::getExistingDirectory(this, tr("Download Folder"), m_directory->text());
    if (!dir.isEmpty())
        m_directory->setText(dir);
}

} // namespace Ferry
