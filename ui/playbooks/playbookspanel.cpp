#include "playbookspanel.h"

#include "boardpage.h"
#include "dealstore.h"
#include "dealtablemodel.h"
#include "objectionstab.h"
#include "playbookfiltermodel.h"
#include "playbookscripts.h"
#include "wrappingdelegate.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <functional>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
// A demo feature item's text without the "this deal" mark.
constexpr int BaseTextRole = Qt::UserRole + 102;

// The demo's "features to show" items, one per segment.
void forSegmentItems(QStandardItem *parent, const std::function<void(QStandardItem *)> &f)
{
    for (int r = 0; r < parent->rowCount(); ++r) {
        QStandardItem *child = parent->child(r);
        if (child->data(PlaybookScripts::SegmentRole).isValid())
            f(child);
        forSegmentItems(child, f);
    }
}

} // namespace

PlaybooksPanel::PlaybooksPanel(QUndoStack *undoStack, DealStore *store, QWidget *parent)
    : QDockWidget(tr("Playbooks"), parent)
    , m_store(store)
    , m_search(new QLineEdit(this))
    , m_dealLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_inbound(PlaybookScripts::inbound(this))
    , m_demo(PlaybookScripts::demo(this))
    , m_inboundFilter(new PlaybookFilterModel(this))
    , m_demoFilter(new PlaybookFilterModel(this))
    , m_objections(new ObjectionsTab(undoStack, this))
{
    setObjectName(u"playbooksDock"_s);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    auto *content = new QWidget(this);
    content->setObjectName(u"playbooksPanel"_s);
    m_search->setObjectName(u"playbooksSearch"_s);
    m_search->setPlaceholderText(tr("Search the playbooks (e.g. AWS, budget, demo)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the playbooks"));
    m_dealLabel->setObjectName(u"playbooksDeal"_s);
    m_dealLabel->setWordWrap(true);
    m_dealLabel->setTextFormat(Qt::RichText);
    m_tabs->setObjectName(u"playbooksTabs"_s);
    m_inboundView = addScriptTab(m_inbound, m_inboundFilter, u"inboundView"_s, tr("&Inbound"));
    m_demoView = addScriptTab(m_demo, m_demoFilter, u"demoView"_s, tr("De&mo"));
    m_tabs->addTab(m_objections, tr("&Objections"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_dealLabel);
    layout->addWidget(m_tabs, 1);
    setWidget(content);
    forSegmentItems(m_demo->invisibleRootItem(),
                    [](QStandardItem *item) { item->setData(item->text(), BaseTextRole); });
    connect(m_search, &QLineEdit::textChanged, this, &PlaybooksPanel::search);
    connect(m_store, &DealStore::resetDone, this, &PlaybooksPanel::refreshDeal);
    connect(m_store, &DealStore::changed, this, &PlaybooksPanel::refreshDeal);
    setDeal(0);
}

QTreeView *PlaybooksPanel::addScriptTab(QStandardItemModel *model, PlaybookFilterModel *filter,
                                        const QString &name, const QString &title)
{
    filter->setSourceModel(model);
    auto *view = new QTreeView(m_tabs);
    view->setObjectName(name);
    view->setModel(filter);
    view->setHeaderHidden(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setItemDelegate(new WrappingDelegate(view));
    view->setAccessibleName(QString(title).remove(u'&'));
    view->expandAll();
    m_tabs->addTab(view, title);
    return view;
}

void PlaybooksPanel::setDatabase(Database *database)
{
    m_objections->setDatabase(database);
    refreshDeal();
}

void PlaybooksPanel::follow(BoardPage *board, QAbstractItemView *dealsView)
{
    connect(board, &BoardPage::currentDealChanged, this, &PlaybooksPanel::setDeal);
    connect(dealsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    setDeal(current.data(DealTableModel::IdRole).toLongLong());
            });
}

void PlaybooksPanel::setDeal(qint64 id)
{
    m_dealId = m_store->deal(id) ? id : 0;
    refreshDeal();
}

void PlaybooksPanel::refreshDeal()
{
    const Deal *deal = m_store->deal(m_dealId);
    if (!deal)
        m_dealId = 0;
    QString text;
    QString segmentName;
    if (deal) {
        text = deal->companyName.isEmpty() ? deal->title
                                           : tr("%1 — %2").arg(deal->companyName, deal->title);
        if (const Segment *segment = m_store->playbook().segment(deal->companySegment))
            segmentName = segment->name.text();
    }
    m_dealLabel->setText(
        deal ? (segmentName.isEmpty()
                    ? tr("Deal: <b>%1</b>").arg(text.toHtmlEscaped())
                    : tr("Deal: <b>%1</b> · %2").arg(text.toHtmlEscaped(), segmentName))
             : tr("No deal selected: select one on the board or in the Deals list."));
    m_dealLabel->setToolTip(text);
    highlightSegment(deal ? deal->companySegment : QString());
    m_objections->setDeal(m_dealId, text);
}

void PlaybooksPanel::highlightSegment(const QString &segment)
{
    forSegmentItems(m_demo->invisibleRootItem(), [&segment](QStandardItem *item) {
        const bool match =
            !segment.isEmpty() && item->data(PlaybookScripts::SegmentRole).toString() == segment;
        const QString base = item->data(BaseTextRole).toString();
        const QString shown = match ? tr("%1  ◀ this deal's segment").arg(base) : base;
        if (item->text() == shown)
            return;
        QFont font = item->font();
        font.setBold(match);
        item->setFont(font);
        item->setText(shown);
    });
}

void PlaybooksPanel::search(const QString &text)
{
    m_inboundFilter->setSearch(text);
    m_demoFilter->setSearch(text);
    m_objections->setSearch(text);
    m_inboundView->expandAll();
    m_demoView->expandAll();
}

} // namespace dealboard
