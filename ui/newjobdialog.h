#pragma once

#include "jobcommands.h"

#include <QDialog>
#include <QList>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace Ferry {

// Asks for new jobs: several download URLs at once (one per line) with a destination folder and,
// for a single URL, an optional file name and checksum; or an upload (source file and target URL,
// plus the reply file of an upload-reply job). Priority, "start suspended" and an advanced section
// with custom headers, credentials, a speed limit and the number of connections.
class NewJobDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewJobDialog(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NewJobDialog)

    void setUrlsText(const QString &text);
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

    static QList<QUrl> parseUrls(const QString &text);
    // Only the words of `text` that are written as http:// or https:// links (copied text is
    // prose as often as a list of links).
    static QList<QUrl> linksIn(const QString &text);

private:
    void validate();
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
};

} // namespace Ferry
