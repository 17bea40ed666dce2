#pragma once

#include "companytablemodel.h"
#include "recordlistpage.h"

namespace dealboard {

// The Companies section: every company in a sortable, searchable table; create, edit, delete
// and merge, each an undoable command on the main window's stack. Emits changed() after any
// of them is done or undone, so the window can reload what shows deals.
class CompaniesPage : public RecordListPage
{
    Q_OBJECT

public:
    explicit CompaniesPage(QUndoStack *undo, QWidget *parent = nullptr);

    CompanyTableModel *model() const { return static_cast<CompanyTableModel *>(sourceModel()); }

    void newCompany();
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
