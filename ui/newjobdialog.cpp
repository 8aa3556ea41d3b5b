#include "newjobdialog.h"

#include "jobfiles.h"
#include "jobnames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ferry {

namespace {

bool isWebUrl(const QUrl &url)
{
    const bool web
        = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    return url.isValid() && web && !url.host().isEmpty();
}

QHBoxLayout *withButton(QWidget *field, QPushButton *button)
{
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(button);
    return row;
}

} // namespace

NewJobDialog::NewJobDialog(QWidget *parent)
    : QDialog(parent)
    , m_type(new QComboBox)
    , m_pages(new QStackedWidget)
    , m_urls(new QPlainTextEdit)
    , m_destination(new QLineEdit)
    , m_fileName(new QLineEdit)
    , m_checksum(new QLineEdit)
    , m_checksumError(new QLabel)
    , m_source(new QLineEdit)
    , m_target(new QLineEdit)
    , m_replyFile(new QLineEdit)
    , m_protocol(new QComboBox)
    , m_formField(new QLineEdit)
    , m_replyLabel(new QLabel(tr("&Reply file:")))
    , m_priority(new QComboBox)
    , m_suspended(new QCheckBox(tr("Add the jobs &suspended")))
    , m_advanced(new QGroupBox(tr("A&dvanced")))
    , m_headers(new QPlainTextEdit)
    , m_user(new QLineEdit)
    , m_password(new QLineEdit)
    , m_scheme(new QComboBox)
    , m_limit(new QSpinBox)
    , m_segments(new QSpinBox)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_problem(new QLabel)
    , m_createFolder(new QPushButton(tr("Create &Folder")))
    , m_notice(new QLabel)
    , m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("newJobDialog"));
    setWindowTitle(tr("New Job"));
    m_type->setObjectName(QStringLiteral("type"));
    m_type->addItem(JobNames::type(JobType::Download), int(JobType::Download));
    m_type->addItem(JobNames::type(JobType::Upload), int(JobType::Upload));
    m_type->addItem(JobNames::type(JobType::UploadReply), int(JobType::UploadReply));

    // Downloads: URLs, folder, optional name.
    m_urls->setObjectName(QStringLiteral("urls"));
    m_urls->setPlaceholderText(tr("One URL per line"));
    m_urls->setTabChangesFocus(true);
    m_destination->setObjectName(QStringLiteral("destination"));
    m_fileName->setObjectName(QStringLiteral("fileName"));
    m_fileName->setPlaceholderText(tr("Chosen by the server or the URL"));
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &NewJobDialog::browse);
    auto *downloadPage = new QWidget;
    auto *downloadForm = new QFormLayout(downloadPage);
    downloadForm->setContentsMargins(0, 0, 0, 0);
    downloadForm->addRow(tr("&URLs:"), m_urls);
    auto *destinationLabel = new QLabel(tr("Save &to:"));
    destinationLabel->setBuddy(m_destination);
    downloadForm->addRow(destinationLabel, withButton(m_destination, browse));
    downloadForm->addRow(tr("File &name:"), m_fileName);
    m_checksum->setObjectName(QStringLiteral("checksum"));
    m_checksum->setPlaceholderText(tr("Optional: sha256:…, or a line of SHA256SUMS"));
    m_checksum->setToolTip(tr("The file is kept only when its bytes have this checksum "
                              "(SHA-256, SHA-512, SHA-1 or MD5)."));
    m_checksumError->setObjectName(QStringLiteral("checksumError"));
    m_checksumError->setWordWrap(true);
    m_checksumError->setVisible(false);
    downloadForm->addRow(tr("Chec&ksum:"), m_checksum);
    downloadForm->addRow(QString(), m_checksumError);
    connect(m_checksum, &QLineEdit::textChanged, this, &NewJobDialog::validate);

    // Uploads: one source file, one target URL, the reply file for upload-reply.
    m_source->setObjectName(QStringLiteral("sourceFile"));
    m_target->setObjectName(QStringLiteral("targetUrl"));
    m_target->setPlaceholderText(QStringLiteral("https://"));
    m_replyFile->setObjectName(QStringLiteral("replyFile"));
    m_replyFile->setPlaceholderText(tr("Beside the source file"));
    m_replyLabel->setBuddy(m_replyFile);
    m_protocol->setObjectName(QStringLiteral("protocol"));
    m_protocol->addItem(tr("Ask the server (tus, else PUT; POST with a reply)"),
                        int(UploadProtocol::Default));
    m_protocol->addItem(tr("HTTP PUT (WebDAV)"), int(UploadProtocol::Put));
    m_protocol->addItem(tr("HTTP POST"), int(UploadProtocol::Post));
    m_protocol->addItem(tr("tus (resumable)"), int(UploadProtocol::Tus));
    m_formField->setObjectName(QStringLiteral("formField"));
    m_formField->setPlaceholderText(tr("Empty: the file is the whole body"));
    auto *browseSource = new QPushButton(tr("B&rowse…"));
    connect(browseSource, &QPushButton::clicked, this, &NewJobDialog::browseSource);
    auto *uploadPage = new QWidget;
    auto *uploadForm = new QFormLayout(uploadPage);
    uploadForm->setContentsMargins(0, 0, 0, 0);
    auto *sourceLabel = new QLabel(tr("&File to upload:"));
    sourceLabel->setBuddy(m_source);
    uploadForm->addRow(sourceLabel, withButton(m_source, browseSource));
    uploadForm->addRow(tr("Upload &to:"), m_target);
    uploadForm->addRow(m_replyLabel, m_replyFile);
    uploadForm->addRow(tr("Pro&tocol:"), m_protocol);
    uploadForm->addRow(tr("Form &field (POST):"), m_formField);
    m_pages->addWidget(downloadPage);
    m_pages->addWidget(uploadPage);

    m_priority->setObjectName(QStringLiteral("priority"));
    for (int p = 0; p < JobPriorityCount; ++p)
        m_priority->addItem(JobNames::priority(JobPriority(p)), p);
    m_priority->setCurrentIndex(int(JobPriority::Normal));
    m_suspended->setObjectName(QStringLiteral("startSuspended"));

    // Advanced: what most jobs never need, folded away.
    m_advanced->setObjectName(QStringLiteral("advanced"));
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    m_headers->setObjectName(QStringLiteral("customHeaders"));
    m_headers->setPlaceholderText(tr("Name: value, one header per line"));
    m_headers->setMaximumHeight(60);
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_scheme->setObjectName(QStringLiteral("authScheme"));
    m_scheme->addItem(tr("Basic"), int(AuthScheme::Basic));
    m_scheme->addItem(tr("Digest"), int(AuthScheme::Digest));
    m_limit->setObjectName(QStringLiteral("speedLimit"));
    m_limit->setRange(0, 10 * 1024 * 1024);
    m_limit->setSpecialValueText(tr("Unlimited"));
    m_limit->setSuffix(tr(" KiB/s"));
    m_segments->setObjectName(QStringLiteral("segments"));
    m_segments->setRange(0, 16);
    m_segments->setSpecialValueText(tr("Default"));
    auto *advancedBody = new QWidget;
    auto *advancedForm = new QFormLayout(advancedBody);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->addRow(tr("&Headers:"), m_headers);
    advancedForm->addRow(tr("User &name:"), m_user);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_scheme);
    auto *passwordLabel = new QLabel(tr("Pass&word:"));
    passwordLabel->setBuddy(m_password); // the row is a container: the field takes the mnemonic
    advancedForm->addRow(passwordLabel, passwordRow);
    advancedForm->addRow(tr("Speed &limit:"), m_limit);
    advancedForm->addRow(tr("&Connections:"), m_segments);
    auto *advancedLayout = new QVBoxLayout(m_advanced);
    advancedLayout->addWidget(advancedBody);
    advancedBody->setVisible(false);
    connect(m_advanced, &QGroupBox::toggled, advancedBody, &QWidget::setVisible);

    auto *form = new QFormLayout;
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(m_pages);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(QString(), m_suspended);
    // What keeps Add disabled, said in words, and the offer to create a missing folder.
    m_problem->setObjectName(QStringLiteral("inputProblem"));
    m_problem->setWordWrap(true);
    m_createFolder->setObjectName(QStringLiteral("createFolder"));
    m_createFolder->setVisible(false);
    connect(m_createFolder, &QPushButton::clicked, this, &NewJobDialog::createFolder);
    m_notice->setObjectName(QStringLiteral("folderNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problem, 1);
    problemRow->addWidget(m_createFolder);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &NewJobDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addStretch();
    layout->addLayout(problemRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NewJobDialog::typeChanged);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &NewJobDialog::protocolChanged);
    for (QLineEdit *edit : { m_destination, m_source, m_target })
        connect(edit, &QLineEdit::textChanged, this, &NewJobDialog::validate);
    connect(m_urls, &QPlainTextEdit::textChanged, this, &NewJobDialog::validate);
    setDestination(QDir::homePath());
    typeChanged();
    // Ctrl+Return adds from anywhere in the dialog, as long as the input is acceptable.
    for (const QKeySequence &keys :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *add = new QShortcut(keys, this);
        connect(add, &QShortcut::activated, this, [this]() {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
        });
    }
    // Typing right away lands in the URL field.
    m_urls->setFocus();
    resize(600, 380);
}

