#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace dealboard {

class BackupScheduler;
class BoardPage;
class ForecastPage;
class FunnelPage;
class PlaybooksPanel;
class CompaniesPage;
class ContactsPage;
class Database;
class DealActions;
class DealStore;
class DealTableModel;
class EmailActions;
class DealsPage;
class QuoteActions;
class QuotesPage;
class SettingsPage;
class TodayPage;
class WeeklyReviewPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section
    {
        Today,
        WeeklyReview,
        Board,
        Deals,
        Companies,
        Contacts,
        Quotes,
        Forecast,
        Funnel,
        Settings
    };

    static constexpr int kSectionCount = 10;

    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database *database() const { return m_database.get(); }
    DealTableModel *dealModel() const { return m_dealModel; }
    DealStore *store() const { return m_store; }
    BoardPage *board() const { return m_boardPage; }
    ForecastPage *forecastPage() const { return m_forecastPage; }
    FunnelPage *funnelPage() const { return m_funnelPage; }
    DealActions *actions() const { return m_actions; }
    QuoteActions *quoteActions() const { return m_quoteActions; }
    EmailActions *emailActions() const { return m_email; }
    QuotesPage *quotesPage() const { return m_quotesPage; }
    TodayPage *todayPage() const { return m_todayPage; }
    WeeklyReviewPage *reviewPage() const { return m_reviewPage; }
    PlaybooksPanel *playbooks() const { return m_playbooks; }
    QUndoStack *undoStack() const { return m_undoStack; }
    Section currentSection() const;
    // Writes the log into the file once the user has paused this long (no move or edit pays).
    QTimer *checkpointTimer() const { return m_checkpointTimer; }
    void showSection(Section section);

    // Re-reads the database into the views and the status bar.
    void reload();
    // Replaces the open database; a refused file is reported and the current one stays.
    bool openDatabase(const QString &path);
    void newDatabase();
    void openDatabaseDialog();
    void backUpDatabase();
    // File ▸ Restore from Backup…: the chosen backup replaces the database, which is kept
    // aside (Restore), then opened again.
    void restoreFromBackup();
    // File ▸ Export…: one kind of record as CSV, or the whole database as JSON.
    void exportData();
    // File ▸ Import…: a CSV export of HubSpot, Pipedrive or Dealboard (ImportDialog), or a
    // whole-database JSON export into this database when it is empty.
    void importData();
    // File ▸ Import History…: the imports, each of which can be undone as a whole.
    void showImportHistory();
    // Automatic backups of the open database (at start when due, then every few hours).
    // Started by the application, not by tests that make windows.
    void startBackups();
    BackupScheduler *backups() const { return m_backups; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createSections();
    // After an import or its undo, written through another connection or in bulk: every view
    // reads the database again, and the undo stack, whose commands knew the rows as they were,
    // is cleared.
    void reopenDatabase();
    void importJson(const QString &path);
    void createMenus();
    void setDatabase(std::unique_ptr<Database> database);
    void updateTitle();
    void updateStatus();
    void markSelectedLost();
    // The deals the user points at: the Deals list's current row, the contact's deal to
    // qualify (Contacts, when `forQualifying`), else the board's selection.
    QList<qint64> selectedDeals(bool forQualifying);
    // The company and contact lists load when first shown (they cost time at 100,000 deals).
    void refreshListsIfShown();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Database> m_database;
    DealStore *m_store;
    QUndoStack *m_undoStack;
    DealActions *m_actions;
    QuoteActions *m_quoteActions;
    DealTableModel *m_dealModel;
    BoardPage *m_boardPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    ForecastPage *m_forecastPage = nullptr;
    FunnelPage *m_funnelPage = nullptr;
    CompaniesPage *m_companiesPage = nullptr;
    ContactsPage *m_contactsPage = nullptr;
    QuotesPage *m_quotesPage = nullptr;
    TodayPage *m_todayPage = nullptr;
    WeeklyReviewPage *m_reviewPage = nullptr;
    PlaybooksPanel *m_playbooks = nullptr;
    bool m_companiesStale = true;
    bool m_contactsStale = true;
    QAction *m_customerColumn = nullptr;
    QListWidget *m_navigation;
    QStackedWidget *m_sections;
    DealsPage *m_dealsPage = nullptr;
    QLabel *m_pipelineLabel;
    QTimer *m_checkpointTimer;
    BackupScheduler *m_backups;
    bool m_backupsStarted = false;
    EmailActions *m_email = nullptr;
};

} // namespace dealboard
