#include "columnchooser.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

namespace Ferry {

ColumnChooser::ColumnChooser(QHeaderView *header, int alwaysShown,
                             const QList<int> &hiddenByDefault)
    : QObject(header)
    , m_header(header)
    , m_alwaysShown(alwaysShown)
    , m_hiddenByDefault(hiddenByDefault)
    , m_menu(new QMenu(header))
{
    m_menu->setObjectName(QStringLiteral("columnMenu"));
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        rebuild();
        m_menu->popup(m_header->viewport()->mapToGlobal(at));
    });
    rebuild();
}

void ColumnChooser::applyDefaults()
{
    m_header->setStretchLastSection(false);
    for (int c = 0; c < m_header->count(); ++c)
        m_header->setSectionHidden(c, m_hiddenByDefault.contains(c));
    m_header->setSectionResizeMode(m_alwaysShown, QHeaderView::Stretch);
    rebuild();
}

void ColumnChooser::rebuild()
{
    // The entries follow the model's headers (their language) and the columns shown now.
    m_menu->clear();
    const QAbstractItemModel *model = m_header->model();
    for (int c = 0; model && c < m_header->count(); ++c) {
        QAction *action
            = m_menu->addAction(model->headerData(c, m_header->orientation()).toString());
        action->setObjectName(QStringLiteral("showColumn%1").arg(c));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(c));
        action->setEnabled(c != m_alwaysShown);
        connect(action, &QAction::toggled, m_header,
                [this, c](bool shown) { m_header->setSectionHidden(c, !shown); });
    }
}

} // namespace Ferry
