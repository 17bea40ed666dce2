#pragma once

#include "model/deal.h"

#include <QTreeWidget>

namespace dealboard {

class Playbook;

// The deals of a company or a contact, read-only: title, stage, MRR. A double-click does
// nothing here; deals are edited from the board and the Deals section.
class RelatedDealsList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit RelatedDealsList(QWidget *parent = nullptr);

    void setDeals(const Playbook &playbook, const QList<Deal> &deals);
};

} // namespace dealboard
