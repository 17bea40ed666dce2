#include "importhistorydialog.h"

#include "dialoghook.h"
#include "io/importer.h"
#include "messagebox.h"
#include "storage/importbatchrepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

std::function<void(ImportHistoryDialog &)> &testHook()
{
    static std::function<void(ImportHistoryDialog &)> hook;
    return hook;
}

QTableWidgetItem *item(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_table(new QTableWidget(this))
    , m_empty(new QLabel(tr("Nothing was imported into this database yet."), this))
    , m_undo(new QPushButton(tr("&Undo Import…"), this))
{
    setObjectName(u"importHistoryDialog"_s);
    setWindowTitle(tr("Import History"));
    m_table->setObjectName(u"importHistory"_s);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Imported"), tr("File"), tr("From"), tr("Rows"), tr("New / updated"), tr("Undone")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_undo->setObjectName(u"undoImport"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(720, 380);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ImportHistoryDialog::updateButtons);
    reload();
}

void ImportHistoryDialog::reload()
{
    const Result<QList<ImportBatch>> batches = ImportBatchRepository(m_database).list();
    m_batches = batches ? *batches : QList<ImportBatch>();
    const QLocale l;
    m_table->setRowCount(int(m_batches.size()));
    for (int row = 0; row < m_batches.size(); ++row) {
        const ImportBatch &b = m_batches.at(row);
        m_table->setItem(row, 0, item(l.toString(b.at.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 1, item(b.fileName));
        m_table->setItem(row, 2, item(Importer::sourceName(b.source)));
        m_table->setItem(row, 3, item(l.toString(b.rows)));
        m_table->setItem(row, 4,
                         item(tr("%1 / %2").arg(l.toString(b.created), l.toString(b.updated))));
        m_table->setItem(row, 5,
                         item(b.undoneAt.isValid()
                                  ? l.toString(b.undoneAt.toLocalTime(), QLocale::ShortFormat)
                                  : QString()));
    }
    m_table->resizeColumnsToContents();
    m_empty->setVisible(m_batches.isEmpty());
    m_table->setVisible(!m_batches.isEmpty());
    if (!m_batches.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void ImportHistoryDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_undo->setEnabled(row >= 0 && row < m_batches.size() && !m_batches.at(row).undoneAt.isValid());
}

void ImportHistoryDialog::undoSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_batches.size())
        return;
    const ImportBatch b = m_batches.at(row);
    ImportBatchRepository batches(m_database);
    const Result<qint64> changed = batches.changedSince(b.id);
    if (!changed) {
        MessageBox::critical(this, tr("Cannot undo the import"), changed.errorMessage());
        return;
    }
    QString text = tr("Undo the import of %1? The %n row(s) it created will be deleted and "
                      "those it updated set back as they were.",
                      nullptr, int(b.created))
                       .arg(b.fileName);
    if (*changed > 0)
        text += u"\n\n"_s + tr("%n of its row(s) changed since the import: undoing sets them "
                               "back or deletes them too.",
                               nullptr, int(*changed));
    if (MessageBox::question(this, tr("Undo Import"), text, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<ImportUndoOutcome> outcome = batches.undo(b.id);
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        MessageBox::critical(this, tr("Cannot undo the import"), outcome.errorMessage());
        return;
    }
    m_undoneAny = true;
    reload();
}

bool ImportHistoryDialog::run(Database &database, QWidget *parent)
{
    ImportHistoryDialog dialog(database, parent);
    execWithHook<ImportHistoryDialog>(dialog, testHook());
    return dialog.undoneAny();
}

void ImportHistoryDialog::setTestHook(std::function<void(ImportHistoryDialog &)> hook)
{
    testHook() = std::move(hook);
}

} // namespace dealboard
