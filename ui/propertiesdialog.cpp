#include "propertiesdialog.h"

#include "jobnames.h"
#include "jobrules.h"
#include "jobsecrets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ferry {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat)
                       : PropertiesDialog::tr("—", "no time recorded");
}

QString sizeText(qint64 bytes)
{
    return bytes == SizeUnknown ? PropertiesDialog::tr("unknown", "size")
                                : QLocale().formattedDataSize(bytes);
}

QLabel *selectable(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel *named(QLabel *label, const char *name)
{
    label->setObjectName(QLatin1String(name));
    return label;
}

QSpinBox *secondsBox(quint32 value, int minimum)
{
    auto *box = new QSpinBox;
    box->setRange(minimum, std::numeric_limits<int>::max());
    box->setValue(int(qMin<quint32>(value, quint32(std::numeric_limits<int>::max()))));
    //: unit after a number of seconds
    box->setSuffix(PropertiesDialog::tr(" s"));
    return box;
}

// The box and, beside it, its value in human units ("14 days"); `zero` says what 0 means.
QWidget *withDuration(QSpinBox *box, const QString &zero)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *text = new QLabel;
    text->setObjectName(box->objectName() + QLatin1String("Text"));
    const auto show = [text, box, zero](int seconds) {
        text->setText(seconds == 0 ? zero : JobNames::duration(seconds));
    };
    show(box->value());
    QObject::connect(box, &QSpinBox::valueChanged, text, show);
    layout->addWidget(box);
    layout->addWidget(text, 1);
    return row;
}

} // namespace

PropertiesDialog::PropertiesDialog(const JobSnapshot &job, QWidget *parent)
    : QDialog(parent)
    , m_job(job.job)
    , m_editable(JobRules::check(JobAction::SetProperty, job.job.type, job.job.state).isSuccess())
{
    setObjectName(QStringLiteral("propertiesDialog"));
    //: %1 is the job's name
    setWindowTitle(tr("Properties of %1").arg(m_job.displayName));
    auto *tabs = new QTabWidget;
    tabs->addTab(generalPage(), tr("General"));
    tabs->addTab(filesPage(), tr("Files"));
    tabs->addTab(errorPage(), tr("Error"));
    tabs->addTab(settingsPage(), tr("Settings"));
    m_buttons = new QDialogButtonBox(m_editable ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                                : QDialogButtonBox::Close);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_buttons);
    showLive(job);
    resize(620, 480);
}

void PropertiesDialog::updateLive(const JobSnapshot &job)
{
    if (job.job.id == m_job.id)
        showLive(job);
}

void PropertiesDialog::showLive(const JobSnapshot &snapshot)
{
    const Job &job = snapshot.job;
    m_state->setText(JobNames::state(job.state));
    const JobProgress p = job.progress();
    //: %1 and %2 are sizes, %3 and %4 file counts: "1.5 MB of 3 MB, 1 of 2 files"
    m_progress->setText(tr("%1 of %2, %3 of %n file(s)", "", p.filesTotal)
                            .arg(sizeText(p.bytesTransferred), sizeText(p.bytesTotal))
                            .arg(p.filesTransferred));
    m_speed->setText(isActive(job.state) ? JobNames::speed(snapshot.bytesPerSecond)
                                         : tr("—", "no speed: the job does not transfer"));
    m_connections->setText(isConnected(job.state) && snapshot.connections > 0
                               ? QLocale().toString(snapshot.connections)
                               : tr("—", "no connections: the job does not transfer"));
    m_modified->setText(timeText(job.times.modification));
    m_transferCompleted->setText(timeText(job.times.transferCompletion));
    if (m_replyProgress)
        m_replyProgress->setText(tr("%1 of %2")
                                     .arg(sizeText(job.replyProgress.bytesTransferred),
                                          sizeText(job.replyProgress.bytesTotal)));
    for (int i = 0; i < job.files.size() && i < m_files->topLevelItemCount(); ++i) {
        const JobFile &f = job.files.at(i);
        QTreeWidgetItem *item = m_files->topLevelItem(i);
        item->setText(1, f.localPath); // the final name once Complete chose it
        item->setText(2, sizeText(f.bytesTotal));
        item->setText(3, sizeText(f.bytesTransferred));
        item->setText(4, f.completed ? tr("yes") : tr("no"));
        item->setText(5, JobNames::validation(f.integrity.validation));
        item->setToolTip(5,
                         f.integrity.expected
                             //: %1 is a checksum ("sha256:9f86…"), %2 where it came from
                             ? tr("%1\nfrom %2")
                                   .arg(f.integrity.expected->toString(),
                                        JobNames::checksumSource(f.integrity.source))
                             : QString());
    }
    const JobError &e = job.error;
    m_errorForm->setRowVisible(m_noError, e.isNull());
    for (QLabel *label : { m_errorContext, m_errorCode, m_errorDescription })
        m_errorForm->setRowVisible(label, !e.isNull());
    m_errorForm->setRowVisible(m_errorFile,
                               !e.isNull() && e.fileIndex >= 0 && e.fileIndex < job.files.size());
    if (!e.isNull()) {
        m_errorContext->setText(JobNames::context(e.context));
        //: %1 is a BITS result name such as BG_E_HTTP_ERROR_404, %2 its hexadecimal code
        m_errorCode->setText(tr("%1 (0x%2)")
                                 .arg(e.code.name())
                                 .arg(quint32(e.code.code()), 8, 16, QLatin1Char('0')));
        m_errorDescription->setText(e.description.isEmpty() ? e.code.message() : e.description);
        if (e.fileIndex >= 0 && e.fileIndex < job.files.size())
            m_errorFile->setText(job.files.at(e.fileIndex).remoteUrl.toDisplayString());
    }
    m_errorCount->setText(QLocale().toString(job.errorCount));
}

