#include "settingspage.h"

#include "dealstore.h"
#include "messagebox.h"
#include "sellerdetailsform.h"
#include "setplaybookcommand.h"
#include "setvaluecommand.h"
#include "storage/database.h"
#include "storage/sellerrepository.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

SettingsPage::SettingsPage(DealStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_stages(new QTableWidget(this))
    , m_seller(new SellerDetailsForm(this))
    , m_sellerLoadError(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(u"settingsPage"_s);
    auto *title = new QLabel(tr("<b>Stages</b> — a deal that stays in a stage longer than its "
                                "limit is marked as rotting on the board (0: never)."),
                             this);
    title->setWordWrap(true);
    m_stages->setObjectName(u"settingsStages"_s);
    m_stages->setColumnCount(3);
    m_stages->setHorizontalHeaderLabels(
        {tr("Stage"), tr("Probability"), tr("Rotting after (days)")});
    m_stages->verticalHeader()->hide();
    m_stages->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_stages->setSelectionMode(QAbstractItemView::NoSelection);
    m_stages->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_save->setObjectName(u"settingsSave"_s);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);

    // Everything but the Save button scrolls when the window is short.
    auto *content = new QWidget(this);
    m_sections = new QVBoxLayout(content);
    m_sections->addWidget(createSellerGroup());
    m_sections->addWidget(title);
    m_sections->addWidget(m_stages);
    m_sections->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"settingsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    m_seller->setSaveButton(m_save);
    connect(store, &DealStore::resetDone, this, &SettingsPage::refresh);
}

QWidget *SettingsPage::createSellerGroup()
{
    auto *group = new QGroupBox(tr("Seller (on quotes)"), this);
    group->setObjectName(u"settingsSeller"_s);
    auto *intro = new QLabel(tr("Who issues the quotes: the letterhead and the footer of every "
                                "quote show these details. They are kept in the database, so "
                                "the command line issues the same quotes."),
                             group);
    intro->setWordWrap(true);
    m_sellerLoadError->setObjectName(u"sellerLoadError"_s);
    m_sellerLoadError->setWordWrap(true);
    m_sellerLoadError->setTextFormat(Qt::PlainText);
    m_sellerLoadError->hide();
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(intro);
    layout->addWidget(m_sellerLoadError);
    layout->addWidget(m_seller);
    return group;
}

void SettingsPage::refresh()
{
    const QList<Stage> stages = m_store->playbook().openStages();
    m_stages->setRowCount(static_cast<int>(stages.size()));
    for (int row = 0; row < stages.size(); ++row) {
        const Stage &s = stages.at(row);
        auto *name = new QTableWidgetItem(s.name.text());
        name->setData(Qt::UserRole, s.key);
        name->setFlags(Qt::ItemIsEnabled);
        m_stages->setItem(row, 0, name);
        auto *probability = new QTableWidgetItem(u"%1 %"_s.arg(s.probability));
        probability->setFlags(Qt::ItemIsEnabled);
        m_stages->setItem(row, 1, probability);
        auto *days = new QSpinBox(m_stages);
        days->setObjectName(u"rotting_"_s + s.key);
        days->setRange(0, 3650);
        days->setValue(s.rottingDays);
        days->setAccessibleName(tr("Rotting limit of %1, in days").arg(s.name.text()));
        m_stages->setCellWidget(row, 2, days);
    }
    // Every stage shows; the page scrolls rather than the table.
    m_stages->resizeRowsToContents();
    m_stages->setFixedHeight(m_stages->horizontalHeader()->sizeHint().height() +
                             m_stages->verticalHeader()->length() + 2 * m_stages->frameWidth());
    // A reload of the window (F5, a company renamed, an undo) keeps what is being typed here.
    loadSeller(true);
}

void SettingsPage::loadSeller(bool keepUnsavedEdits)
{
    if (keepUnsavedEdits && m_db && m_db == m_sellerFrom && m_storedSeller &&
        m_seller->details() != *m_storedSeller)
        return;
    m_sellerFrom = m_db;
    m_storedSeller.reset();
    m_sellerLoadError->hide();
    if (!m_db) {
        m_seller->setDetails({});
        m_seller->setEnabled(false);
        return;
    }
    Result<SellerDetails> seller = SellerRepository(*m_db).load();
    if (!seller) {
        m_seller->setDetails({});
        m_seller->setEnabled(false);
        m_sellerLoadError->setText(
            tr("Cannot read the seller's details: %1").arg(seller.errorMessage()));
        m_sellerLoadError->show();
        return;
    }
    m_storedSeller = std::move(seller).value();
    m_seller->setEnabled(true);
    m_seller->setDetails(*m_storedSeller);
}

// Saves the seller's details when they changed: false (with the details still in the form)
// when they could not be saved.
bool SettingsPage::saveSeller()
{
    if (!m_storedSeller)
        return true; // unreadable: left alone
    const SellerDetails after = m_seller->details();
    if (after == *m_storedSeller)
        return true;
    const QPointer<SettingsPage> page(this);
    const int count = m_undoStack->count();
    Database &db = *m_db;
    m_undoStack->push(new SetValueCommand<SellerDetails>(
        [&db](const SellerDetails &details) { return SellerRepository(db).save(details); },
        *m_storedSeller, after, tr("Cannot save the seller's details"),
        [page](const SellerDetails &) {
            if (page)
                page->loadSeller();
        },
        tr("Change the seller's details")));
    return m_undoStack->count() > count; // a failed save is dropped at once
}

bool SettingsPage::save()
{
    if (!m_db)
        return false;
    // Nothing is saved while any part has a problem.
    if (!m_seller->validate(true).isEmpty())
        return false;
    QHash<QString, int> days;
    for (int row = 0; row < m_stages->rowCount(); ++row) {
        const QString key = m_stages->item(row, 0)->data(Qt::UserRole).toString();
        days.insert(key, static_cast<QSpinBox *>(m_stages->cellWidget(row, 2))->value());
    }
    const Playbook before = m_store->playbook();
    Result<Playbook> after = before.withRottingDays(days);
    if (!after) {
        MessageBox::critical(this, tr("Cannot save the settings"), after.errorMessage());
        return false;
    }
    // The seller first: saving the playbook reloads the page, edits in the form included.
    if (!saveSeller())
        return false;
    const bool changed = std::any_of(days.keyBegin(), days.keyEnd(), [&](const QString &key) {
        return before.stage(key) && before.stage(key)->rottingDays != days.value(key);
    });
    if (!changed)
        return true;
    m_undoStack->push(new SetPlaybookCommand(*m_db, *m_store, before, std::move(after).value(),
                                             tr("Change the rotting limits")));
    return true;
}

void SettingsPage::addSection(const QString &title, QWidget *content)
{
    auto *group = new QGroupBox(title, this);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(content);
    m_sections->insertWidget(m_sections->count() - 1, group); // above the stretch
}

} // namespace dealboard
