#include "mainwindow.h"

#include "analytics/figureformat.h"
#include "analytics/forecastpage.h"
#include "analytics/funnelpage.h"
#include "analytics/pipelinesummary.h"
#include "backupscheduler.h"
#include "backupsettingsform.h"
#include "boardpage.h"
#include "clock.h"
#include "companiespage.h"
#include "contactspage.h"
#include "contacttablemodel.h"
#include "dealactions.h"
#include "dealspage.h"
#include "dealstore.h"
#include "dealtablemodel.h"
#include "email/emailactions.h"
#include "filedialog.h"
#include "firstrundialog.h"
#include "messagebox.h"
#include "newdatabase.h"
#include "placeholderpage.h"
#include "playbooks/playbookspanel.h"
#include "quotes/quoteactions.h"
#include "quotes/quotespage.h"
#include "remindernotifier.h"
#include "reminderscheduler.h"
#include "restoreprompt.h"
#include "review/weeklyreviewpage.h"
#include "settingspage.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/restore.h"
#include "todaypage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace dealboard {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_store(new DealStore(this))
    , m_undoStack(new QUndoStack(this))
    , m_actions(new DealActions(m_undoStack, m_store, this, this))
    , m_quoteActions(new QuoteActions(m_undoStack, m_store, m_actions, this, this))
    , m_dealModel(new DealTableModel(m_store, this))
    , m_navigation(new QListWidget(this))
    , m_sections(new QStackedWidget(this))
    , m_pipelineLabel(new QLabel(this))
    , m_checkpointTimer(new QTimer(this))
    , m_backups(new BackupScheduler(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/dealboard.svg"_s));
    m_email = new EmailActions(m_undoStack, this, this);
    createSections();
    m_playbooks = new PlaybooksPanel(m_undoStack, m_store, this);
    addDockWidget(Qt::RightDockWidgetArea, m_playbooks);
    resizeDocks({m_playbooks}, {360}, Qt::Horizontal);
    m_playbooks->follow(m_boardPage, m_dealsPage->view());
    createMenus();
    connect(m_quoteActions, &QuoteActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_pipelineLabel->setObjectName(u"pipelineStatus"_s);
    m_undoStack->setObjectName(u"undoStack"_s);
    connect(m_store, &DealStore::resetDone, this, &MainWindow::updateStatus);
    connect(m_store, &DealStore::appended, this, &MainWindow::updateStatus);
    connect(m_store, &DealStore::changed, this, &MainWindow::updateStatus);
    // Two seconds after the last change, the log goes into the file (see setIdleCheckpoints).
    m_checkpointTimer->setObjectName(u"checkpointTimer"_s);
    m_checkpointTimer->setSingleShot(true);
    m_checkpointTimer->setInterval(2000);
    connect(m_checkpointTimer, &QTimer::timeout, this, [this] {
        if (m_database)
            if (const Result<bool> done = m_database->checkpoint(); !done)
                qWarning("checkpoint: %s", qPrintable(done.errorMessage()));
    });
    connect(m_store, &DealStore::resetDone, m_checkpointTimer, qOverload<>(&QTimer::start));
    connect(m_store, &DealStore::appended, m_checkpointTimer, qOverload<>(&QTimer::start));
    connect(m_store, &DealStore::changed, m_checkpointTimer, qOverload<>(&QTimer::start));
    connect(m_undoStack, &QUndoStack::indexChanged, m_checkpointTimer, qOverload<>(&QTimer::start));
    // Any change of the data (a move, an edit, an undo, a reload) recomputes the figures.
    for (AnalyticsPage *page :
         std::initializer_list<AnalyticsPage *>{m_forecastPage, m_funnelPage}) {
        connect(m_store, &DealStore::changed, page, &AnalyticsPage::markStale);
        connect(m_store, &DealStore::appended, page, &AnalyticsPage::markStale);
        connect(m_store, &DealStore::resetDone, page, &AnalyticsPage::markStale);
        connect(m_undoStack, &QUndoStack::indexChanged, page, &AnalyticsPage::markStale);
    }
    connect(m_store, &DealStore::changed, m_reviewPage, &WeeklyReviewPage::markStale);
    connect(m_store, &DealStore::appended, m_reviewPage, &WeeklyReviewPage::markStale);
    connect(m_store, &DealStore::resetDone, m_reviewPage, &WeeklyReviewPage::markStale);
    connect(m_undoStack, &QUndoStack::indexChanged, m_reviewPage, &WeeklyReviewPage::markStale);
    statusBar()->addPermanentWidget(m_pipelineLabel);
    connect(m_backups, &BackupScheduler::backedUp, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    connect(m_backups, &BackupScheduler::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The automatic backup failed: %1").arg(message), 15000);
    });
    auto *backupForm = new BackupSettingsForm(m_backups);
    backupForm->setObjectName(u"backupSettings"_s);
    m_settingsPage->addSection(tr("Backups (this computer)"), backupForm);
    m_email->addSettingsSections(m_settingsPage, m_store);
    setDatabase(std::move(database));
    restoreSettings();
}

MainWindow::~MainWindow()
{
    m_reviewPage->setDatabase(nullptr); // saves the priorities being typed while it can
}

void MainWindow::createSections()
{
    struct Entry
    {
        QString title;
        QString promise; // empty: a real page
    };
    // clang-format off
    const QList<Entry> entries{
        {tr("Today"), {}},
        {tr("Board"), {}},
        {tr("Deals"), {}},
        {tr("Companies"), {}},
        {tr("Contacts"), {}},
        {tr("Quotes"), {}},
        {tr("Forecast"), {}},
        {tr("Funnel & KPIs"), {}},
        {tr("Settings"), {}},
    };
    // clang-format on
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Sections"));
    m_sections->setObjectName(u"sections"_s);
    for (const Entry &e : entries) {
        m_navigation->addItem(e.title);
        if (!e.promise.isEmpty()) {
            m_sections->addWidget(new PlaceholderPage(e.title, e.promise, m_sections));
        } else if (!m_todayPage) {
            m_todayPage = new TodayPage(m_store, m_undoStack, m_actions, m_sections);
            m_sections->addWidget(m_todayPage);
        } else if (!m_boardPage) {
            m_boardPage = new BoardPage(m_store, m_sections);
            m_sections->addWidget(m_boardPage);
        } else if (!m_dealsPage) {
            m_dealsPage = new DealsPage(m_dealModel, m_sections);
            m_sections->addWidget(m_dealsPage);
        } else if (!m_companiesPage) {
            m_companiesPage = new CompaniesPage(m_undoStack, m_sections);
            m_sections->addWidget(m_companiesPage);
        } else if (!m_contactsPage) {
            m_contactsPage = new ContactsPage(m_undoStack, m_sections);
            m_sections->addWidget(m_contactsPage);
        } else if (!m_quotesPage) {
            m_quotesPage = new QuotesPage(m_store, m_quoteActions, m_sections);
            m_sections->addWidget(m_quotesPage);
        } else if (!m_forecastPage) {
            m_forecastPage = new ForecastPage(m_store, m_sections);
            m_sections->addWidget(m_forecastPage);
        } else if (!m_funnelPage) {
            m_funnelPage = new FunnelPage(m_store, m_undoStack, m_sections);
            m_sections->addWidget(m_funnelPage);
        } else {
            m_settingsPage = new SettingsPage(m_store, m_undoStack, m_sections);
            m_sections->addWidget(m_settingsPage);
        }
    }
    // The weekly ritual, right after the daily one.
    m_reviewPage = new WeeklyReviewPage(m_undoStack, m_sections);
    m_navigation->insertItem(int(Section::WeeklyReview), tr("Weekly review"));
    m_sections->insertWidget(int(Section::WeeklyReview), m_reviewPage);
    connect(m_reviewPage, &WeeklyReviewPage::openDealRequested, m_actions, &DealActions::editDeal);
    connect(m_reviewPage, &WeeklyReviewPage::monthlyReviewRequested, this,
            [this] { showSection(Section::Funnel); });
    connect(m_reviewPage, &WeeklyReviewPage::quarterlyReviewRequested, this,
            [this] { showSection(Section::Forecast); });
    m_navigation->setMinimumWidth(170);
    m_navigation->setMaximumWidth(260);
    m_navigation->setSpacing(3);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(u"QListWidget::item { padding: 5px 10px; }"_s);
    connect(m_navigation, &QListWidget::currentRowChanged, m_sections,
            &QStackedWidget::setCurrentIndex);
    connect(m_boardPage, &BoardPage::moveRequested, this,
            [this](const QList<qint64> &ids, const QString &stage, qint64 beforeId) {
                if (m_actions->moveDeals(ids, stage, beforeId) > 0)
                    m_boardPage->selectDeal(ids.first());
            });
    connect(m_todayPage, &TodayPage::countChanged, this, [this](int n) {
        m_navigation->item(int(Section::Today))
            ->setText(tr("Today (%1)").arg(QLocale().toString(n)));
    });
    auto *reminders = new ReminderNotifier(this);
    connect(m_todayPage->reminders(), &ReminderScheduler::due, reminders, &ReminderNotifier::show);
    connect(reminders, &ReminderNotifier::opened, this, [this] {
        showSection(Section::Today);
        setWindowState(windowState() & ~Qt::WindowMinimized);
        raise();
        activateWindow();
    });
    connect(m_boardPage, &BoardPage::lostRequested, m_actions, &DealActions::markLost);
    connect(m_boardPage, &BoardPage::openRequested, m_actions, &DealActions::editDeal);
    // A company or contact change shows on deals, and on the other list.
    connect(m_companiesPage, &CompaniesPage::changed, this, [this] {
        reload();
        m_contactsStale = true;
    });
    connect(m_contactsPage, &ContactsPage::changed, this, [this] {
        reload();
        m_companiesStale = true;
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::refreshListsIfShown);
    connect(m_dealsPage->view(), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) {
                m_actions->editDeal(index.data(DealTableModel::IdRole).toLongLong());
            });
    connect(m_boardPage, &BoardPage::reorderRequested, this, [this](qint64 id, qint64 beforeId) {
        if (m_actions->reorder(id, beforeId))
            m_boardPage->selectDeal(id);
    });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_sections);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 1090});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
}