QWidget *PropertiesDialog::generalPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(m_job.displayName);
    m_name->setObjectName(QStringLiteral("displayName"));
    m_name->setReadOnly(!m_editable);
    m_description = new QPlainTextEdit(m_job.description);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setReadOnly(!m_editable);
    m_description->setMaximumHeight(70);
    m_priority = new QComboBox;
    m_priority->setObjectName(QStringLiteral("priority"));
    for (int p = 0; p < 4; ++p)
        m_priority->addItem(JobNames::priority(JobPriority(p)), p);
    m_priority->setCurrentIndex(int(m_job.priority));
    m_priority->setEnabled(m_editable);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Identifier:"), selectable(m_job.id.toString()));
    form->addRow(tr("Type:"), selectable(JobNames::type(m_job.type)));
    m_state = named(selectable({}), "liveState");
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Priority:"), m_priority);
    m_progress = named(selectable({}), "liveProgress");
    form->addRow(tr("Progress:"), m_progress);
    m_speed = named(selectable({}), "liveSpeed");
    form->addRow(tr("Speed:"), m_speed);
    m_connections = named(selectable({}), "liveConnections");
    //: the network connections the job uses now (several for a segmented download)
    form->addRow(tr("Connections:"), m_connections);
    form->addRow(tr("Created:"), selectable(timeText(m_job.times.creation)));
    m_modified = named(selectable({}), "liveModified");
    form->addRow(tr("Modified:"), m_modified);
    m_transferCompleted = named(selectable({}), "liveTransferCompleted");
    form->addRow(tr("Transfer completed:"), m_transferCompleted);
    form->addRow(tr("Completes itself:"),
                 selectable(m_job.autoComplete ? tr("yes") : tr("no, wait for Complete")));
    if (m_job.type == JobType::UploadReply) {
        m_replyFile = new QLineEdit(m_job.replyFileName);
        m_replyFile->setObjectName(QStringLiteral("replyFile"));
        m_replyFile->setReadOnly(
            !JobRules::check(JobAction::SetReplyFileName, m_job.type, m_job.state).isSuccess());
        form->addRow(tr("Reply file:"), m_replyFile);
        m_replyProgress = named(selectable({}), "liveReplyProgress");
        form->addRow(tr("Reply progress:"), m_replyProgress);
    }
    return page;
}

QWidget *PropertiesDialog::filesPage()
{
    m_files = new QTreeWidget;
    m_files->setObjectName(QStringLiteral("files"));
    m_files->setRootIsDecorated(false);
    m_files->setHeaderLabels({ tr("Remote URL"), tr("Local file"), tr("Size"), tr("Transferred"),
                               tr("Completed"), tr("Checksum") });
    for (const JobFile &f : std::as_const(m_job.files))
        m_files->addTopLevelItem(
            new QTreeWidgetItem({ f.remoteUrl.toDisplayString(), f.localPath }));
    m_files->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_files);
    if (m_job.type != JobType::Download)
        return page;
    // The selected file's checksum: given by the user, or found (then shown, and replaced by
    // what the user types).
    m_checksum = new QLineEdit;
    m_checksum->setObjectName(QStringLiteral("checksum"));
    m_checksum->setPlaceholderText(tr("None: sha256:…, or a line of SHA256SUMS"));
    m_checksum->setReadOnly(!m_editable);
    m_checksumError = new QLabel;
    m_checksumError->setObjectName(QStringLiteral("checksumError"));
    m_checksumError->setWordWrap(true);
    m_checksumError->setVisible(false);
    auto *form = new QFormLayout;
    form->addRow(tr("Check&sum of the selected file:"), m_checksum);
    form->addRow(QString(), m_checksumError);
    layout->addLayout(form);
    connect(m_files, &QTreeWidget::currentItemChanged, this,
            [this]() { showChecksumOf(m_files->indexOfTopLevelItem(m_files->currentItem())); });
    connect(m_checksum, &QLineEdit::textEdited, this, &PropertiesDialog::checksumEdited);
    if (!m_job.files.isEmpty())
        m_files->setCurrentItem(m_files->topLevelItem(0));
    return page;
}

