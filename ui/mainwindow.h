#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace dealboard {

class Database;
class DealTableModel;
class DealsPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section
    {
        Today,
        Board,
        Deals,
        Companies,
        Contacts,
        Quotes,
        Forecast,
        Funnel,
        Settings
    };

    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database *database() const { return m_database.get(); }
    DealTableModel *dealModel() const { return m_dealModel; }
    Section currentSection() const;
    void showSection(Section section);

    // Re-reads the database into the views and the status bar.
    void reload();
    // Replaces the open database; a refused file is reported and the current one stays.
    bool openDatabase(const QString &path);
    void newDatabase();
    void openDatabaseDialog();
    void backUpDatabase();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createSections();
    void createMenus();
    void setDatabase(std::unique_ptr<Database> database);
    void updateTitle();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Database> m_database;
    DealTableModel *m_dealModel;
    QListWidget *m_navigation;
    QStackedWidget *m_sections;
    DealsPage *m_dealsPage = nullptr;
    QLabel *m_pipelineLabel;
};

} // namespace dealboard
