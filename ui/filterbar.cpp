#include "filterbar.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace Ferry {

FilterBar::FilterBar(JobFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_filters(new QButtonGroup(this))
    , m_search(new QLineEdit(this))
    , m_proxy(proxy)
{
    setObjectName(QStringLiteral("filterBar"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 4, 6, 4);
    m_filters->setExclusive(true);
    const QList<QPair<JobFilterProxy::Filter, QString>> filters = {
        { JobFilterProxy::All, tr("All", "filter") },
        { JobFilterProxy::Active, tr("Active", "filter") },
        { JobFilterProxy::Suspended, tr("Suspended", "filter") },
        { JobFilterProxy::Errors, tr("Errors", "filter") },
        { JobFilterProxy::Transferred, tr("Transferred", "filter: waiting for Complete") },
        { JobFilterProxy::History, tr("History", "filter: finished and cancelled jobs") },
    };
    static const char *const names[] = { "filterAll",    "filterActive",      "filterSuspended",
                                         "filterErrors", "filterTransferred", "filterHistory" };
    for (const auto &[filter, text] : filters) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(names[filter]));
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(filter == proxy->filter());
        m_filters->addButton(button, filter);
        row->addWidget(button);
    }
    connect(m_filters, &QButtonGroup::idClicked, proxy,
            [proxy](int id) { proxy->setFilter(JobFilterProxy::Filter(id)); });
    row->addStretch(1);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search jobs…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, proxy, &JobFilterProxy::setSearchText);
    row->addWidget(m_search);
}

void FilterBar::clear()
{
    m_search->clear();
    m_filters->button(JobFilterProxy::All)->setChecked(true);
    m_proxy->setFilter(JobFilterProxy::All);
}

} // namespace Ferry