MainWindow::Section MainWindow::currentSection() const
{
    return static_cast<Section>(m_sections->currentIndex());
}

void MainWindow::showSection(Section section)
{
    m_navigation->setCurrentRow(static_cast<int>(section));
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    m_reviewPage->setDatabase(nullptr); // a pending note goes to the database it was for
    m_undoStack->clear();               // its commands belong to the database they changed
    m_actions->setDatabase(nullptr);
    m_email->setDatabase(nullptr);
    m_quoteActions->setDatabase(nullptr);
    m_quotesPage->setDatabase(nullptr);
    m_database = std::move(database);
    if (m_database)
        (void)m_database->setIdleCheckpoints(true);
    m_actions->setDatabase(m_database.get());
    m_settingsPage->setDatabase(m_database.get());
    m_forecastPage->setDatabase(m_database.get());
    m_funnelPage->setDatabase(m_database.get());
    m_reviewPage->setDatabase(m_database.get());
    m_playbooks->setDatabase(m_database.get());
    m_companiesStale = m_contactsStale = true;
    refreshListsIfShown();
    reload();
    m_todayPage->setDatabase(m_database.get());
    m_quoteActions->setDatabase(m_database.get());
    m_quotesPage->setDatabase(m_database.get());
    m_backups->setDatabase(m_database.get());
    m_email->setDatabase(m_database.get());
    if (auto *form = findChild<BackupSettingsForm *>(u"backupSettings"_s))
        form->refresh();
    if (m_backupsStarted && m_database)
        m_backups->start();
    updateTitle();
}

