#include "jobfilterproxy.h"

#include "joblistmodel.h"
#include "jobtypes.h"

namespace Ferry {

JobFilterProxy::JobFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobListModel::RawDataRole);
    setDynamicSortFilter(true);
}

void JobFilterProxy::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

void JobFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool JobFilterProxy::matches(Filter filter, int jobState)
{
    const auto state = JobState(jobState);
    switch (filter) {
    case All:
        return true;
    case Active:
        return isActive(state);
    case Suspended:
        return state == JobState::Suspended;
    case Errors:
        return state == JobState::Error || state == JobState::TransientError;
    case Transferred:
        return state == JobState::Transferred;
    case History:
        return isFinal(state);
    }
    return false;
}

bool JobFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.parent().isValid() || right.parent().isValid())
        return QSortFilterProxyModel::lessThan(left, right); // files: by their raw values
    // Jobs: by keys read in one pass, so a sort of 100,000 jobs does not chase each job's data
    // for every comparison.
    const auto *jobs = static_cast<const JobListModel *>(sourceModel());
    if (m_keys.column != left.column() || m_keys.generation != jobs->generation()
        || qMax(left.row(), right.row()) >= m_keys.numbers.size())
        m_keys = jobs->sortKeys(left.column());
    return m_keys.lessThan(left.row(), right.row());
}

bool JobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true; // files follow their job
    auto *jobs = static_cast<const JobListModel *>(sourceModel());
    const QModelIndex index = jobs->index(sourceRow, 0);
    const JobSnapshot *s = jobs->snapshot(index);
    if (!s || !matches(m_filter, int(s->job.state)))
        return false;
    if (m_search.isEmpty())
        return true;
    const Job &job = s->job;
    if (job.displayName.contains(m_search, Qt::CaseInsensitive)
        || job.description.contains(m_search, Qt::CaseInsensitive))
        return true;
    for (const JobFile &f : job.files) {
        if (f.remoteUrl.toString().contains(m_search, Qt::CaseInsensitive)
            || f.localPath.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Ferry