QString PropertiesDialog::originalChecksum(int fileIndex) const
{
    const FileIntegrity &integrity = m_job.files.at(fileIndex).integrity;
    return integrity.expected ? integrity.expected->toString() : QString();
}

void PropertiesDialog::showChecksumOf(int fileIndex)
{
    m_checksumFile = fileIndex;
    m_checksum->setEnabled(fileIndex >= 0);
    if (fileIndex >= 0)
        m_checksum->setText(m_checksumTexts.value(fileIndex, originalChecksum(fileIndex)));
}

void PropertiesDialog::checksumEdited()
{
    if (m_checksumFile < 0)
        return;
    m_checksumTexts.insert(m_checksumFile, m_checksum->text());
    // Every file's typed text must be a checksum (or empty) before OK applies them.
    QString problem;
    for (auto it = m_checksumTexts.cbegin(); it != m_checksumTexts.cend() && problem.isEmpty();
         ++it) {
        if (it.value().trimmed().isEmpty())
            continue;
        const ChecksumParser::Parsed parsed = ChecksumParser::parse(it.value());
        if (!parsed.line)
            //: %1 is a file number from 1, %2 why its checksum cannot be read
            problem = tr("File %1: %2").arg(it.key() + 1).arg(parsed.error);
    }
    m_checksumError->setText(problem);
    m_checksumError->setVisible(!problem.isEmpty());
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(problem.isEmpty());
}

QWidget *PropertiesDialog::errorPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_errorForm = form;
    m_noError = named(selectable(tr("The job has no error.")), "liveNoError");
    form->addRow(m_noError);
    m_errorContext = named(selectable({}), "liveErrorContext");
    form->addRow(tr("Context:"), m_errorContext);
    m_errorCode = named(selectable({}), "liveErrorCode");
    form->addRow(tr("Code:"), m_errorCode);
    m_errorDescription = named(selectable({}), "liveErrorDescription");
    form->addRow(tr("Description:"), m_errorDescription);
    m_errorFile = named(selectable({}), "liveErrorFile");
    form->addRow(tr("File:"), m_errorFile);
    m_errorCount = named(selectable({}), "liveErrorCount");
    form->addRow(tr("Errors so far:"), m_errorCount);
    return page;
}

