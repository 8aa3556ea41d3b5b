#pragma once

#include "jobcommands.h"
#include "jobsnapshot.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Ferry {

// Every BITS property of one job: identity, state, type, priority, times, progress per file,
// the error (context, code, description), error count, NoProgressTimeout, MinimumRetryDelay,
// notify flags and command line, and the reply file of upload-reply jobs. The properties the
// rules let the job change (SetProperty, SetReplyFileName) are editable; changes() turns the
// edits into one JobPatch, applied all or nothing.
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

private:
    QWidget *generalPage();
    QWidget *filesPage();
    QWidget *errorPage();
    QWidget *settingsPage();

    Job m_job;
    bool m_editable;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_priority = nullptr;
    QSpinBox *m_noProgressTimeout = nullptr;
    QSpinBox *m_retryDelay = nullptr;
    QCheckBox *m_notifyTransferred = nullptr;
    QCheckBox *m_notifyError = nullptr;
    QCheckBox *m_notifyDisable = nullptr;
    QLineEdit *m_notifyCmdLine = nullptr;
    QLineEdit *m_replyFile = nullptr;
};

} // namespace Ferry
