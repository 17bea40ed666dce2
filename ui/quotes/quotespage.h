#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QAction;
class QStackedWidget;
class QTableView;

namespace dealboard {

class Database;
class DealStore;
class QuoteActions;
class QuoteFilterModel;
class QuoteTableModel;

// The Quotes section: every quote and revision with its deal, status and totals, filtered by
// status and text; the buttons act on the selected quote as its status allows (edit or view,
// send, record the signature, decline, new revision, export to PDF, print).
class QuotesPage : public QWidget
{
    Q_OBJECT

public:
    QuotesPage(DealStore *store, QuoteActions *actions, QWidget *parent = nullptr);

    // Shows the quotes of `db` (nullptr: none); quotes past their validity become expired.
    void setDatabase(Database *db);
    // Reads the quotes again, at once when shown, else when next shown.
    void reload();
    void focusSearch();
    QTableView *view() const { return m_view; }
    QuoteTableModel *model() const { return m_model; }
    // The selected quote's id, 0 when none.
    qint64 currentQuote() const;
    void selectQuote(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();
    void updateFilter();
    void openCurrent();
    void sendCurrent();
    void signCurrent();
    void declineCurrent();
    void reviseCurrent();
    void exportCurrent();
    void printCurrent();
    void newQuote();
    void editCatalogue();

    DealStore *m_store;
    QuoteActions *m_actions;
    Database *m_db = nullptr;
    bool m_stale = false;
    QuoteTableModel *m_model;
    QuoteFilterModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_status;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QList<QAction *> m_toolActions; // the tool bar's, by object name
};

} // namespace dealboard
