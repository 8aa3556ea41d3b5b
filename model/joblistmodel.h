#pragma once

#include "jobsnapshot.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace Ferry {

// The job list as a real tree model: jobs are top-level rows, their files are child rows. It is
// fed by EngineClient's snapshot batches and applies each batch with as few signals as are
// correct. DisplayRole holds the text, RawDataRole the value that sorting and delegates use.
class JobListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        TypeColumn,
        StateColumn,
        PriorityColumn,
        ProgressColumn,
        SizeColumn,
        TransferredColumn,
        SpeedColumn,
        TimeLeftColumn,
        CreatedColumn,
        ModifiedColumn,
        ErrorColumn,
        ChecksumColumn, // Verified, Not checked, Mismatch
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawDataRole = Qt::UserRole + 1, // number, enum value or QDateTime behind the text
        JobIdRole, // the job's id as a string (files: their job's id)
        StateRole, // JobState as int (files: their job's state)
        TypeRole, // JobType as int
        IsFileRole, // true for file rows
        // A completed download that kept only some of its files (Complete discarded the rest).
        PartlyKeptRole,
    };
    Q_ENUM(Role)

    explicit JobListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobListModel)

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The snapshot behind a job row (or behind a file row's job); nullptr for an invalid index.
    const JobSnapshot *snapshot(const QModelIndex &index) const;
    // With history kept, jobs that finish (ACKNOWLEDGED, CANCELLED) stay as rows with their final
    // value instead of leaving the model, and a reset batch keeps them. Off by default.
    void setKeepHistory(bool keep) { m_keepHistory = keep; }
    bool keepsHistory() const { return m_keepHistory; }
    // Adds finished jobs read from the store (the history), skipping ids already shown.
    void addHistory(const QList<Ferry::Job> &jobs);
    // Takes these finished jobs out of the list (they left the history); other ids are skipped.
    void removeFinished(const QList<Ferry::JobId> &ids);
    QModelIndex indexOf(const JobId &id, int column = 0) const;
    // The sort keys of every job row for one column, read in one sequential pass: a sort of
    // 100,000 rows compares these instead of chasing each job's data.
    struct SortKeys
    {
        int column = -1;
        quint64 generation = 0; // the model's generation() they were read at
        QList<double> numbers; // the value, or for names the rank of the case-folded name
        bool lessThan(int a, int b) const { return numbers.at(a) < numbers.at(b); }
    };
    SortKeys sortKeys(int column) const;
    // The active jobs (QUEUED, CONNECTING, TRANSFERRING, TRANSIENT_ERROR) and their speeds: what
    // the status bar, the tray and the "all finished" notification show. Counted once per change.
    struct Activity
    {
        int activeJobs = 0;
        qint64 downloadSpeed = 0; // bytes per second
        qint64 uploadSpeed = 0;
        // The bytes of the active jobs whose sizes are known (for an overall percentage).
        qint64 bytesTransferred = 0;
        qint64 bytesTotal = 0;
    };
    Activity activity() const;
    // Changes with every change of the rows or their values (before the model's signals).
    quint64 generation() const { return m_generation; }

public Q_SLOTS:
    void applyBatch(const Ferry::SnapshotBatch &batch);

private:
    struct Row
    {
        JobSnapshot snap;
        quintptr key; // stable identity for the internal id of its file rows
    };

    QVariant jobData(const JobSnapshot &s, int column, int role) const;
    QVariant fileData(const JobSnapshot &s, int fileIndex, int column, int role) const;
    void removeJobs(const QList<JobId> &ids);
    int updateRow(int row, const JobSnapshot &snap);
    void rebuildIndex();
    void insertRows(const QList<JobSnapshot> &added);

    QList<Row> m_rows;
    QHash<JobId, int> m_rowOfId;
    QHash<quintptr, int> m_rowOfKey;
    quintptr m_nextKey = 1;
    bool m_keepHistory = false;
    quint64 m_generation = 1;
    mutable Activity m_activity;
    mutable quint64 m_activityGeneration = 0;
};

} // namespace Ferry
