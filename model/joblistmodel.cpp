#include "joblistmodel.h"

#include "jobnames.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace Ferry {

namespace {

bool isPartlyKept(const Job &job)
{
    return job.state == JobState::Acknowledged && job.type == JobType::Download
        && job.filesKept() < job.files.size();
}

QString sizeText(qint64 bytes)
{
    if (bytes == SizeUnknown)
        return JobListModel::tr("Unknown", "size");
    return QLocale().formattedDataSize(bytes);
}

QString dateText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

double fraction(qint64 done, qint64 total)
{
    if (total == SizeUnknown)
        return -1.0;
    if (total == 0)
        return done == 0 ? 1.0 : 0.0;
    return double(done) / double(total);
}

QString percentText(double f)
{
    return f < 0 ? QString() : QLocale().toString(f * 100.0, 'f', 1) + QLatin1Char('%');
}

qint64 secondsLeft(const JobSnapshot &s)
{
    const JobProgress p = s.job.progress();
    if (s.bytesPerSecond <= 0 || p.bytesTotal == SizeUnknown)
        return -1;
    return (p.bytesTotal - p.bytesTransferred) / s.bytesPerSecond;
}

} // namespace

JobListModel::JobListModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QModelIndex JobListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_rows.size())
        return {}; // files have no children
    const Row &owner = m_rows.at(parent.row());
    if (row >= owner.snap.job.files.size())
        return {};
    return createIndex(row, column, owner.key);
}

QModelIndex JobListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = m_rowOfKey.value(child.internalId(), -1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_rows.size())
        return 0;
    return int(m_rows.at(parent.row()).snap.job.files.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

const JobSnapshot *JobListModel::snapshot(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row
        = index.internalId() == 0 ? index.row() : m_rowOfKey.value(index.internalId(), -1);
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).snap : nullptr;
}

JobListModel::Activity JobListModel::activity() const
{
    if (m_activityGeneration == m_generation)
        return m_activity;
    Activity a;
    for (const Row &r : m_rows) {
        if (!isActive(r.snap.job.state))
            continue;
        ++a.activeJobs;
        (r.snap.job.type == JobType::Download ? a.downloadSpeed : a.uploadSpeed)
            += r.snap.bytesPerSecond;
        const JobProgress p = r.snap.job.progress();
        if (p.bytesTotal > 0) {
            a.bytesTransferred += p.bytesTransferred;
            a.bytesTotal += p.bytesTotal;
        }
    }
    m_activity = a;
    m_activityGeneration = m_generation;
    return a;
}

JobListModel::SortKeys JobListModel::sortKeys(int column) const
{
    SortKeys keys;
    keys.column = column;
    keys.generation = m_generation;
    const int rows = int(m_rows.size());
    if (column == NameColumn) {
        // Names become ranks: one sort of the case-folded names here, then every comparison of
        // the proxy's sort is between two numbers.
        QStringList names;
        names.reserve(rows);
        for (int row = 0; row < rows; ++row)
            names.append(data(index(row, column)).toString().toCaseFolded());
        QList<int> order(rows);
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&names](int a, int b) { return names.at(a) < names.at(b); });
        keys.numbers.resize(rows);
        double rank = 0;
        for (int i = 0; i < rows; ++i) {
            if (i > 0 && names.at(order.at(i)) != names.at(order.at(i - 1)))
                ++rank;
            keys.numbers[order.at(i)] = rank;
        }
        return keys;
    }
    keys.numbers.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const JobSnapshot &s = m_rows.at(row).snap;
        double key = 0;
        switch (column) {
        case CreatedColumn:
            key = double(s.job.times.creation.toMSecsSinceEpoch());
            break;
        case ModifiedColumn:
            key = double(s.job.times.modification.toMSecsSinceEpoch());
            break;
        default:
            key = jobData(s, column, RawDataRole).toDouble();
            break;
        }
        keys.numbers.append(key);
    }
    return keys;
}

