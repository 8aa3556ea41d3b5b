#pragma once

#include <QDialog>
#include <QList>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace Ferry {

// Asks for one or more download URLs (one per line), the destination folder and the priority.
class NewJobDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewJobDialog(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NewJobDialog)

    void setUrlsText(const QString &text);
    void setDestination(const QString &directory);

    // The valid http(s) URLs of the text box, in order, without duplicates.
    QList<QUrl> urls() const;
    QString destination() const;
    int priority() const; // JobPriority value
    bool startSuspended() const;

    static QList<QUrl> parseUrls(const QString &text);

private:
    void validate();
    void browse();

    QPlainTextEdit *m_urls;
    QLineEdit *m_destination;
    QComboBox *m_priority;
    QCheckBox *m_suspended;
    QDialogButtonBox *m_buttons;
};

} // namespace Ferry
