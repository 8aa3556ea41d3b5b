#pragma once

#include <QList>
#include <QObject>

class QHeaderView;
class QMenu;

namespace Ferry {

// The job list's columns as a user arranges them: a context menu on the header with one
// checkable entry per column (the name column always stays), and the defaults for a window
// about 1,100 pixels wide — the name stretches, Type, Created and Modified start hidden.
class ColumnChooser : public QObject
{
    Q_OBJECT
public:
    // `alwaysShown` is the column that cannot be hidden and takes the spare width.
    ColumnChooser(QHeaderView *header, int alwaysShown, const QList<int> &hiddenByDefault);

    // The layout for a first start (or after a saved layout could not be restored).
    void applyDefaults();
    // The header's context menu (its actions are named "showColumn<N>").
    QMenu *menu() const { return m_menu; }

private:
    void rebuild();

    QHeaderView *m_header;
    int m_alwaysShown;
    QList<int> m_hiddenByDefault;
    QMenu *m_menu;
};

} // namespace Ferry
