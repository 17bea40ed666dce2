#pragma once

#include "model/sellerdetails.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;
class QVBoxLayout;

namespace dealboard {

class Database;
class DealStore;
class SellerDetailsForm;

// Settings: the seller's details the quotes show, and the playbook's per-stage rotting
// limits (more of the playbook later). Saving is undoable, one step per part that changed;
// nothing is saved while a part has a problem.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(DealStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);
    void setDatabase(Database *database)
    {
        m_db = database;
        m_sellerFrom = nullptr;
    }
    void refresh();
    // Another part of the page (a group titled `title` around `content`), below the others.
    void addSection(const QString &title, QWidget *content);
    bool save();
    SellerDetailsForm *sellerForm() const { return m_seller; }

private:
    QWidget *createSellerGroup();
    void loadSeller(bool keepUnsavedEdits = false);
    bool saveSeller();

    DealStore *m_store;
    QUndoStack *m_undoStack;
    Database *m_db = nullptr;
    Database *m_sellerFrom = nullptr;
    QVBoxLayout *m_sections =
        nullptr; // the scrolled content's layout // the database the seller form was read from
    QTableWidget *m_stages;
    SellerDetailsForm *m_seller;
    QLabel *m_sellerLoadError;
    QPushButton *m_save;
    std::optional<SellerDetails> m_storedSeller; // as in the database; none: unreadable
};

} // namespace dealboard
