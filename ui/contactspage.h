#pragma once

#include "contacttablemodel.h"
#include "recordlistpage.h"

namespace dealboard {

// The Contacts section: every contact in a sortable, searchable table; create, edit, delete
// and merge, each an undoable command on the main window's stack. Emits changed() after any
// of them is done or undone.
class ContactsPage : public RecordListPage
{
    Q_OBJECT

public:
    explicit ContactsPage(QUndoStack *undo, QWidget *parent = nullptr);

    ContactTableModel *model() const { return static_cast<ContactTableModel *>(sourceModel()); }

    void newContact();
    void editCurrent() override;
    void deleteSelected() override;
    void mergeSelected() override;

protected:
    void newRecord() override;
    Status loadModel() override;
    int rowOf(qint64 id) const override;
    QString countText(int shown, int total) const override;
    QString noneYetText() const override;
    QString noMatchText(const QString &search) const override;
};

} // namespace dealboard