QList<QUrl> NewJobDialog::parseUrls(const QString &text)
{
    QList<QUrl> out;
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QUrl url = QUrl::fromUserInput(word);
        if (isWebUrl(url) && !out.contains(url))
            out.append(url);
    }
    return out;
}

QList<QUrl> NewJobDialog::linksIn(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("(?i)\\bhttps?://\\S+"));
    QStringList words;
    for (auto it = link.globalMatch(text); it.hasNext();)
        words.append(it.next().captured());
    return parseUrls(words.join(QLatin1Char(' ')));
}

void NewJobDialog::setUrlsText(const QString &text)
{
    m_urls->setPlainText(text);
}

void NewJobDialog::setUrls(const QList<QUrl> &urls)
{
    QStringList lines;
    lines.reserve(urls.size());
    for (const QUrl &url : urls)
        lines.append(url.toString(QUrl::FullyEncoded));
    m_urls->setPlainText(lines.join(QLatin1Char('\n')));
}

void NewJobDialog::selectUrls()
{
    m_urls->selectAll();
}

void NewJobDialog::setDestination(const QString &directory)
{
    m_destination->setText(QDir::toNativeSeparators(directory));
}

void NewJobDialog::setType(JobType type)
{
    m_type->setCurrentIndex(m_type->findData(int(type)));
}

