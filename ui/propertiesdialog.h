#pragma once

#include "jobcommands.h"
#include "jobsnapshot.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QPlainTextEdit;
class QSpinBox;

namespace Ferry {

// Every BITS property of one job: identity, state, type, priority, times, progress per file,
// the error (context, code, description), error count, NoProgressTimeout, MinimumRetryDelay,
// notify flags and command line, the reply file of upload-reply jobs, and each downloaded file's
// checksum with what checking it found; its speed limit and connections (a running transfer
// takes a new limit at once, and the connections when its file next starts, from where it is). The
// properties the rules let the job change (SetProperty, SetReplyFileName) are editable; changes()
// turns the edits into one JobPatch, applied all or nothing.
class PropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PropertiesDialog(const JobSnapshot &job, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PropertiesDialog)

    bool isEditable() const { return m_editable; }
    JobId jobId() const { return m_job.id; }
    // What the user changed; empty when nothing did.
    JobPatch changes() const;
    // The job's newer value while the dialog is open: state, progress, speed, times, files and
    // error follow it; what the user is editing stays as typed (changes() still compares with
    // the value the dialog opened with).
    void updateLive(const JobSnapshot &job);

private:
    QWidget *generalPage();
    QWidget *filesPage();
    QWidget *errorPage();
    QWidget *settingsPage();
    // The checksum field follows the selected file; each file keeps what was typed for it.
    void showChecksumOf(int fileIndex);
    void checksumEdited();
    QString originalChecksum(int fileIndex) const;
    void showLive(const JobSnapshot &job);

    Job m_job;
    bool m_editable;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_priority = nullptr;
    QSpinBox *m_noProgressTimeout = nullptr;
    QSpinBox *m_retryDelay = nullptr;
    QSpinBox *m_speedLimit = nullptr; // KiB/s, 0: none
    QSpinBox *m_segments = nullptr; // 0: the engine's setting
    QCheckBox *m_notifyTransferred = nullptr;
    QCheckBox *m_notifyError = nullptr;
    QCheckBox *m_notifyDisable = nullptr;
    QLineEdit *m_notifyCmdLine = nullptr;
    QLineEdit *m_replyFile = nullptr;
    QTreeWidget *m_files = nullptr;
    QLineEdit *m_checksum = nullptr;
    QLabel *m_checksumError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_checksumFile = -1;
    QMap<int, QString> m_checksumTexts; // file index → the text typed for it
    // What follows the job while the dialog is open.
    QLabel *m_state = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_speed = nullptr;
    QLabel *m_connections = nullptr;
    QLabel *m_modified = nullptr;
    QLabel *m_transferCompleted = nullptr;
    QLabel *m_replyProgress = nullptr;
    QLabel *m_noError = nullptr;
    QLabel *m_errorContext = nullptr;
    QLabel *m_errorCode = nullptr;
    QLabel *m_errorDescription = nullptr;
    QLabel *m_errorFile = nullptr;
    QLabel *m_errorCount = nullptr;
    QFormLayout *m_errorForm = nullptr;
};

} // namespace Ferry
