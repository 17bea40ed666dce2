#include "recordlistpage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

RecordListPage::RecordListPage(const Setup &setup, QAbstractItemModel *model, QUndoStack *undo,
                               QWidget *parent)
    : QWidget(parent)
    , m_undo(undo)
    , m_setup(setup)
    , m_source(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_new(new QPushButton(setup.newText, this))
    , m_merge(new QPushButton(tr("Merge…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(setup.plural + u"Page"_s);
    model->setParent(this);
    m_proxy->setObjectName(setup.name + u"Filter"_s);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(setup.sortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column

    m_search->setObjectName(setup.name + u"Search"_s);
    m_search->setPlaceholderText(setup.searchHint);
    m_search->setClearButtonEnabled(true);
    m_new->setObjectName(setup.name + u"New"_s);
    m_merge->setObjectName(setup.name + u"Merge"_s);
    m_merge->setToolTip(setup.mergeHint);
    m_delete->setObjectName(setup.name + u"Delete"_s);
    m_count->setObjectName(setup.name + u"Count"_s);

    m_view->setObjectName(setup.name + u"Table"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(setup.sortColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionsMovable(true);

    m_empty->setObjectName(setup.plural + u"Empty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_new);
    bar->addWidget(m_merge);
    bar->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    auto *deleteAction = new QAction(tr("Delete"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(deleteAction);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_view, &QAbstractItemView::activated, this, &RecordListPage::editCurrent);
    connect(m_new, &QPushButton::clicked, this, &RecordListPage::newRecord);
    connect(m_merge, &QPushButton::clicked, this, &RecordListPage::mergeSelected);
    connect(m_delete, &QPushButton::clicked, this, &RecordListPage::deleteSelected);
    connect(deleteAction, &QAction::triggered, this, &RecordListPage::deleteSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordListPage::updateState);
}

void RecordListPage::setColumnWidths(std::initializer_list<std::pair<int, int>> widths)
{
    const int em = fontMetrics().averageCharWidth();
    for (const auto &[column, chars] : widths)
        m_view->horizontalHeader()->resizeSection(column, chars * em);
}

void RecordListPage::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void RecordListPage::reload()
{
    const QList<qint64> selected = selectedIds();
    if (Status s = loadModel(); !s)
        m_empty->setText(s.errorMessage());
    selectIds(selected);
    updateState();
}

void RecordListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QList<qint64> RecordListPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(m_setup.idRole).toLongLong();
    return ids;
}

void RecordListPage::selectIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (const qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_source->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(m_source->columnCount() - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_view->setCurrentIndex(selection.first().topLeft());
}

void RecordListPage::updateState()
{
    const int shown = m_proxy->rowCount();
    const int total = m_source->rowCount();
    m_count->setText(countText(shown, total));
    if (!m_db)
        m_empty->setText(tr("No database is open. Open or create one from the File menu."));
    else if (total == 0)
        m_empty->setText(noneYetText());
    else if (shown == 0)
        m_empty->setText(noMatchText(m_search->text().trimmed()));
    m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_new->setEnabled(m_db != nullptr);
    m_merge->setEnabled(m_db && selected == 2);
    m_delete->setEnabled(m_db && selected >= 1);
}

std::function<void()> RecordListPage::notifier()
{
    return [page = QPointer<RecordListPage>(this)] {
        if (page)
            page->commandDone();
    };
}

void RecordListPage::commandDone()
{
    reload();
    Q_EMIT changed();
}

} // namespace dealboard
