#pragma once

#include <QWidget>

class QTableWidget;
class QUndoStack;

namespace dealboard {

class Database;
class DealStore;

// Settings: the playbook's per-stage rotting limits, editable (more of the playbook later).
// Saving is an undoable change of the stored playbook.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(DealStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);
    void setDatabase(Database *database) { m_db = database; }
    void refresh();
    bool save();

private:
    DealStore *m_store;
    QUndoStack *m_undoStack;
    Database *m_db = nullptr;
    QTableWidget *m_stages;
};

} // namespace dealboard
