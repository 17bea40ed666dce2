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

#include <QHeaderView>
#include <QTableView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace dealboard {

ContactsPage::ContactsPage(QUndoStack *undo, QWidget *parent)
    : RecordListPage({u"contact"_s, u"contacts"_s, ContactTableModel::SortRole,
                      ContactTableModel::IdRole, ContactTableModel::Name, tr("New contact…"),
                      tr("Search name, company, email, phone…"),
                      tr("Select two duplicate contacts to merge them")},
                     new ContactTableModel, undo, parent)
{
    view()->horizontalHeader()->setStretchLastSection(true);
    setColumnWidths({
        {ContactTableModel::Name, 24},
        {ContactTableModel::Company, 26},
        {ContactTableModel::Email, 38},
        {ContactTableModel::Phone, 22},
        {ContactTableModel::Role, 20},
    });
    updateState();
}

void ContactsPage::newRecord()
{
    newContact();
}

Status ContactsPage::loadModel()
{
    if (Status s = model()->load(m_db); !s)
        return userError(tr("Cannot read the contacts: %1").arg(s.errorMessage()));
    return {};
}

int ContactsPage::rowOf(qint64 id) const
{
    return model()->rowOf(id);
}

QString ContactsPage::countText(int shown, int total) const
{
    return shown == total
               ? tr("%Ln contact(s)", nullptr, total)
               : tr("%1 of %Ln contact(s)", nullptr, total).arg(QLocale().toString(shown));
}

QString ContactsPage::noneYetText() const
{
    return tr("No contacts yet. Add one with “New contact…”, or from the deal "
              "editor with “New contact…” next to the contact field.");
}

QString ContactsPage::noMatchText(const QString &search) const
{
    return tr("No contact matches “%1”. Clear the search field to see them all.").arg(search);
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
    const QModelIndex current = view()->currentIndex();
    if (!m_db || !current.isValid())
        return;
    const int row = model()->rowOf(current.data(ContactTableModel::IdRole).toLongLong());
    if (row < 0)
        return;
    const Contact before = model()->contacts().at(row);
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
        contacts << model()->contacts().at(model()->rowOf(id));
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
        const Contact &c = model()->contacts().at(model()->rowOf(id));
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