QWidget *PropertiesDialog::settingsPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_noProgressTimeout = secondsBox(m_job.noProgressTimeout, 0);
    m_noProgressTimeout->setObjectName(QStringLiteral("noProgressTimeout"));
    m_retryDelay = secondsBox(m_job.minimumRetryDelay, int(MinimumRetryDelayFloor));
    m_retryDelay->setObjectName(QStringLiteral("minimumRetryDelay"));
    m_notifyTransferred = new QCheckBox(tr("When the job is transferred"));
    m_notifyTransferred->setObjectName(QStringLiteral("notifyTransferred"));
    m_notifyTransferred->setChecked(m_job.notifyFlags.testFlag(NotifyFlag::JobTransferred));
    m_notifyError = new QCheckBox(tr("When the job fails"));
    m_notifyError->setObjectName(QStringLiteral("notifyError"));
    m_notifyError->setChecked(m_job.notifyFlags.testFlag(NotifyFlag::JobError));
    m_notifyDisable = new QCheckBox(tr("Never (notifications disabled)"));
    m_notifyDisable->setObjectName(QStringLiteral("notifyDisable"));
    m_notifyDisable->setChecked(m_job.notifyFlags.testFlag(NotifyFlag::Disable));
    m_notifyCmdLine = new QLineEdit;
    m_notifyCmdLine->setObjectName(QStringLiteral("notifyCmdLine"));
    QStringList quoted;
    for (const QString &arg : std::as_const(m_job.notifyCmdLine))
        quoted << (arg.contains(QLatin1Char(' ')) ? QLatin1Char('"') + arg + QLatin1Char('"')
                                                  : arg);
    m_notifyCmdLine->setText(quoted.join(QLatin1Char(' ')));
    m_notifyCmdLine->setPlaceholderText(tr("Program and arguments run when the job changes"));
    m_speedLimit = new QSpinBox;
    m_speedLimit->setObjectName(QStringLiteral("speedLimit"));
    m_speedLimit->setRange(0, 10 * 1024 * 1024);
    m_speedLimit->setSpecialValueText(tr("Unlimited"));
    m_speedLimit->setSuffix(tr(" KiB/s"));
    m_speedLimit->setValue(int(qMin<qint64>(m_job.speedLimit / 1024, 10 * 1024 * 1024)));
    m_segments = new QSpinBox;
    m_segments->setObjectName(QStringLiteral("segments"));
    m_segments->setRange(0, MaxSegments);
    m_segments->setSpecialValueText(tr("Default"));
    m_segments->setValue(m_job.segments);
    m_segments->setVisible(m_job.type == JobType::Download);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_noProgressTimeout, m_retryDelay, m_notifyTransferred, m_notifyError, m_notifyDisable,
             m_notifyCmdLine, m_speedLimit, m_segments })
        w->setEnabled(m_editable);
    auto *timeoutLabel = new QLabel(tr("No-progress timeout:"));
    timeoutLabel->setBuddy(m_noProgressTimeout);
    form->addRow(timeoutLabel,
                 withDuration(m_noProgressTimeout, tr("no retries: every error is final")));
    auto *delayLabel = new QLabel(tr("Minimum retry delay:"));
    delayLabel->setBuddy(m_retryDelay);
    form->addRow(delayLabel, withDuration(m_retryDelay, QString()));
    form->addRow(tr("Notify:"), m_notifyTransferred);
    form->addRow(QString(), m_notifyError);
    form->addRow(QString(), m_notifyDisable);
    form->addRow(tr("Notify command line:"), m_notifyCmdLine);
    form->addRow(tr("Speed limit:"), m_speedLimit);
    if (m_job.type == JobType::Download)
        form->addRow(tr("Connections per large file:"), m_segments);
    // Read-only, and never the value of a cookie or an authorisation header.
    const QStringList headers = JobSecrets::maskedHeaders(m_job.customHeaders);
    if (!headers.isEmpty()) {
        QLabel *label = selectable(headers.join(QLatin1Char('\n')));
        label->setObjectName(QStringLiteral("customHeaders"));
        form->addRow(tr("Custom headers:"), label);
    }
    return page;
}

JobPatch PropertiesDialog::changes() const
{
    JobPatch patch;
    if (!m_editable && !m_replyFile)
        return patch;
    const QString name = m_name->text().trimmed();
    if (name != m_job.displayName)
        patch.displayName = name;
    const QString description = m_description->toPlainText();
    if (description != m_job.description)
        patch.description = description;
    const auto priority = JobPriority(m_priority->currentData().toInt());
    if (priority != m_job.priority)
        patch.priority = priority;
    const auto timeout = quint32(m_noProgressTimeout->value());
    if (timeout != m_job.noProgressTimeout)
        patch.noProgressTimeout = timeout;
    const auto delay = quint32(m_retryDelay->value());
    if (delay != m_job.minimumRetryDelay)
        patch.minimumRetryDelay = delay;
    NotifyFlags flags = m_job.notifyFlags;
    flags.setFlag(NotifyFlag::JobTransferred, m_notifyTransferred->isChecked());
    flags.setFlag(NotifyFlag::JobError, m_notifyError->isChecked());
    flags.setFlag(NotifyFlag::Disable, m_notifyDisable->isChecked());
    if (flags != m_job.notifyFlags)
        patch.notifyFlags = quint32(flags.toInt());
    const QStringList cmd = QProcess::splitCommand(m_notifyCmdLine->text());
    if (cmd != m_job.notifyCmdLine)
        patch.notifyCmdLine = cmd;
    // The limit in whole KiB/s: a limit set elsewhere in bytes stays unless it is changed here.
    if (m_speedLimit->value() != int(qMin<qint64>(m_job.speedLimit / 1024, 10 * 1024 * 1024)))
        patch.speedLimit = qint64(m_speedLimit->value()) * 1024;
    if (m_segments->value() != m_job.segments)
        patch.segments = m_segments->value();
    if (m_replyFile && !m_replyFile->isReadOnly() && m_replyFile->text() != m_job.replyFileName)
        patch.replyFileName = m_replyFile->text();
    for (auto it = m_checksumTexts.cbegin(); it != m_checksumTexts.cend(); ++it) {
        const QString text = it.value().trimmed();
        if (text == originalChecksum(it.key()))
            continue;
        if (text.isEmpty()) {
            patch.checksums.insert(it.key(), std::nullopt);
            continue;
        }
        const ChecksumParser::Parsed parsed = ChecksumParser::parse(text);
        if (parsed.line && parsed.line->checksum != m_job.files.at(it.key()).integrity.expected)
            patch.checksums.insert(it.key(), parsed.line->checksum);
    }
    return patch;
}

} // namespace Ferry
