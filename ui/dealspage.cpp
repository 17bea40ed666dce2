#include "dealspage.h"

#include "dealfiltermodel.h"
#include "dealtablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

DealsPage::DealsPage(DealTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new DealFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_stage(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"dealsPage"_s);
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(u"dealSearch"_s);
    m_search->setPlaceholderText(tr("Search title, company, contact… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_stage->setObjectName(u"dealStageFilter"_s);
    m_stage->setAccessibleName(tr("Stage"));
    m_count->setObjectName(u"dealCount"_s);

    m_view->setObjectName(u"dealTable"_s);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DealTableModel::Weighted, Qt::DescendingOrder); // what matters first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep a 100,000-row table instant to scroll.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    const int em = fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {
        {DealTableModel::Title, 28},       {DealTableModel::Company, 24},
        {DealTableModel::Contact, 18},     {DealTableModel::Stage, 13},
        {DealTableModel::Mrr, 11},         {DealTableModel::Weighted, 13},
        {DealTableModel::Bant, 12},        {DealTableModel::ExpectedClose, 15},
        {DealTableModel::NextStep, 22},    {DealTableModel::NextStepDue, 13},
        {DealTableModel::DaysInStage, 14},
    };
    for (const auto &[column, chars] : widths)
        header->resizeSection(column, chars * em);

    m_empty->setObjectName(u"dealsEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_stage);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &DealFilterModel::setText);
    connect(m_stage, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStage(m_stage->currentData().toString()); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &DealsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &DealsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DealsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &DealsPage::updateCount);
    refresh();
}

void DealsPage::restoreSettings(const QSettings &settings)
{
    m_view->horizontalHeader()->restoreState(settings.value("deals/header"_L1).toByteArray());
    m_search->setText(settings.value("deals/search"_L1).toString());
    const int stage = m_stage->findData(settings.value("deals/stage"_L1).toString());
    m_stage->setCurrentIndex(std::max(0, stage));
}

void DealsPage::saveSettings(QSettings &settings) const
{
    settings.setValue("deals/header"_L1, m_view->horizontalHeader()->saveState());
    settings.setValue("deals/search"_L1, m_search->text());
    settings.setValue("deals/stage"_L1, m_stage->currentData().toString());
}

void DealsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DealsPage::refresh()
{
    const QString current = m_stage->currentData().toString();
    const QSignalBlocker blocker(m_stage);
    m_stage->clear();
    m_stage->addItem(tr("All stages"), QString());
    for (const dealboard::Stage &s : m_model->playbook().stages())
        m_stage->addItem(s.name.text(), s.key);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(current)));
    updateCount();
}

void DealsPage::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total
                         ? tr("%Ln deal(s)", nullptr, total)
                         : tr("%1 of %Ln deal(s)", nullptr, total).arg(QLocale().toString(shown)));
    if (total == 0)
        m_empty->setText(tr("No deals yet. Create sample data with File ▸ New Database, or add "
                            "deals from the command line: dealboard-cli deal add --help"));
    else
        m_empty->setText(tr("No deal matches this search. Clear the search field or choose "
                            "\"All stages\"."));
    m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget *>(m_empty) : m_view);
}

} // namespace dealboard