QModelIndex JobListModel::indexOf(const JobId &id, int column) const
{
    const int row = m_rowOfId.value(id, -1);
    return row < 0 ? QModelIndex() : index(row, column);
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    const JobSnapshot *s = snapshot(index);
    if (!s)
        return {};
    const bool isFile = index.internalId() != 0;
    switch (role) {
    case JobIdRole:
        return s->job.id.toString();
    case StateRole:
        return int(s->job.state);
    case TypeRole:
        return int(s->job.type);
    case IsFileRole:
        return isFile;
    case PartlyKeptRole:
        return isPartlyKept(s->job);
    default:
        break;
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case SizeColumn:
        case TransferredColumn:
        case SpeedColumn:
        case TimeLeftColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    return isFile ? fileData(*s, index.row(), index.column(), role)
                  : jobData(*s, index.column(), role);
}

QVariant JobListModel::jobData(const JobSnapshot &s, int column, int role) const
{
    const Job &job = s.job;
    if (role == Qt::ToolTipRole && column == ErrorColumn && !job.error.isNull())
        return job.error.code.message();
    if (role != Qt::DisplayRole && role != RawDataRole)
        return {};
    const bool raw = role == RawDataRole;
    const auto progress = [&job]() { return job.progress(); };
    switch (column) {
    case NameColumn:
        if (!job.displayName.isEmpty())
            return job.displayName;
        return job.files.isEmpty() ? job.id.toString() : job.files.first().remoteUrl.fileName();
    case TypeColumn:
        return raw ? QVariant(int(job.type)) : JobNames::type(job.type);
    case StateColumn:
        if (!raw && isPartlyKept(job)) {
            //: a completed job whose Complete discarded the files not transferred
            return tr("Completed — %1 of %n file(s) kept", "", int(job.files.size()))
                .arg(job.filesKept());
        }
        return raw ? QVariant(int(job.state)) : JobNames::state(job.state);
    case PriorityColumn:
        return raw ? QVariant(int(job.priority)) : JobNames::priority(job.priority);
    case ProgressColumn: {
        const JobProgress p = progress();
        const double f = fraction(p.bytesTransferred, p.bytesTotal);
        return raw ? QVariant(f) : percentText(f);
    }
    case SizeColumn: {
        const qint64 total = progress().bytesTotal;
        return raw ? QVariant(total) : sizeText(total);
    }
    case TransferredColumn: {
        const qint64 done = progress().bytesTransferred;
        return raw ? QVariant(done) : sizeText(done);
    }
    case SpeedColumn:
        if (raw)
            return s.bytesPerSecond;
        return s.bytesPerSecond > 0 ? JobNames::speed(s.bytesPerSecond) : QString();
    case TimeLeftColumn: {
        const qint64 left = secondsLeft(s);
        return raw ? QVariant(left) : JobNames::duration(left);
    }
    case CreatedColumn:
        return raw ? QVariant(job.times.creation) : dateText(job.times.creation);
    case ModifiedColumn:
        return raw ? QVariant(job.times.modification) : dateText(job.times.modification);
    case ErrorColumn:
        if (job.error.isNull())
            return raw ? QVariant(0u) : QString();
        return raw ? QVariant(job.error.code.code()) : job.error.code.name();
    case ChecksumColumn: {
        const Validation v = job.validation();
        return raw ? QVariant(int(v)) : JobNames::validation(v);
    }
    default:
        return {};
    }
}

QVariant JobListModel::fileData(const JobSnapshot &s, int fileIndex, int column, int role) const
{
    if (fileIndex < 0 || fileIndex >= s.job.files.size())
        return {};
    const JobFile &f = s.job.files.at(fileIndex);
    if (role == Qt::ToolTipRole && column == NameColumn)
        return QString(f.remoteUrl.toDisplayString() + QLatin1Char('\n') + f.localPath);
    if (role == Qt::ToolTipRole && column == ChecksumColumn && f.integrity.expected)
        //: %1 is a checksum ("sha256:9f86…"), %2 where it came from ("given by you")
        return tr("%1\nfrom %2")
            .arg(f.integrity.expected->toString(), JobNames::checksumSource(f.integrity.source));
    if (role != Qt::DisplayRole && role != RawDataRole)
        return {};
    const bool raw = role == RawDataRole;
    switch (column) {
    case NameColumn: {
        const QString name = f.localPath.section(QLatin1Char('/'), -1);
        return raw ? QVariant(f.localPath) : QVariant(name.isEmpty() ? f.localPath : name);
    }
    case ProgressColumn: {
        const double fr = fraction(f.bytesTransferred, f.bytesTotal);
        return raw ? QVariant(fr) : percentText(fr);
    }
    case SizeColumn:
        return raw ? QVariant(f.bytesTotal) : sizeText(f.bytesTotal);
    case TransferredColumn:
        return raw ? QVariant(f.bytesTransferred) : sizeText(f.bytesTransferred);
    case ChecksumColumn:
        return raw ? QVariant(int(f.integrity.validation))
                   : JobNames::validation(f.integrity.validation);
    default:
        return raw ? QVariant() : QVariant(QString());
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case PriorityColumn:
        return tr("Priority");
    case ProgressColumn:
        return tr("Progress");
    case SizeColumn:
        return tr("Size");
    case TransferredColumn:
        return tr("Transferred", "column: bytes transferred");
    case SpeedColumn:
        return tr("Speed");
    case TimeLeftColumn:
        return tr("Time left");
    case CreatedColumn:
        return tr("Created");
    case ModifiedColumn:
        return tr("Modified");
    case ErrorColumn:
        return tr("Error", "column");
    case ChecksumColumn:
        return tr("Checksum", "column: Verified, Not checked, Mismatch");
    default:
        return {};
    }
}

QHash<int, QByteArray> JobListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(RawDataRole, "raw");
    names.insert(JobIdRole, "jobId");
    names.insert(StateRole, "state");
    names.insert(TypeRole, "type");
    names.insert(IsFileRole, "isFile");
    return names;
}

void JobListModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfKey.clear();
    m_rowOfId.reserve(m_rows.size());
    m_rowOfKey.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOfId.insert(m_rows.at(i).snap.job.id, i);
        m_rowOfKey.insert(m_rows.at(i).key, i);
    }
}