void NewJobDialog::setSourceFile(const QString &path)
{
    m_source->setText(QDir::toNativeSeparators(path));
}

JobType NewJobDialog::type() const
{
    return JobType(m_type->currentData().toInt());
}

QList<QUrl> NewJobDialog::urls() const
{
    return parseUrls(m_urls->toPlainText());
}

QString NewJobDialog::destination() const
{
    return QDir::fromNativeSeparators(m_destination->text().trimmed());
}

QString NewJobDialog::fileName() const
{
    return m_fileName->text().trimmed();
}

std::optional<Checksum> NewJobDialog::checksum() const
{
    if (m_checksum->text().trimmed().isEmpty())
        return std::nullopt;
    const ChecksumParser::Parsed parsed = ChecksumParser::parse(m_checksum->text());
    return parsed.line ? std::optional<Checksum>(parsed.line->checksum) : std::nullopt;
}

int NewJobDialog::priority() const
{
    return m_priority->currentData().toInt();
}

bool NewJobDialog::startSuspended() const
{
    return m_suspended->isChecked();
}

QString NewJobDialog::customHeaders() const
{
    if (!m_advanced->isChecked())
        return {};
    QStringList lines;
    const QStringList raw = m_headers->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : raw) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines.join(QLatin1String("\r\n"));
}

qint64 NewJobDialog::speedLimit() const
{
    return m_advanced->isChecked() ? qint64(m_limit->value()) * 1024 : 0;
}

int NewJobDialog::segments() const
{
    return m_advanced->isChecked() ? m_segments->value() : 0;
}

