#include "quotespage.h"

#include "dealstore.h"
#include "messagebox.h"
#include "quoteactions.h"
#include "quotefiltermodel.h"
#include "quotetablemodel.h"
#include "storage/database.h"
#include "storage/quoterepository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

QuotesPage::QuotesPage(DealStore *store, QuoteActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actions(actions)
    , m_model(new QuoteTableModel(this))
    , m_proxy(new QuoteFilterModel(this))
    , m_view(new QTableView(this))
    , m_status(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"quotesPage"_s);
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(u"quotesView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QuoteTableModel::Number, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QuoteTableModel::DealColumn,
                                                     QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Quotes"));
    m_status->setObjectName(u"quotesStatusFilter"_s);
    m_status->addItem(tr("All statuses"), QString());
    for (const QuoteStatus s : {QuoteStatus::Draft, QuoteStatus::Sent, QuoteStatus::Signed,
                                QuoteStatus::Declined, QuoteStatus::Expired})
        m_status->addItem(Quote::statusName(s), Quote::statusKey(s));
    m_search->setObjectName(u"quotesSearch"_s);
    m_search->setPlaceholderText(tr("Search quotes (number, company, deal)"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(u"quotesCount"_s);
    m_empty->setObjectName(u"quotesEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_count);
    // A tool bar: it folds what does not fit behind a » button on a narrow window.
    auto *buttons = new QToolBar(this);
    buttons->setObjectName(u"quotesToolBar"_s);
    buttons->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto add = [&](const QString &text, const QString &name, void (QuotesPage::*slot)()) {
        QAction *a = buttons->addAction(text, this, slot);
        a->setObjectName(name);
        m_toolActions.append(a);
    };
    add(tr("&New Quote…"), u"quotesNew"_s, &QuotesPage::newQuote);
    add(tr("&Open"), u"quotesOpen"_s, &QuotesPage::openCurrent);
    buttons->addSeparator();
    add(tr("Mark as &Sent"), u"quotesSend"_s, &QuotesPage::sendCurrent);
    add(tr("Record Si&gnature…"), u"quotesSign"_s, &QuotesPage::signCurrent);
    add(tr("&Declined…"), u"quotesDecline"_s, &QuotesPage::declineCurrent);
    add(tr("New &Revision…"), u"quotesRevise"_s, &QuotesPage::reviseCurrent);
    buttons->addSeparator();
    add(tr("Export &PDF…"), u"quotesPdf"_s, &QuotesPage::exportCurrent);
    add(tr("&Print…"), u"quotesPrint"_s, &QuotesPage::printCurrent);
    buttons->addSeparator();
    add(tr("Product &Catalogue…"), u"quotesCatalogue"_s, &QuotesPage::editCatalogue);
    // The same actions on a right-click or the Menu key: the tool bar takes no focus.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(m_toolActions);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(buttons);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, &QuotesPage::updateFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &QuotesPage::updateFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuotesPage::updateButtons);
    connect(m_view, &QAbstractItemView::activated, this, &QuotesPage::openCurrent);
    connect(m_actions, &QuoteActions::quotesChanged, this, &QuotesPage::reload);
    updateFilter();
}

void QuotesPage::setDatabase(Database *db)
{
    m_db = db;
    // Sent quotes whose validity has passed are expired (§7: 30 days by default).
    if (m_db && m_db->mode() != Database::Mode::ReadOnly)
        if (const Result<QList<qint64>> expired = QuoteRepository(*m_db).expireOverdue(); !expired)
            MessageBox::critical(this, tr("Cannot update the quotes"), expired.errorMessage());
    reload();
}

void QuotesPage::reload()
{
    // Read when shown: a reload of the window (a company renamed …) costs nothing here.
    if (!isVisible() && m_db) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const qint64 current = currentQuote();
    if (!m_db) {
        m_model->clear();
    } else if (const Status s = m_model->load(*m_db, *m_store); !s) {
        MessageBox::critical(this, tr("Cannot read the quotes"), s.errorMessage());
    }
    updateFilter();
    if (current)
        selectQuote(current);
}

void QuotesPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void QuotesPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void QuotesPage::updateFilter()
{
    m_proxy->setStatus(m_status->currentData().toString());
    m_proxy->setFilterFixedString(m_search->text().trimmed());
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n quote(s)", nullptr, total)
                                    : tr("%1 of %n quote(s)", nullptr, total).arg(shown));
    if (total == 0)
        m_empty->setText(tr("No quotes yet — choose New Quote… here, or select a deal on the "
                            "board and choose Deal ▸ New Quote… (Ctrl+Alt+Q)."));
    else
        m_empty->setText(tr("No quote matches these filters."));
    m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    updateButtons();
}

qint64 QuotesPage::currentQuote() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return 0;
    return index.data(QuoteTableModel::IdRole).toLongLong();
}

void QuotesPage::selectQuote(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void QuotesPage::updateButtons()
{
    const Quote *q = m_model->quote(currentQuote());
    const auto is = [q](QuoteStatus s) { return q && q->status == s; };
    const QHash<QString, bool> enabled{
        {u"quotesNew"_s, m_db != nullptr},
        {u"quotesOpen"_s, q != nullptr},
        {u"quotesSend"_s, is(QuoteStatus::Draft)},
        {u"quotesSign"_s, is(QuoteStatus::Sent)},
        {u"quotesDecline"_s, is(QuoteStatus::Sent)},
        {u"quotesRevise"_s, q && !is(QuoteStatus::Draft)},
        {u"quotesPdf"_s, q != nullptr},
        {u"quotesPrint"_s, q != nullptr},
        {u"quotesCatalogue"_s, m_db != nullptr},
    };
    for (QAction *a : std::as_const(m_toolActions)) {
        a->setEnabled(enabled.value(a->objectName()));
        if (a->objectName() == "quotesOpen"_L1)
            a->setText(is(QuoteStatus::Draft) || !q ? tr("&Edit…") : tr("&View…"));
    }
}

void QuotesPage::newQuote()
{
    if (const qint64 id = m_actions->newQuote(0))
        selectQuote(id);
}

void QuotesPage::openCurrent()
{
    if (const qint64 id = currentQuote())
        m_actions->editQuote(id);
}

void QuotesPage::sendCurrent()
{
    if (const qint64 id = currentQuote())
        m_actions->sendQuote(id);
}

void QuotesPage::signCurrent()
{
    if (const qint64 id = currentQuote())
        m_actions->signQuote(id);
}

void QuotesPage::declineCurrent()
{
    if (const qint64 id = currentQuote())
        m_actions->declineQuote(id);
}

void QuotesPage::reviseCurrent()
{
    if (const qint64 id = currentQuote())
        if (const qint64 revision = m_actions->reviseQuote(id))
            selectQuote(revision);
}

void QuotesPage::exportCurrent()
{
    if (const qint64 id = currentQuote())
        m_actions->exportPdf(id);
}

void QuotesPage::printCurrent()
{
    if (const qint64 id = currentQuote())
        m_actions->printQuote(id);
}

void QuotesPage::editCatalogue()
{
    m_actions->editCatalogue();
}

} // namespace dealboard
