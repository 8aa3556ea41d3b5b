#pragma once

#include <QStyledItemDelegate>

namespace Ferry {

// Paints the job view's cells that are more than text: a progress bar in the Progress column
// (from the raw fraction; a size that is not known yet shows no bar) and the state icon in the
// State column.
class JobItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit JobItemDelegate(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobItemDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Ferry
