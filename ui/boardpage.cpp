#include "boardpage.h"

#include "boardcolumnmodel.h"
#include "carddelegate.h"
#include "clock.h"
#include "dealstore.h"
#include "lostdropzone.h"
#include "palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

BoardPage::BoardPage(DealStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_search(new QLineEdit(this))
    , m_segment(new QComboBox(this))
    , m_band(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_rotting(new QCheckBox(tr("Only &rotting"), this))
    , m_overdue(new QCheckBox(tr("Only o&verdue"), this))
    , m_columnsHost(new QWidget(this))
    , m_lostZone(new LostDropZone(this))
{
    setObjectName(u"boardPage"_s);
    m_search->setObjectName(u"boardSearch"_s);
    m_search->setPlaceholderText(tr("Filter by company, title, contact…"));
    m_search->setClearButtonEnabled(true);
    m_segment->setObjectName(u"boardSegment"_s);
    m_segment->setAccessibleName(tr("Segment"));
    m_band->setObjectName(u"boardBand"_s);
    m_band->setAccessibleName(tr("BANT+ band"));
    m_owner->setObjectName(u"boardOwner"_s);
    m_owner->setAccessibleName(tr("Owner"));
    m_rotting->setObjectName(u"boardOnlyRotting"_s);
    m_rotting->setToolTip(tr("Deals that stayed in their stage longer than the playbook's limit"));
    m_overdue->setObjectName(u"boardOnlyOverdue"_s);
    m_overdue->setToolTip(tr("Deals whose next step is past due"));

    // Narrow windows: the search keeps room to type, the combos shrink to a few letters.
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    for (QComboBox *combo : {m_segment, m_band, m_owner}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_segment);
    filters->addWidget(m_band);
    filters->addWidget(m_owner);
    filters->addWidget(m_rotting);
    filters->addWidget(m_overdue);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"boardScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_columnsHost);
    auto *columnsLayout = new QHBoxLayout(m_columnsHost);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->setSpacing(8);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_lostZone);

    auto apply = [this] { applyFilter(); };
    connect(m_search, &QLineEdit::textChanged, this, apply);
    for (QComboBox *combo : {m_segment, m_band, m_owner})
        connect(combo, &QComboBox::currentIndexChanged, this, apply);
    for (QCheckBox *box : {m_rotting, m_overdue})
        connect(box, &QCheckBox::toggled, this, apply);
    connect(m_lostZone, &LostDropZone::dropped, this, &BoardPage::lostRequested);
    connect(store, &DealStore::resetDone, this, &BoardPage::rebuildColumns);
    rebuildColumns();
}

QStringList BoardPage::columnStages() const
{
    QStringList shown;
    for (const QString &stage : m_stages)
        if (!m_columns.value(stage)->isHidden())
            shown << stage;
    return shown;
}

void BoardPage::rebuildColumns()
{
    // The columns follow the playbook: rebuilt only when its stages change.
    QStringList stages;
    for (const Stage &s : m_store->playbook().stages())
        if (s.kind != Stage::Kind::Lost)
            stages << s.key;
    if (stages == m_stages) {
        // The columns rebuild themselves; only a filter choice that vanished needs applying.
        const BoardFilter before = m_filter;
        refillChoices();
        const bool same = m_search->text().trimmed() == before.text &&
                          m_segment->currentData().toString() == before.segment &&
                          m_band->currentData().toString() == before.band &&
                          m_owner->currentData().toString() == before.owner;
        if (!same)
            QMetaObject::invokeMethod(this, &BoardPage::applyFilter, Qt::QueuedConnection);
        return;
    }
    refillChoices();
    const bool customerVisible = !m_stages.isEmpty() && isCustomerColumnVisible();
    qDeleteAll(m_columns);
    m_columns.clear();
    m_views.clear();
    m_headers.clear();
    qDeleteAll(m_models);
    m_models.clear();
    m_stages = stages;
    auto *layout = static_cast<QHBoxLayout *>(m_columnsHost->layout());
    for (const QString &key : std::as_const(m_stages)) {
        auto *column = new QWidget(m_columnsHost);
        column->setObjectName(u"columnFrame_"_s + key);
        column->setMinimumWidth(230);
        column->setAutoFillBackground(true);
        QPalette pal = column->palette();
        pal.setColor(QPalette::Window, Palette::column(pal));
        column->setPalette(pal);
        auto *header = new QLabel(column);
        header->setObjectName(u"columnHeader_"_s + key);
        header->setTextFormat(Qt::RichText);
        header->setMargin(6);
        auto *model = new BoardColumnModel(m_store, key, this);
        auto *view = new QListView(column);
        view->setObjectName(u"column_"_s + key);
        view->setModel(model);
        view->setItemDelegate(new CardDelegate(view));
        view->setUniformItemSizes(true); // keeps 100,000 cards instant
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::MoveAction);
        view->setDropIndicatorShown(true);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setFrameShape(QFrame::NoFrame);
        view->setAccessibleName(m_store->playbook().stage(key)->name.text());
        view->viewport()->setAutoFillBackground(false);
        view->installEventFilter(this);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(4, 0, 4, 4);
        columnLayout->addWidget(header);
        columnLayout->addWidget(view, 1);
        layout->addWidget(column, 1);
        connect(model, &BoardColumnModel::totalsChanged, this, [this, key] { updateHeader(key); });
        connect(model, &BoardColumnModel::dropRequested, this,
                [this](const QList<qint64> &ids, const QString &stage, qint64 beforeId) {
                    // A drop in its own column is a reorder.
                    if (ids.size() == 1 && m_store->deal(ids.first()) &&
                        m_store->deal(ids.first())->stage == stage)
                        Q_EMIT reorderRequested(ids.first(), beforeId);
                    else
                        Q_EMIT moveRequested(ids, stage, beforeId);
                });
        connect(view, &QListView::doubleClicked, this, [this, model](const QModelIndex &index) {
            Q_EMIT openRequested(model->dealAt(index.row()).id);
        });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, model](const QModelIndex &current) {
                    if (current.isValid())
                        Q_EMIT currentDealChanged(model->dealAt(current.row()).id);
                });
        m_columns.insert(key, column);
        m_models.insert(key, model);
        m_views.insert(key, view);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addActions(m_cardActions);
        m_headers.insert(key, header);
    }
    setCustomerColumnVisible(customerVisible);
    applyFilter();
}

