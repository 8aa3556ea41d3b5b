#include "jobitemdelegate.h"

#include "icons.h"
#include "joblistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace Ferry {

JobItemDelegate::JobItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void JobItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == JobListModel::StateColumn
        && !index.data(JobListModel::IsFileRole).toBool()) {
        option->icon = index.data(JobListModel::PartlyKeptRole).toBool()
            ? Icons::partlyKept()
            : Icons::state(JobState(index.data(JobListModel::StateRole).toInt()));
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

void JobItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (index.column() != JobListModel::ProgressColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double fraction = index.data(JobListModel::RawDataRole).toDouble();
    // The row's background and selection first, without text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    if (fraction < 0)
        return;

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(qBound(0.0, fraction, 1.0) * 1000.0);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace Ferry