UploadOptions NewJobDialog::uploadOptions() const
{
    UploadOptions options;
    options.protocol = UploadProtocol(m_protocol->currentData().toInt());
    if (options.protocol == UploadProtocol::Post
        || (options.protocol == UploadProtocol::Default && type() == JobType::UploadReply))
        options.formField = m_formField->text().trimmed();
    return options;
}

QList<NewJob> NewJobDialog::jobs(bool autoComplete) const
{
    // What every job of the dialog shares.
    NewJob common;
    common.priority = JobPriority(priority());
    common.speedLimit = speedLimit();
    common.customHeaders = customHeaders();
    common.resume = !startSuspended();
    if (m_advanced->isChecked() && !m_user->text().isEmpty()) {
        Credentials credentials;
        credentials.user = m_user->text();
        credentials.password = m_password->text();
        credentials.scheme = AuthScheme(m_scheme->currentData().toInt());
        common.credentials = { credentials };
    }
    QList<NewJob> out;
    if (type() == JobType::Download) {
        const QList<QUrl> list = urls();
        for (const QUrl &url : list) {
            NewJob job = common;
            const bool named = list.size() == 1 && !fileName().isEmpty();
            job.displayName = named ? fileName() : JobFiles::fileNameForUrl(url);
            // Without a name the destination is the folder: the server's name is used.
            job.files = { { url,
                            named ? QDir(destination()).filePath(fileName())
                                  : QDir(destination()).absolutePath() } };
            job.autoComplete = autoComplete;
            job.segments = segments();
            if (const auto sum = checksum(); sum && list.size() == 1)
                job.checksums.insert(0, *sum);
            out.append(job);
        }
        return out;
    }
    NewJob job = common;
    const QString source = QDir::fromNativeSeparators(m_source->text().trimmed());
    job.type = type();
    job.displayName = QFileInfo(source).fileName();
    job.files = { { QUrl::fromUserInput(m_target->text().trimmed()), source } };
    job.upload = uploadOptions();
    if (type() == JobType::UploadReply)
        job.replyFileName = m_replyFile->text().trimmed();
    out.append(job);
    return out;
}

void NewJobDialog::typeChanged()
{
    const bool download = type() == JobType::Download;
    m_pages->setCurrentIndex(download ? 0 : 1);
    m_replyLabel->setVisible(type() == JobType::UploadReply);
    m_replyFile->setVisible(type() == JobType::UploadReply);
    m_segments->setEnabled(download);
    validate();
    protocolChanged();
}

void NewJobDialog::protocolChanged()
{
    const auto protocol = UploadProtocol(m_protocol->currentData().toInt());
    m_formField->setEnabled(
        protocol == UploadProtocol::Post
        || (protocol == UploadProtocol::Default && type() == JobType::UploadReply));
}

QString NewJobDialog::expectedLocalPath(const QUrl &url, const QString &localPath)
{
    return QFileInfo(localPath).isDir() ? QDir(localPath).filePath(JobFiles::fileNameForUrl(url))
                                        : localPath;
}

void NewJobDialog::accept()
{
    const Duplicates found = m_duplicateCheck ? m_duplicateCheck(jobs(false)) : Duplicates();
    if (found.isEmpty()) {
        QDialog::accept();
        return;
    }
    QStringList text;
    if (!found.jobs.isEmpty())
        text.append(
            tr("%n of these addresses are already in the list.", "", int(found.urls.size())));
    if (!found.files.isEmpty())
        text.append(tr("%n file(s) of these names already exist; a new download gets a numbered "
                       "name (\"file (1).iso\") when it completes.",
                       "", int(found.files.size())));
    text.append(tr("Add anyway?"));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Already There"),
                                text.join(QLatin1Char(' ')), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDuplicate"));
    box->setDetailedText((found.urls + found.files).join(QLatin1Char('\n')));
    QPushButton *add = box->addButton(tr("&Add Anyway"), QMessageBox::AcceptRole);
    add->setObjectName(QStringLiteral("addAnyway"));
    QPushButton *show = nullptr;
    if (!found.jobs.isEmpty()) {
        show = box->addButton(tr("&Show the Existing Job"), QMessageBox::ActionRole);
        show->setObjectName(QStringLiteral("showExisting"));
    }
    box->setDefaultButton(box->addButton(QMessageBox::Cancel)); // back to the dialog
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this,
            [this, box, add, show, first = found.jobs.value(0)]() {
                if (box->clickedButton() == add) {
                    QDialog::accept();
                } else if (show && box->clickedButton() == show) {
                    Q_EMIT showJobRequested(first);
                    reject();
                }
            });
    box->open();
}