void BoardPage::refillChoices()
{
    const Playbook &pb = m_store->playbook();
    auto refill = [](QComboBox *combo, const QString &all,
                     const QList<std::pair<QString, QString>> &items) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const auto &[key, text] : items)
            combo->addItem(text, key);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    QList<std::pair<QString, QString>> segments;
    for (const Segment &s : pb.segments())
        segments.append({s.key, s.name.text()});
    refill(m_segment, tr("All segments"), segments);
    QList<std::pair<QString, QString>> bands;
    for (const BantBand &b : pb.bantBands())
        bands.append({b.key, b.name.text()});
    bands.append({u"unscored"_s, tr("Not qualified")});
    refill(m_band, tr("All bands"), bands);
    QSet<QString> ownerSet;
    for (const Deal &d : m_store->deals())
        if (!d.owner.isEmpty())
            ownerSet.insert(d.owner);
    QStringList owners(ownerSet.cbegin(), ownerSet.cend());
    owners.sort(Qt::CaseInsensitive);
    QList<std::pair<QString, QString>> ownerItems;
    for (const QString &o : std::as_const(owners))
        ownerItems.append({o, o});
    refill(m_owner, tr("All owners"), ownerItems);
}

void BoardPage::applyFilter()
{
    m_filter.text = m_search->text().trimmed();
    m_filter.segment = m_segment->currentData().toString();
    m_filter.band = m_band->currentData().toString();
    m_filter.owner = m_owner->currentData().toString();
    m_filter.onlyRotting = m_rotting->isChecked();
    m_filter.onlyOverdue = m_overdue->isChecked();
    const QDate today = Clock::current().now().toLocalTime().date();
    for (BoardColumnModel *model : std::as_const(m_models))
        model->setFilter(m_filter, today);
}

