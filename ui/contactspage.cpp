#include "contactspage.h"

#include "contacteditordialog.h"
#include "contacttablemodel.h"
#include "deletecontactcommand.h"
#include "mergecontactscommand.h"
#include "mergedialog.h"
#include "messagebox.h"
#include "savecontactcommand.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

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
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

ContactsPage::ContactsPage(QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_undo(undo)
    , m_model(new ContactTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_new(new QPushButton(tr("New contact…"), this))
    , m_merge(new QPushButton(tr("Merge…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"contactsPage"_s);
    m_proxy->setObjectName(u"contactFilter"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContactTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_search->setObjectName(u"contactSearch"_s);
    m_search->setPlaceholderText(tr("Search name, company, email, phone…"));
    m_search->setClearButtonEnabled(true);
    m_new->setObjectName(u"contactNew"_s);
    m_merge->setObjectName(u"contactMerge"_s);
    m_merge->setToolTip(tr("Select two duplicate contacts to merge them"));
    m_delete->setObjectName(u"contactDelete"_s);
    m_count->setObjectName(u"contactCount"_s);

    m_view->setObjectName(u"contactTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContactTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    const int em = fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {
        {ContactTableModel::Name, 24},  {ContactTableModel::Company, 26},
        {ContactTableModel::Email, 38}, {ContactTableModel::Phone, 22},
        {ContactTableModel::Role, 20},
    };
    for (const auto &[column, chars] : widths)
        header->resizeSection(column, chars * em);

    m_empty->setObjectName(u"contactsEmpty"_s);
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
    connect(m_view, &QAbstractItemView::activated, this, &ContactsPage::editCurrent);
    connect(m_new, &QPushButton::clicked, this, &ContactsPage::newContact);
    connect(m_merge, &QPushButton::clicked, this, &ContactsPage::mergeSelected);
    connect(m_delete, &QPushButton::clicked, this, &ContactsPage::deleteSelected);
    connect(deleteAction, &QAction::triggered, this, &ContactsPage::deleteSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ContactsPage::updateState);
    updateState();
}

void ContactsPage::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void ContactsPage::reload()
{
    const QList<qint64> selected = selectedIds();
    if (Status s = m_model->load(m_db); !s)
        m_empty->setText(tr("Cannot read the contacts: %1").arg(s.errorMessage()));
    selectIds(selected);
    updateState();
}

void ContactsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QList<qint64> ContactsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(ContactTableModel::IdRole).toLongLong();
    return ids;
}

void ContactsPage::selectIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (const qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(ContactTableModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_view->setCurrentIndex(selection.first().topLeft());
}

void ContactsPage::updateState()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(
        shown == total ? tr("%Ln contact(s)", nullptr, total)
                       : tr("%1 of %Ln contact(s)", nullptr, total).arg(QLocale().toString(shown)));
    if (!m_db)
        m_empty->setText(tr("No database is open. Open or create one from the File menu."));
    else if (total == 0)
        m_empty->setText(tr("No contacts yet. Add one with “New contact…”, or from the deal "
                            "editor with “New contact…” next to the contact field."));
    else if (shown == 0)
        m_empty->setText(tr("No contact matches “%1”. Clear the search field to see them all.")
                             .arg(m_search->text().trimmed()));
    m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    m_new->setEnabled(m_db != nullptr);
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_merge->setEnabled(m_db && selected == 2);
    m_delete->setEnabled(m_db && selected >= 1);
}

std::function<void()> ContactsPage::notifier()
{
    return [page = QPointer<ContactsPage>(this)] {
        if (page)
            page->commandDone();
    };
}

void ContactsPage::commandDone()
{
    reload();
    Q_EMIT changed();
}

void ContactsPage::newContact()
{
    if (!m_db)
        return;
    const std::optional<Contact> contact = ContactEditorDialog::edit(*m_db, nullptr, this);
    if (!contact)
        return;
    auto *command = new SaveContactCommand(*m_db, *contact, std::nullopt, notifier());
    const int before = m_undo->count();
    m_undo->push(command);
    if (m_undo->count() > before) // not failed (a failed command is deleted at once)
        selectIds({command->contactId()});
}

void ContactsPage::editCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_db || !current.isValid())
        return;
    const int row = m_model->rowOf(current.data(ContactTableModel::IdRole).toLongLong());
    if (row < 0)
        return;
    const Contact before = m_model->contacts().at(row);
    const std::optional<Contact> after = ContactEditorDialog::edit(*m_db, &before, this);
    if (!after)
        return;
    if (after->name == before.name && after->companyId == before.companyId &&
        after->email == before.email && after->phone == before.phone &&
        after->role == before.role && after->decisionRole == before.decisionRole &&
        after->linkedin == before.linkedin)
        return; // nothing to undo
    m_undo->push(new SaveContactCommand(*m_db, *after, before, notifier()));
}

void ContactsPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!m_db || ids.isEmpty())
        return;
    Result<QList<Deal>> deals = DealRepository(*m_db).list();
    QList<Contact> contacts;
    int dealCount = 0;
    for (const qint64 id : ids) {
        contacts << m_model->contacts().at(m_model->rowOf(id));
        if (deals)
            dealCount += static_cast<int>(std::count_if(
                deals->cbegin(), deals->cend(), [id](const Deal &d) { return d.contactId == id; }));
    }
    QString question = contacts.size() == 1
                           ? tr("Delete the contact “%1”?").arg(contacts.first().name)
                           : tr("Delete %1 contacts?").arg(contacts.size());
    if (dealCount > 0)
        question += u' ' + tr("%n deal(s) keep showing them as their contact.", nullptr, dealCount);
    if (MessageBox::question(
            this, tr("Delete"), question + u' ' + tr("Edit ▸ Undo brings them back."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (contacts.size() > 1)
        m_undo->beginMacro(tr("Delete %n contacts", nullptr, static_cast<int>(contacts.size())));
    for (const Contact &c : std::as_const(contacts))
        m_undo->push(new DeleteContactCommand(*m_db, c, notifier()));
    if (contacts.size() > 1)
        m_undo->endMacro();
}

void ContactsPage::mergeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!m_db || ids.size() != 2)
        return;
    Result<QList<Deal>> deals = DealRepository(*m_db).list();
    QStringList summaries;
    QList<Contact> pair;
    for (const qint64 id : ids) {
        const Contact &c = m_model->contacts().at(m_model->rowOf(id));
        pair << c;
        const int dealCount =
            deals
                ? static_cast<int>(std::count_if(deals->cbegin(), deals->cend(),
                                                 [id](const Deal &d) { return d.contactId == id; }))
                : 0;
        const QString details =
            c.email.isEmpty() ? tr("%n deal(s)", nullptr, dealCount)
                              : tr("%1, %2").arg(c.email, tr("%n deal(s)", nullptr, dealCount));
        summaries << tr("Keep “%1” (%2)").arg(c.name, details);
    }
    const std::optional<int> kept =
        MergeDialog::choose(MergeDialog::Kind::Contacts, summaries.at(0), summaries.at(1), this);
    if (!kept)
        return;
    const Contact &keep = pair.at(*kept);
    const Contact &gone = pair.at(1 - *kept);
    m_undo->push(new MergeContactsCommand(
        *m_db, keep.id, gone.id, tr("Merge “%1” into “%2”").arg(gone.name, keep.name), notifier()));
    selectIds({keep.id});
}

} // namespace dealboard