QString NewJobDialog::problem() const
{
    if (type() != JobType::Download) {
        const QString text = QDir::fromNativeSeparators(m_source->text().trimmed());
        const QFileInfo source(text);
        if (text.isEmpty())
            return tr("Choose the file to upload.");
        if (!source.isAbsolute())
            return tr("The file to upload must be given with its full path.");
        if (!source.isFile())
            //: %1 is a path
            return tr("%1 is not a file that can be uploaded.").arg(text);
        if (!isWebUrl(QUrl::fromUserInput(m_target->text().trimmed())))
            return tr("The upload address must be an http:// or https:// URL.");
        return {};
    }
    if (urls().isEmpty()) {
        return m_urls->toPlainText().trimmed().isEmpty()
            ? tr("Paste or type the address of a file to download.")
            : tr("The text holds no http:// or https:// address.");
    }
    const QString folder = destination();
    const QFileInfo info(folder);
    if (folder.isEmpty() || !info.isAbsolute())
        return tr("The download folder must be given with its full path.");
    if (!info.exists())
        //: %1 is a folder
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
    if (!info.isDir())
        return tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder));
    return {};
}

void NewJobDialog::validate()
{
    const bool download = type() == JobType::Download;
    if (download) {
        m_fileName->setEnabled(urls().size() <= 1);
        m_checksum->setEnabled(urls().size() <= 1);
    }
    // What is wrong with the checksum is said beside it.
    QString checksumProblem;
    if (download && m_checksum->isEnabled() && !m_checksum->text().trimmed().isEmpty()) {
        const ChecksumParser::Parsed parsed = ChecksumParser::parse(m_checksum->text());
        if (!parsed.line)
            checksumProblem = parsed.error;
    }
    m_checksumError->setText(checksumProblem);
    m_checksumError->setVisible(!checksumProblem.isEmpty());

    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    const QFileInfo folder(destination());
    m_createFolder->setVisible(download && !urls().isEmpty() && folder.isAbsolute()
                               && !folder.exists());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty() && checksumProblem.isEmpty());
    watchDestination();
}

void NewJobDialog::watchDestination()
{
    // The folder itself, or the nearest parent that exists: its change says the folder came (or
    // went) while the dialog is open.
    QString path = destination();
    if (!QFileInfo(path).isAbsolute())
        path.clear();
    while (!path.isEmpty() && !QFileInfo(path).isDir()) {
        const QString parent = QFileInfo(path).absolutePath();
        path = parent == path ? QString() : parent;
    }
    const QStringList watched = m_watcher->directories();
    if (watched == QStringList { path })
        return;
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (!path.isEmpty())
        m_watcher->addPath(path);
    // What changed before the new watch began (a whole path made at once) is looked at once more.
    QMetaObject::invokeMethod(this, &NewJobDialog::validate, Qt::QueuedConnection);
}

void NewJobDialog::createFolder()
{
    const QString folder = destination();
    if (QDir().mkpath(folder) && QFileInfo(folder).isDir()) {
        //: %1 is the folder that was created
        m_notice->setText(tr("Created the folder %1.").arg(QDir::toNativeSeparators(folder)));
    } else {
        m_notice->setText(tr("The folder %1 could not be created. Choose another one.")
                              .arg(QDir::toNativeSeparators(folder)));
    }
    m_notice->setVisible(true);
    validate();
}

void NewJobDialog::browse()
{
    const QString dir
        = QFileDialog::getExistingDirectory(this, tr("Save Downloads To"), destination());
    if (!dir.isEmpty())
        setDestination(dir);
}

void NewJobDialog::browseSource()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("File to Upload"), m_source->text());
    if (!file.isEmpty())
        setSourceFile(file);
}

} // namespace Ferry
