#pragma once

#include "jobfilterproxy.h"

#include <QWidget>

class QButtonGroup;
class QLineEdit;

namespace Ferry {

// The bar above the job list: one button per JobFilterProxy filter (All, Active, Suspended,
// Errors, Transferred, History) and the search box. It drives the proxy it is given.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(JobFilterProxy *proxy, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FilterBar)

    QLineEdit *searchBox() const { return m_search; }
    // Back to "All" with an empty search: every job is shown.
    void clear();

private:
    QButtonGroup *m_filters;
    QLineEdit *m_search;
    JobFilterProxy *m_proxy;
};

} // namespace Ferry
