#pragma once

#include "jobcommands.h"

#include <QDialog>
#include <QList>
#include <QUrl>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFileSystemWatcher;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace Ferry {

// Asks for new jobs: several download URLs at once (one per line) with a destination folder and,
// for a single URL, an optional file name and checksum; or an upload (source file and target URL,
// plus the reply file of an upload-reply job). Priority, "start suspended" and an advanced section
// with custom headers, credentials, a speed limit and the number of connections. What keeps Add
// disabled is said in words under the form; a missing download folder is offered to be created,
// and a folder made elsewhere meanwhile is noticed (the nearest existing parent is watched).
class NewJobDialog : public QDialog
{
    Q_OBJECT
public:
    // What is there already of the jobs about to be added: jobs that fetch the same URL, and
    // files at the names they would take.
    struct Duplicates
    {
        QList<JobId> jobs;
        QStringList urls; // of those jobs
        QStringList files; // existing local files
        bool isEmpty() const { return jobs.isEmpty() && files.isEmpty(); }
    };
    using DuplicateCheck = std::function<Duplicates(const QList<NewJob> &)>;

    explicit NewJobDialog(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NewJobDialog)

    void setUrlsText(const QString &text);
    // One URL per line, in the encoded form: what the user sees is exactly what is sent (%2F
    // stays %2F).
    void setUrls(const QList<QUrl> &urls);
    // Selects the URL text, so that typing replaces it.
    void selectUrls();
    void setDestination(const QString &directory);
    void setType(JobType type);
    void setSourceFile(const QString &path);

    JobType type() const;
    // The valid http(s) URLs of the text box, in order, without duplicates.
    QList<QUrl> urls() const;
    QString destination() const;
    QString fileName() const; // only used for a single URL
    // The checksum the single URL's file must have (none when the field is empty or invalid).
    std::optional<Checksum> checksum() const;
    int priority() const; // JobPriority value
    bool startSuspended() const;
    QString customHeaders() const; // "Name: value" lines joined by CRLF
    qint64 speedLimit() const; // bytes per second, 0: none
    int segments() const; // 0: the default
    UploadOptions uploadOptions() const; // protocol and POST form field of an upload

    // The jobs the dialog describes, each with its headers, credentials and reply file, queued
    // at once unless the user asked for suspended jobs: one create() makes all of them or none.
    QList<NewJob> jobs(bool autoComplete) const;

    // Asked when the user adds: with duplicates, the dialog asks whether to add anyway (a
    // download whose name is taken gets a numbered one at Complete), to show the existing job,
    // or to go back to the dialog.
    void setDuplicateCheck(DuplicateCheck check) { m_duplicateCheck = std::move(check); }
    // The files the jobs would write when no name is given: the folder's name for the URL.
    static QString expectedLocalPath(const QUrl &url, const QString &localPath);

    void accept() override;

    static QList<QUrl> parseUrls(const QString &text);
    // Only the words of `text` that are written as http:// or https:// links (copied text is
    // prose as often as a list of links).
    static QList<QUrl> linksIn(const QString &text);

Q_SIGNALS:
    // "Show Existing Job" in the duplicate question: the dialog closed for it.
    void showJobRequested(const Ferry::JobId &id);

private:
    void validate();
    // Why the input cannot be added yet, in words; empty when it can.
    QString problem() const;
    void createFolder();
    void watchDestination();
    void browse();
    void browseSource();
    void typeChanged();
    void protocolChanged();

    QComboBox *m_type;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_urls;
    QLineEdit *m_destination;
    QLineEdit *m_fileName;
    QLineEdit *m_checksum;
    QLabel *m_checksumError;
    QLineEdit *m_source;
    QLineEdit *m_target;
    QLineEdit *m_replyFile;
    QComboBox *m_protocol;
    QLineEdit *m_formField;
    QLabel *m_replyLabel;
    QComboBox *m_priority;
    QCheckBox *m_suspended;
    QGroupBox *m_advanced;
    QPlainTextEdit *m_headers;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_scheme;
    QSpinBox *m_limit;
    QSpinBox *m_segments;
    QDialogButtonBox *m_buttons;
    QLabel *m_problem;
    QPushButton *m_createFolder;
    QLabel *m_notice;
    QFileSystemWatcher *m_watcher;
    DuplicateCheck m_duplicateCheck;
};

} // namespace Ferry