void BoardPage::updateHeader(const QString &stage)
{
    const Stage *s = m_store->playbook().stage(stage);
    const BoardColumnModel::Totals t = m_models.value(stage)->totals();
    const QLocale locale;
    const QString currency = m_store->playbook().currency();
    m_headers.value(stage)->setText(
        tr("<b>%1</b> %2 %<br><small>%3 · %4 · %5</small>")
            .arg(s->name.text().toHtmlEscaped())
            .arg(s->probability)
            .arg(locale.toString(t.count),
                 Money(t.mrrCents, currency).format(locale, Money::Cents::WhenNeeded),
                 Money(t.weightedCents, currency).format(locale, Money::Cents::WhenNeeded)));
    m_headers.value(stage)->setToolTip(
        tr("Deals · MRR · weighted (MRR × %1 %)").arg(s->probability));
}

void BoardPage::setCustomerColumnVisible(bool visible)
{
    const QString customer = m_store->playbook().customerStage();
    if (QWidget *column = m_columns.value(customer))
        column->setVisible(visible);
}

bool BoardPage::isCustomerColumnVisible() const
{
    const QWidget *column = m_columns.value(m_store->playbook().customerStage());
    return column && !column->isHidden();
}

void BoardPage::selectDeal(qint64 id)
{
    const Deal *deal = m_store->deal(id);
    if (!deal || !m_views.contains(deal->stage))
        return;
    QListView *view = m_views.value(deal->stage);
    const int row = m_models.value(deal->stage)->rowOfDeal(id);
    if (row < 0)
        return;
    const QModelIndex index = view->model()->index(row, 0);
    view->setCurrentIndex(index);
    view->scrollTo(index);
    view->setFocus(Qt::OtherFocusReason);
}

QList<qint64> BoardPage::selectedDeals() const
{
    QList<qint64> ids;
    for (const QString &stage : m_stages) {
        QListView *view = m_views.value(stage);
        if (!view->hasFocus())
            continue;
        for (const QModelIndex &index : view->selectionModel()->selectedIndexes())
            ids.append(index.data(BoardColumnModel::IdRole).toLongLong());
    }
    return ids;
}

void BoardPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool BoardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress)
        if (auto *view = qobject_cast<QListView *>(watched))
            if (handleKey(view, static_cast<QKeyEvent *>(event)))
                return true;
    return QWidget::eventFilter(watched, event);
}

// Ctrl+Left/Right moves the selected cards to the previous/next column, Ctrl+Up/Down moves
// the current card within its column, Enter opens it.
bool BoardPage::handleKey(QListView *view, QKeyEvent *event)
{
    auto *model = static_cast<BoardColumnModel *>(view->model());
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return false;
    const qint64 id = model->dealAt(current.row()).id;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (!ctrl && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        Q_EMIT openRequested(id);
        return true;
    }
    if (!ctrl)
        return false;
    const QStringList shown = columnStages();
    const qsizetype at = shown.indexOf(model->stage());
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const qsizetype to = at + (event->key() == Qt::Key_Left ? -1 : 1);
        if (to < 0 || to >= shown.size())
            return true;
        QList<qint64> ids;
        for (const QModelIndex &index : view->selectionModel()->selectedIndexes())
            ids.append(index.data(BoardColumnModel::IdRole).toLongLong());
        if (ids.isEmpty())
            ids.append(id);
        Q_EMIT moveRequested(ids, shown.at(to), 0);
        return true;
    }
    case Qt::Key_Up:
        if (current.row() > 0)
            Q_EMIT reorderRequested(id, model->dealAt(current.row() - 1).id);
        return true;
    case Qt::Key_Down:
        if (current.row() + 1 < model->rowCount())
            Q_EMIT reorderRequested(id, current.row() + 2 < model->rowCount()
                                            ? model->dealAt(current.row() + 2).id
                                            : 0);
        return true;
    default:
        return false;
    }
}

void BoardPage::setCardActions(const QList<QAction *> &actions)
{
    m_cardActions = actions;
    for (QListView *view : std::as_const(m_views)) {
        for (QAction *a : view->actions())
            view->removeAction(a);
        view->addActions(m_cardActions);
    }
}

} // namespace dealboard
