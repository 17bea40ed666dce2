#include "atriskmodel.h"

#include "playbook/playbook.h"

using namespace Qt::StringLiterals;

namespace dealboard {

AtRiskModel::AtRiskModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AtRiskModel::setDeals(const QList<AtRiskDeal> &deals, const Playbook *playbook)
{
    beginResetModel();
    m_deals = deals;
    m_stageNames.clear();
    for (const AtRiskDeal &d : m_deals) {
        const dealboard::Stage *stage = playbook ? playbook->stage(d.stage) : nullptr;
        m_stageNames << (stage ? stage->name.text() : d.stage);
    }
    endResetModel();
}

int AtRiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_deals.size());
}

int AtRiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AtRiskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AtRiskDeal &d = m_deals.at(index.row());
    if (role == IdRole)
        return d.dealId;
    if (role == Qt::TextAlignmentRole && (index.column() == Mrr || index.column() == DaysInStage))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Title:
        return d.title;
    case Company:
        return d.company;
    case Stage:
        return m_stageNames.value(index.row());
    case Mrr:
        return d.mrr.format(QLocale(), Money::Cents::WhenNeeded);
    case DaysInStage:
        return d.daysInStage;
    case Reasons: {
        QStringList reasons;
        for (const AtRiskDeal::Reason r : d.reasons)
            reasons << WeeklyReview::reasonText(r);
        return reasons.join(u", "_s);
    }
    default:
        return {};
    }
}

QVariant AtRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Deal");
    case Company:
        return tr("Company");
    case Stage:
        return tr("Stage");
    case Mrr:
        return tr("MRR");
    case DaysInStage:
        return tr("Days in stage");
    case Reasons:
        return tr("Why at risk");
    default:
        return {};
    }
}

} // namespace dealboard