void MainWindow::startBackups()
{
    m_backupsStarted = true;
    if (m_database)
        m_backups->start();
}

void MainWindow::restoreFromBackup()
{
    if (!m_database)
        return;
    const QString path = m_database->path();
    const QString backup = RestorePrompt::ask(this, path, m_backups->folder());
    if (backup.isEmpty())
        return;
    // The file is replaced: nothing of this process may hold it open.
    m_backups->stop();
    setDatabase(nullptr);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<RestoreOutcome> outcome = Restore::restore(backup, path);
    QApplication::restoreOverrideCursor();
    Result<std::unique_ptr<Database>> db = Database::open(path);
    const QString openError = db ? QString() : db.errorMessage();
    if (db)
        setDatabase(std::move(db).value());
    RestorePrompt::report(this, outcome);
    if (!openError.isEmpty())
        MessageBox::critical(this, tr("Cannot open the database"), openError);
}

void MainWindow::refreshListsIfShown()
{
    if (m_companiesStale && currentSection() == Section::Companies) {
        m_companiesStale = false;
        m_companiesPage->setDatabase(m_database.get());
    }
    if (m_contactsStale && currentSection() == Section::Contacts) {
        m_contactsStale = false;
        m_contactsPage->setDatabase(m_database.get());
    }
}

void MainWindow::markSelectedLost()
{
    const QList<qint64> ids = selectedDeals(false);
    if (ids.isEmpty())
        statusBar()->showMessage(tr("Select deals on the board or in the Deals list first."), 4000);
    else
        m_actions->markLost(ids);
}

void MainWindow::reload()
{
    if (!m_database)
        return;
    if (Status s = m_store->load(*m_database); !s) {
        MessageBox::critical(this, tr("Cannot read the deals"), s.errorMessage());
        return;
    }
    m_dealsPage->refresh();
    m_quotesPage->reload();
}

