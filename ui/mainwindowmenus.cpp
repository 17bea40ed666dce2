#include "mainwindow.h"

#include "boardpage.h"
#include "companiespage.h"
#include "contactspage.h"
#include "contacttablemodel.h"
#include "dealactions.h"
#include "dealspage.h"
#include "dealtablemodel.h"
#include "email/emailactions.h"
#include "playbooks/playbookspanel.h"
#include "quotes/quoteactions.h"
#include "quotes/quotespage.h"
#include "quotes/quotetablemodel.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The main window's menus, apart from the window's own file so each stays readable.
namespace dealboard {

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *backup = file->addAction(tr("&Back Up Database…"), this, &MainWindow::backUpDatabase);
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *restore =
        file->addAction(tr("&Restore from Backup…"), this, &MainWindow::restoreFromBackup);
    restore->setObjectName(u"restoreAction"_s);
    QAction *importAction = file->addAction(tr("&Import…"), this, &MainWindow::importData);
    importAction->setObjectName(u"importAction"_s);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction *history =
        file->addAction(tr("Import &History…"), this, &MainWindow::showImportHistory);
    history->setObjectName(u"importHistoryAction"_s);
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportData);
    exportAction->setObjectName(u"exportAction"_s);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
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
        if (currentSection() == Section::Quotes) {
            m_quotesPage->focusSearch();
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
        const QList<qint64> ids = selectedDeals(true);
        if (ids.size() == 1)
            m_actions->qualify(ids.first());
        else if (currentSection() != Section::Contacts)
            statusBar()->showMessage(
                tr("Select one deal (board, Deals or Contacts list) to qualify it."), 4000);
    });
    qualify->setObjectName(u"qualifyAction"_s);
    qualify->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // the playbook's shortcut
    QAction *lost = deal->addAction(tr("Mark as &Lost…"), this, &MainWindow::markSelectedLost);
    lost->setObjectName(u"markLostAction"_s);
    lost->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *newQuote = deal->addAction(tr("New &Quote…"), this, [this] {
        const QList<qint64> ids = selectedDeals(false);
        if (const qint64 id = m_quoteActions->newQuote(ids.size() == 1 ? ids.first() : 0)) {
            showSection(Section::Quotes);
            m_quotesPage->selectQuote(id);
        }
    });
    newQuote->setObjectName(u"newQuoteAction"_s);
    newQuote->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q));
    QAction *sendEmail = deal->addAction(tr("Send &Email…"), this, [this] {
        const QList<qint64> ids = selectedDeals(false);
        if (ids.size() == 1)
            m_email->compose(ids.first());
        else
            statusBar()->showMessage(tr("Select one deal to write to its contact."), 4000);
    });
    sendEmail->setObjectName(u"sendEmailAction"_s);
    sendEmail->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_boardPage->setCardActions({qualify, newQuote, sendEmail, lost});
    m_dealsPage->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_dealsPage->view()->addActions({qualify, newQuote, sendEmail, lost});
    deal->addSeparator();
    deal->addAction(tr("Move to the next stage: Ctrl+Right on a card"))->setEnabled(false);
    deal->addAction(tr("Move up or down its column: Ctrl+Up/Down"))->setEnabled(false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < kSectionCount; ++i) {
        QAction *a = view->addAction(m_navigation->item(i)->text(), this,
                                     [this, i] { showSection(static_cast<Section>(i)); });
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth.
        a->setShortcut(
            QKeySequence(Qt::CTRL | static_cast<Qt::Key>(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
    }
    view->addSeparator();
    QAction *playbooks = m_playbooks->toggleViewAction();
    playbooks->setObjectName(u"playbooksAction"_s);
    playbooks->setText(tr("&Playbooks"));
    playbooks->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    view->addAction(playbooks);
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

QList<qint64> MainWindow::selectedDeals(bool forQualifying)
{
    if (currentSection() == Section::Deals && m_dealsPage->view()->currentIndex().isValid())
        return {m_dealsPage->view()->currentIndex().data(DealTableModel::IdRole).toLongLong()};
    if (currentSection() == Section::Contacts && forQualifying) {
        const QModelIndex contact = m_contactsPage->view()->currentIndex();
        const qint64 dealId =
            contact.isValid()
                ? m_actions->dealToQualify(contact.data(ContactTableModel::IdRole).toLongLong())
                : 0;
        if (!dealId) {
            statusBar()->showMessage(tr("This contact has no open deal to qualify; create "
                                        "one with Ctrl+N."),
                                     5000);
            return {};
        }
        return {dealId};
    }
    if (currentSection() == Section::Quotes) {
        const qint64 quote = m_quotesPage->currentQuote();
        const QModelIndex index = m_quotesPage->view()->currentIndex();
        if (quote && index.isValid())
            return {index.data(QuoteTableModel::DealIdRole).toLongLong()};
        return {};
    }
    // The board's selection only when the board is what the user sees.
    return currentSection() == Section::Board ? m_boardPage->selectedDeals() : QList<qint64>{};
}

} // namespace dealboard
