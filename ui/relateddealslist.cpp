#include "relateddealslist.h"

#include "playbook/playbook.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace dealboard {

RelatedDealsList::RelatedDealsList(QWidget *parent)
    : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setHeaderLabels({tr("Deal"), tr("Stage"), tr("MRR")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

void RelatedDealsList::setDeals(const Playbook &playbook, const QList<Deal> &deals)
{
    clear();
    const QLocale locale;
    for (const Deal &d : deals) {
        const Stage *stage = playbook.stage(d.stage);
        auto *item = new QTreeWidgetItem(this, {d.title, stage ? stage->name.text() : d.stage,
                                                d.mrr.format(locale, Money::Cents::WhenNeeded)});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, d.id);
    }
    if (deals.isEmpty()) {
        auto *item = new QTreeWidgetItem(this, {tr("No deals yet.")});
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    }
}

} // namespace dealboard
