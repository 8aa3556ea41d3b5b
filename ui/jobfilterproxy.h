#pragma once

#include "joblistmodel.h"

#include <QSortFilterProxyModel>

namespace Ferry {

// The filter bar's view of the job list: a category of job states and a search text. Only jobs
// (top-level rows) are filtered; a shown job shows all its files. Sorting uses the raw values of
// JobListModel::RawDataRole.
class JobFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Filter {
        All, // every job, the finished ones too
        Active, // QUEUED, CONNECTING, TRANSFERRING, TRANSIENT_ERROR
        Suspended,
        Errors, // ERROR and TRANSIENT_ERROR
        Transferred, // TRANSFERRED: waiting for Complete
        History, // ACKNOWLEDGED and CANCELLED
    };
    Q_ENUM(Filter)

    explicit JobFilterProxy(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobFilterProxy)

    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    QString searchText() const { return m_search; }
    // Matches the job's name, description and its files' URLs and local paths, ignoring case.
    void setSearchText(const QString &text);

    static bool matches(Filter filter, int jobState);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // Read from the model when a sort needs them and it changed since (JobListModel::SortKeys).
    mutable JobListModel::SortKeys m_keys;
    Filter m_filter = All;
    QString m_search;
};

} // namespace Ferry