void MainWindow::updateStatus()
{
    const PipelineSummary sum = PipelineSummary::of(m_store->deals(), m_store->playbook());
    const QLocale locale;
    m_pipelineLabel->setText(
        tr("Open pipeline %1 · weighted %2 · %Ln open deal(s)", nullptr, sum.openDeals)
            .arg(sum.openMrr.format(locale, Money::Cents::WhenNeeded),
                 sum.weightedMrr.format(locale, Money::Cents::WhenNeeded)));
    m_pipelineLabel->setToolTip(
        tr("Monthly recurring revenue of the open deals; weighted by "
           "each stage's probability. Annualised: %1.")
            .arg(sum.openMrr.times(12).value().format(locale, Money::Cents::WhenNeeded)));
    // Coverage against this quarter's new-MRR objective, when the playbook has one.
    const Playbook &pb = m_store->playbook();
    const Objective *objective =
        pb.objective(Period::quarter(Clock::current().now().date()).quarterKey());
    if (objective && objective->newMrrCents > 0) {
        const int x100 = int(sum.pipelineMrr.cents() * 100 / objective->newMrrCents);
        m_pipelineLabel->setText(m_pipelineLabel->text() + u" · "_s +
                                 tr("coverage %1").arg(FigureFormat::times(x100, locale)));
        m_pipelineLabel->setToolTip(
            m_pipelineLabel->toolTip() + u"\n"_s +
            tr("Coverage: the pipeline from Qualified on (%1) over the %2 new-MRR objective (%3).")
                .arg(FigureFormat::money(sum.pipelineMrr, locale), objective->quarter,
                     FigureFormat::money(Money(objective->newMrrCents, pb.currency()), locale)));
    }
    m_navigation->item(static_cast<int>(Section::Board))
        ->setText(tr("Board (%1)").arg(locale.toString(sum.openDeals)));
    m_navigation->item(static_cast<int>(Section::Deals))
        ->setText(tr("Deals (%1)").arg(locale.toString(m_store->deals().size())));
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_database ? tr("%1 — Dealboard").arg(QFileInfo(m_database->path()).fileName())
                              : tr("Dealboard"));
    setWindowFilePath(m_database ? m_database->path() : QString());
}

bool MainWindow::openDatabase(const QString &path)
{
    if (m_database && QFileInfo(path).absoluteFilePath() == m_database->path())
        return true;
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        MessageBox::critical(this, tr("Cannot open the database"), db.errorMessage());
        return false;
    }
    setDatabase(std::move(db).value());
    return true;
}

void MainWindow::openDatabaseDialog()
{
    const QString dir = m_database ? QFileInfo(m_database->path()).absolutePath() : QString();
    const QString path = FileDialog::openFileName(this, tr("Open Database"), dir,
                                                  tr("Dealboard databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::newDatabase()
{
    const QString dir = m_database ? QFileInfo(m_database->path()).absolutePath() : QString();
    const QString path =
        FileDialog::saveFileName(this, tr("New Database"), dir, tr("Dealboard databases (*.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBox::critical(this, tr("New Database"),
                             tr("%1 already exists. Dealboard never overwrites a file; choose "
                                "another name, or open it with File ▸ Open Database.")
                                 .arg(path));
        return;
    }
    const FirstRunDialog::Choice choice = FirstRunDialog::ask(this, path);
    if (choice == FirstRunDialog::Choice::Cancel)
        return;
    Result<std::unique_ptr<Database>> db =
        openOrCreateDatabase(this, path, choice == FirstRunDialog::Choice::SampleData);
    if (!db) {
        MessageBox::critical(this, tr("Cannot create the database"), db.errorMessage());
        return;
    }
    setDatabase(std::move(db).value());
}

void MainWindow::backUpDatabase()
{
    if (!m_database)
        return;
    const QFileInfo info(m_database->path());
    const QString suggested = info.absolutePath() + u'/' + info.completeBaseName() +
                              QDate::currentDate().toString(u"-yyyy-MM-dd"_s) + u".db"_s;
    const QString path = FileDialog::saveFileName(this, tr("Back Up Database"), suggested,
                                                  tr("Dealboard databases (*.db)"));
    if (path.isEmpty())
        return;
    if (Status s = m_database->backupTo(path); !s) {
        MessageBox::critical(this, tr("Backup failed"), s.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(path), 5000);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value("mainWindow/geometry"_L1).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value("mainWindow/state"_L1).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        splitter->restoreState(settings.value("mainWindow/splitter"_L1).toByteArray());
    m_dealsPage->restoreSettings(settings);
    m_customerColumn->setChecked(settings.value("board/customerColumn"_L1, false).toBool());
    const int section = settings.value("mainWindow/section"_L1, int(Section::Board)).toInt();
    showSection(static_cast<Section>(std::clamp(section, 0, kSectionCount - 1)));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue("mainWindow/geometry"_L1, saveGeometry());
    settings.setValue("mainWindow/state"_L1, saveState());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        settings.setValue("mainWindow/splitter"_L1, splitter->saveState());
    settings.setValue("mainWindow/section"_L1, static_cast<int>(currentSection()));
    m_dealsPage->saveSettings(settings);
    settings.setValue("board/customerColumn"_L1, m_customerColumn->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace dealboard
