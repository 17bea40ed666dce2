#include "dealtablemodel.h"

#include "clock.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace dealboard {

DealTableModel::DealTableModel(const DealStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &DealStore::aboutToReset, this, &DealTableModel::beginResetModel);
    connect(store, &DealStore::resetDone, this, &DealTableModel::endResetModel);
    connect(store, &DealStore::aboutToAppend, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(store, &DealStore::appended, this, &DealTableModel::endInsertRows);
    connect(store, &DealStore::changed, this, [this](int row, const Deal &) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

const Playbook &DealTableModel::playbook() const
{
    return m_store->playbook();
}

int DealTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_store->deals().size());
}

int DealTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 DealTableModel::weightedCents(const Deal &deal) const
{
    const dealboard::Stage *stage = playbook().stage(deal.stage);
    if (!stage || !stage->isOpen())
        return 0;
    return deal.mrr.percent(stage->probability * 100).value().cents();
}

qint64 DealTableModel::daysInStage(const Deal &deal) const
{
    return deal.stageEnteredAt.daysTo(Clock::current().now());
}

QVariant DealTableModel::display(const Deal &d, int column) const
{
    const QLocale locale;
    switch (column) {
    case Title:
        return d.title;
    case Company:
        return d.companyName;
    case Contact:
        return d.contactName;
    case Stage: {
        const dealboard::Stage *s = playbook().stage(d.stage);
        return s ? s->name.text() : d.stage;
    }
    case Mrr:
        return d.mrr.format(locale, Money::Cents::WhenNeeded);
    case Weighted:
        return Money(weightedCents(d), d.mrr.currency()).format(locale, Money::Cents::WhenNeeded);
    case Bant: {
        if (!d.bantTotal)
            return tr("—", "not qualified");
        const BantBand *band = playbook().bandFor(*d.bantTotal);
        return band ? tr("%1 · %2").arg(*d.bantTotal).arg(band->name.text())
                    : QString::number(*d.bantTotal);
    }
    case ExpectedClose:
        return locale.toString(d.expectedClose, QLocale::ShortFormat);
    case NextStep:
        return d.nextStep;
    case NextStepDue:
        return locale.toString(d.nextStepDue, QLocale::ShortFormat);
    case DaysInStage:
        return tr("%n day(s)", nullptr, static_cast<int>(daysInStage(d)));
    case Owner:
        return d.owner;
    }
    return {};
}

QVariant DealTableModel::sortValue(const Deal &d, int column) const
{
    switch (column) {
    case Stage:
        return playbook().stageIndex(d.stage);
    case Mrr:
        return d.mrr.cents();
    case Weighted:
        return weightedCents(d);
    case Bant:
        return d.bantTotal.value_or(-1);
    case ExpectedClose:
        return d.expectedClose;
    case NextStepDue:
        return d.nextStepDue;
    case DaysInStage:
        return daysInStage(d);
    default:
        return display(d, column);
    }
}

QVariant DealTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deal &d = m_store->deals().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(d, index.column());
    case SortRole:
        return sortValue(d, index.column());
    case StageKeyRole:
        return d.stage;
    case IdRole:
        return d.id;
    case Qt::TextAlignmentRole:
        if (index.column() == Mrr || index.column() == Weighted || index.column() == DaysInStage)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ExpectedClose && d.expectedClose.isValid())
            return QLocale().toString(d.expectedClose, QLocale::LongFormat);
        if (index.column() == NextStepDue && d.nextStepDue.isValid())
            return QLocale().toString(d.nextStepDue, QLocale::LongFormat);
        if (index.column() == Weighted)
            return tr("MRR × the stage's probability");
        return {};
    default:
        return {};
    }
}

QVariant DealTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Deal");
    case Company:
        return tr("Company");
    case Contact:
        return tr("Contact");
    case Stage:
        return tr("Stage");
    case Mrr:
        return tr("MRR");
    case Weighted:
        return tr("Weighted");
    case Bant:
        return tr("BANT+");
    case ExpectedClose:
        return tr("Expected close");
    case NextStep:
        return tr("Next step");
    case NextStepDue:
        return tr("Due");
    case DaysInStage:
        return tr("In stage");
    case Owner:
        return tr("Owner");
    }
    return {};
}

} // namespace dealboard
