#include "newjobdialog.h"

#include "jobnames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace Ferry {

NewJobDialog::NewJobDialog(QWidget *parent)
    : QDialog(parent)
    , m_urls(new QPlainTextEdit(this))
    , m_destination(new QLineEdit(this))
    , m_priority(new QComboBox(this))
    , m_suspended(new QCheckBox(tr("Add the jobs &suspended"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Download"));
    m_urls->setObjectName(QStringLiteral("urls"));
    m_urls->setPlaceholderText(tr("One URL per line"));
    m_urls->setTabChangesFocus(true);
    m_destination->setObjectName(QStringLiteral("destination"));
    m_priority->setObjectName(QStringLiteral("priority"));
    for (int p = 0; p < JobPriorityCount; ++p)
        m_priority->addItem(JobNames::priority(JobPriority(p)), p);
    m_priority->setCurrentIndex(int(JobPriority::Normal));
    m_suspended->setObjectName(QStringLiteral("startSuspended"));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&URLs:"), m_urls);
    auto *destinationLabel = new QLabel(tr("Save &to:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationRow);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(QString(), m_suspended);
    form->addRow(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &NewJobDialog::browse);
    connect(m_urls, &QPlainTextEdit::textChanged, this, &NewJobDialog::validate);
    connect(m_destination, &QLineEdit::textChanged, this, &NewJobDialog::validate);
    setDestination(QDir::homePath());
    validate();
    resize(560, 320);
}

QList<QUrl> NewJobDialog::parseUrls(const QString &text)
{
    QList<QUrl> out;
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QUrl url = QUrl::fromUserInput(word);
        const bool web
            = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
        if (url.isValid() && web && !url.host().isEmpty() && !out.contains(url))
            out.append(url);
    }
    return out;
}

void NewJobDialog::setUrlsText(const QString &text)
{
    m_urls->setPlainText(text);
}

void NewJobDialog::setDestination(const QString &directory)
{
    m_destination->setText(QDir::toNativeSeparators(directory));
}

QList<QUrl> NewJobDialog::urls() const
{
    return parseUrls(m_urls->toPlainText());
}

QString NewJobDialog::destination() const
{
    return QDir::fromNativeSeparators(m_destination->text().trimmed());
}

int NewJobDialog::priority() const
{
    return m_priority->currentData().toInt();
}

bool NewJobDialog::startSuspended() const
{
    return m_suspended->isChecked();
}

void NewJobDialog::validate()
{
    const QDir dir(destination());
    const bool ok = !urls().isEmpty() && dir.isAbsolute() && dir.exists();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void NewJobDialog::browse()
{
    const QString dir
        = QFileDialog::getExistingDirectory(this, tr("Save Downloads To"), destination());
    if (!dir.isEmpty())
        setDestination(dir);
}

} // namespace Ferry
