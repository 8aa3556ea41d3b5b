#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Ferry {

// The preferences: default download folder, auto-complete, concurrent transfers, speed limit,
// segments, notifications, close to tray, start with the session, dropped links and language on
// the General page; the browser extension's status on the Browser page (BrowserPage).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    AppSettings settings() const;

private:
    void browse();

    AppSettings m_initial;
    QLineEdit *m_directory;
    QCheckBox *m_autoComplete;
    QSpinBox *m_concurrent;
    QSpinBox *m_limit; // KiB/s, 0: none
    QSpinBox *m_segments;
    QCheckBox *m_notifications;
    QCheckBox *m_closeToTray;
    QCheckBox *m_autostart;
    QCheckBox *m_dropWithoutAsking;
    QComboBox *m_language;
};

} // namespace Ferry
