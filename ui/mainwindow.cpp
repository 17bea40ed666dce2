#include "mainwindow.h"

#include "analytics/figureformat.h"
#include "analytics/forecastpage.h"
#include "analytics/funnelpage.h"
#include "analytics/pipelinesummary.h"
#include "boardpage.h"
#include "clock.h"
#include "companiespage.h"
#include "contactspage.h"
#include "contacttablemodel.h"
#include "dealactions.h"
#include "dealspage.h"
#include "dealstore.h"
#include "dealtablemodel.h"
#include "filedialog.h"
#include "firstrundialog.h"
#include "messagebox.h"
#include "newdatabase.h"
#include "placeholderpage.h"
#include "settingspage.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
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

namespace {
constexpr int kSectionCount = 9;
}

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_store(new DealStore(this))
    , m_undoStack(new QUndoStack(this))
    , m_actions(new DealActions(m_undoStack, m_store, this, this))
    , m_dealModel(new DealTableModel(m_store, this))
    , m_navigation(new QListWidget(this))
    , m_sections(new QStackedWidget(this))
    , m_pipelineLabel(new QLabel(this))
    , m_checkpointTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/dealboard.svg"_s));
    createSections();
    createMenus();
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
    statusBar()->addPermanentWidget(m_pipelineLabel);
    setDatabase(std::move(database));
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createSections()
{
    struct Entry
    {
        QString title;
        QString promise; // empty: a real page
    };
    const QList<Entry> entries{
        {tr("Today"), tr("What is due today: new leads to answer within 4 hours, follow-ups, "
                         "demo recaps and relaunches. Comes with follow-ups and rituals.")},
        {tr("Board"), {}},
        {tr("Deals"), {}},
        {tr("Companies"), {}},
        {tr("Contacts"), {}},
        {tr("Quotes"), tr("Quotes from the catalogue with the discount policy enforced, "
                          "exported to PDF, printed and signed.")},
        {tr("Forecast"), {}},
        {tr("Funnel & KPIs"), {}},
        {tr("Settings"), {}},
    };
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Sections"));
    m_sections->setObjectName(u"sections"_s);
    for (const Entry &e : entries) {
        m_navigation->addItem(e.title);
        if (!e.promise.isEmpty()) {
            m_sections->addWidget(new PlaceholderPage(e.title, e.promise, m_sections));
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

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *backup = file->addAction(tr("&Back Up Database…"), this, &MainWindow::backUpDatabase);
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Ctrl+Q qualifies a deal (the founder does it many times a day); quitting is Ctrl+Shift+Q.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find Deals…"), this, [this] {
        if (currentSection() == Section::Board) {
            m_boardPage->focusSearch();
            return;
        }
        if (currentSection() == Section::Companies) {
            m_companiesPage->focusSearch();
            return;
        }
        if (currentSection() == Section::Contacts) {
            m_contactsPage->focusSearch();
            return;
        }
        showSection(Section::Deals);
        m_dealsPage->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *deal = menuBar()->addMenu(tr("&Deal"));
    QAction *newDeal = deal->addAction(tr("&New Deal…"), this, [this] {
        if (const qint64 id = m_actions->newDeal()) {
            showSection(Section::Board);
            m_boardPage->selectDeal(id);
        }
    });
    newDeal->setObjectName(u"newDealAction"_s);
    newDeal->setShortcut(QKeySequence::New);
    QAction *qualify = deal->addAction(tr("&Qualify…"), this, [this] {
        QList<qint64> ids = m_boardPage->selectedDeals();
        if (currentSection() == Section::Deals && m_dealsPage->view()->currentIndex().isValid())
            ids = {m_dealsPage->view()->currentIndex().data(DealTableModel::IdRole).toLongLong()};
        if (currentSection() == Section::Contacts) {
            const QModelIndex contact = m_contactsPage->view()->currentIndex();
            const qint64 dealId =
                contact.isValid()
                    ? m_actions->dealToQualify(contact.data(ContactTableModel::IdRole).toLongLong())
                    : 0;
            if (!dealId) {
                statusBar()->showMessage(tr("This contact has no open deal to qualify; create "
                                            "one with Ctrl+N."),
                                         5000);
                return;
            }
            ids = {dealId};
        }
        if (ids.size() == 1)
            m_actions->qualify(ids.first());
        else
            statusBar()->showMessage(
                tr("Select one deal (board, Deals or Contacts list) to qualify it."), 4000);
    });
    qualify->setObjectName(u"qualifyAction"_s);
    qualify->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // the playbook's shortcut
    QAction *lost = deal->addAction(tr("Mark as &Lost…"), this, &MainWindow::markSelectedLost);
    lost->setObjectName(u"markLostAction"_s);
    lost->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    deal->addSeparator();
    deal->addAction(tr("Move to the next stage: Ctrl+Right on a card"))->setEnabled(false);
    deal->addAction(tr("Move up or down its column: Ctrl+Up/Down"))->setEnabled(false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < kSectionCount; ++i) {
        QAction *a = view->addAction(m_navigation->item(i)->text(), this,
                                     [this, i] { showSection(static_cast<Section>(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    view->addSeparator();
    m_customerColumn = view->addAction(tr("Show the &Customer Column"));
    m_customerColumn->setObjectName(u"customerColumnAction"_s);
    m_customerColumn->setCheckable(true);
    connect(m_customerColumn, &QAction::toggled, m_boardPage, &BoardPage::setCustomerColumnVisible);
    QAction *refresh = view->addAction(tr("&Reload"), this, &MainWindow::reload);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Dealboard"), this, [this] {
        QMessageBox::about(
            this, tr("About Dealboard"),
            tr("<h3>Dealboard %1</h3><p>An offline pipeline manager for founder-led sales: "
               "your sales playbook, as the way the software works.</p><p>Your data stays in "
               "one SQLite file on this computer.</p><p>Licensed under the GNU General Public "
               "License, version 3 or later.</p>")
                .arg(QStringLiteral(DEALBOARD_VERSION)));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
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
    m_undoStack->clear(); // its commands belong to the database they changed
    m_actions->setDatabase(nullptr);
    m_database = std::move(database);
    if (m_database)
        (void)m_database->setIdleCheckpoints(true);
    m_actions->setDatabase(m_database.get());
    m_settingsPage->setDatabase(m_database.get());
    m_forecastPage->setDatabase(m_database.get());
    m_funnelPage->setDatabase(m_database.get());
    m_companiesStale = m_contactsStale = true;
    refreshListsIfShown();
    reload();
    updateTitle();
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
    QList<qint64> ids = m_boardPage->selectedDeals();
    if (ids.isEmpty())
        statusBar()->showMessage(tr("Select deals on the board first."), 4000);
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