void JobListModel::removeJobs(const QList<JobId> &ids)
{
    QList<int> rows;
    for (const JobId &id : ids) {
        const int row = m_rowOfId.value(id, -1);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    ++m_generation;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous runs go in one signal, from the bottom so earlier rows keep their numbers.
    int i = 0;
    while (i < rows.size()) {
        int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1)
            first = rows.at(++i);
        ++i;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        rebuildIndex(); // parent() of the remaining file rows must be right when views ask
        endRemoveRows();
    }
}

// Replaces a row's snapshot; returns a bit mask of the columns whose value changed.
int JobListModel::updateRow(int row, const JobSnapshot &snap)
{
    ++m_generation;
    Row &r = m_rows[row];
    const QModelIndex parent = index(row, 0);
    const qsizetype before = r.snap.job.files.size();
    const qsizetype after = snap.job.files.size();
    if (after > before) {
        beginInsertRows(parent, int(before), int(after - 1));
        r.snap.job.files.append(snap.job.files.mid(before));
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows(parent, int(after), int(before - 1));
        r.snap.job.files.resize(after);
        endRemoveRows();
    }
    const bool filesChanged = r.snap.job.files != snap.job.files;
    int changed = 0;
    for (int c = 0; c < ColumnCount; ++c) {
        if (jobData(r.snap, c, RawDataRole) != jobData(snap, c, RawDataRole))
            changed |= 1 << c;
    }
    // Not a column of its own: a change of the connections in use is announced with the speed,
    // the other live fact of a transfer (Properties shows both).
    if (r.snap.connections != snap.connections)
        changed |= 1 << SpeedColumn;
    r.snap = snap;
    if (filesChanged && after > 0)
        Q_EMIT dataChanged(index(0, 0, parent), index(int(after - 1), ColumnCount - 1, parent));
    return changed;
}

void JobListModel::applyBatch(const SnapshotBatch &batch)
{
    ++m_generation;
    if (batch.reset) {
        beginResetModel();
        QList<Row> kept;
        if (m_keepHistory) {
            for (const Row &r : std::as_const(m_rows)) {
                if (isFinal(r.snap.job.state))
                    kept.append(r);
            }
        }
        m_rows.clear();
        m_rows.reserve(batch.changed.size() + kept.size());
        for (const JobSnapshot &s : batch.changed)
            m_rows.append({ s, m_nextKey++ });
        m_rows.append(kept);
        rebuildIndex();
        endResetModel();
        return;
    }
    QList<JobId> removed = batch.removed;
    QList<JobSnapshot> changed = batch.changed;
    if (m_keepHistory) {
        // A finished job stays: its final value replaces the row's.
        for (const JobSnapshot &s : batch.finished) {
            removed.removeAll(s.job.id);
            changed.append(s);
        }
    }
    removeJobs(removed);

    QList<JobSnapshot> added;
    QList<QPair<int, int>> changedRows; // row, column mask
    for (const JobSnapshot &s : std::as_const(changed)) {
        const int row = m_rowOfId.value(s.job.id, -1);
        if (row < 0) {
            added.append(s);
            continue;
        }
        if (const int mask = updateRow(row, s))
            changedRows.append({ row, mask });
    }

    if (!changedRows.isEmpty()) {
        if (changedRows.size() * 2 > m_rows.size()) {
            // Most rows changed: one signal over the whole table is cheaper for every view.
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size() - 1), ColumnCount - 1));
        } else {
            for (const auto &[row, mask] : std::as_const(changedRows)) {
                int first = 0;
                while (!(mask & (1 << first)))
                    ++first;
                int last = ColumnCount - 1;
                while (!(mask & (1 << last)))
                    --last;
                Q_EMIT dataChanged(index(row, first), index(row, last));
            }
        }
    }
    insertRows(added);
}

void JobListModel::addHistory(const QList<Job> &jobs)
{
    ++m_generation;
    QList<JobSnapshot> added;
    added.reserve(jobs.size());
    for (const Job &job : jobs) {
        if (!m_rowOfId.contains(job.id))
            added.append(JobSnapshot::of(job));
    }
    insertRows(added);
}

void JobListModel::removeFinished(const QList<JobId> &ids)
{
    QList<JobId> finished;
    for (const JobId &id : ids) {
        const int row = m_rowOfId.value(id, -1);
        if (row >= 0 && isFinal(m_rows.at(row).snap.job.state))
            finished.append(id);
    }
    removeJobs(finished);
}

void JobListModel::insertRows(const QList<JobSnapshot> &added)
{
    if (added.isEmpty())
        return;
    ++m_generation;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.reserve(m_rows.size() + added.size());
    for (const JobSnapshot &s : added) {
        m_rowOfId.insert(s.job.id, int(m_rows.size()));
        m_rowOfKey.insert(m_nextKey, int(m_rows.size()));
        m_rows.append({ s, m_nextKey++ });
    }
    endInsertRows();
}

} // namespace Ferry
