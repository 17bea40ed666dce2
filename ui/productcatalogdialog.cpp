#include "productcatalogdialog.h"

#include "producteditordialog.h"
#include "producttablemodel.h"
#include "saveproductcommand.h"
#include "storage/database.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

ProductCatalogDialog::ProductCatalogDialog(Database &db, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_undo(undoStack)
    , m_model(new ProductTableModel(this))
    , m_view(new QTableView(this))
    , m_showInactive(new QCheckBox(tr("Show &inactive products"), this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add Product…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_toggle(new QPushButton(tr("&Deactivate"), this))
{
    setObjectName(u"productCatalogDialog"_s);
    setWindowTitle(tr("Product Catalogue"));

    m_view->setObjectName(u"catalogTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProductTableModel::NameFr, QHeaderView::Stretch);
    header->setSectionResizeMode(ProductTableModel::NameEn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Products"));

    m_showInactive->setObjectName(u"catalogShowInactive"_s);
    m_showInactive->setChecked(true);
    m_showInactive->setToolTip(tr("Inactive products stay on the quotes that use them; new "
                                  "quotes cannot use them."));
    m_status->setObjectName(u"catalogStatus"_s);
    m_status->setTextFormat(Qt::PlainText);

    m_add->setObjectName(u"catalogAdd"_s);
    m_edit->setObjectName(u"catalogEdit"_s);
    m_toggle->setObjectName(u"catalogDeactivate"_s);
    m_toggle->setToolTip(tr("Products are never deleted: a deactivated one stays on old quotes "
                            "and is no longer offered on new ones."));

    auto *undoButton = new QToolButton(this);
    undoButton->setObjectName(u"catalogUndo"_s);
    auto *redoButton = new QToolButton(this);
    redoButton->setObjectName(u"catalogRedo"_s);
    if (m_undo) {
        QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
        redo->setShortcut(QKeySequence::Redo);
        addAction(undo);
        addAction(redo);
        undoButton->setDefaultAction(undo);
        redoButton->setDefaultAction(redo);
        // Whatever undoes or redoes (these buttons, the main window's menu): read it again.
        connect(m_undo, &QUndoStack::indexChanged, this, [this] {
            reload();
            Q_EMIT catalogueChanged();
        });
    } else {
        undoButton->hide();
        redoButton->hide();
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addStretch();
    buttons->addWidget(undoButton);
    buttons->addWidget(redoButton);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(u"catalogButtons"_s);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_showInactive);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_add, &QPushButton::clicked, this, &ProductCatalogDialog::addProduct);
    connect(m_edit, &QPushButton::clicked, this, &ProductCatalogDialog::editCurrent);
    connect(m_toggle, &QPushButton::clicked, this, &ProductCatalogDialog::toggleActiveCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &ProductCatalogDialog::editCurrent);
    connect(m_showInactive, &QCheckBox::toggled, this, &ProductCatalogDialog::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProductCatalogDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProductCatalogDialog::updateButtons);

    reload();
    const int em = fontMetrics().averageCharWidth();
    resize(std::max(em * 165, 960), std::max(fontMetrics().height() * 30, 460));
}

qint64 ProductCatalogDialog::currentProductId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return 0;
    return current.data(ProductTableModel::IdRole).toLongLong();
}

void ProductCatalogDialog::selectProduct(qint64 productId)
{
    const int row = m_model->rowOf(productId);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, ProductTableModel::Key));
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, ProductTableModel::Key));
}

void ProductCatalogDialog::reload()
{
    const qint64 selected = currentProductId();
    if (Status s = m_model->load(m_db, m_showInactive->isChecked()); !s) {
        m_status->setText(tr("Cannot read the catalogue: %1").arg(s.errorMessage()));
        return;
    }
    const QList<Product> &products = m_model->products();
    const auto inactive = std::count_if(products.cbegin(), products.cend(),
                                        [](const Product &p) { return !p.active; });
    m_status->setText(
        m_showInactive->isChecked()
            ? tr("%n product(s), %1 inactive", nullptr, int(products.size())).arg(inactive)
            : tr("%n active product(s)", nullptr, int(products.size())));
    if (selected)
        selectProduct(selected);
    updateButtons();
}

void ProductCatalogDialog::updateButtons()
{
    const qint64 id = currentProductId();
    const int row = id ? m_model->rowOf(id) : -1;
    m_edit->setEnabled(row >= 0);
    m_toggle->setEnabled(row >= 0);
    const bool active = row < 0 || m_model->products().at(row).active;
    m_toggle->setText(active ? tr("&Deactivate") : tr("&Reactivate"));
}

bool ProductCatalogDialog::push(SaveProductCommand *command)
{
    if (!m_undo) { // no stack: apply it at once, without undo
        command->redo();
        const bool ok = !command->failed();
        delete command;
        reload();
        if (ok)
            Q_EMIT catalogueChanged();
        return ok;
    }
    m_undo->push(command);
    // A failed command is obsolete: the stack deleted it instead of adding it.
    const int index = m_undo->index();
    const bool ok = index > 0 && m_undo->command(index - 1) == command;
    reload();
    return ok;
}

void ProductCatalogDialog::addProduct()
{
    const std::optional<Product> product = ProductEditorDialog::edit(m_db, nullptr, this);
    if (!product)
        return;
    auto *command = new SaveProductCommand(m_db, *product, std::nullopt);
    if (push(command))
        selectProduct(command->productId());
}

void ProductCatalogDialog::editCurrent()
{
    const int row = m_model->rowOf(currentProductId());
    if (row < 0)
        return;
    const Product before = m_model->products().at(row);
    const std::optional<Product> after = ProductEditorDialog::edit(m_db, &before, this);
    if (!after || before == *after)
        return; // nothing to undo
    push(new SaveProductCommand(m_db, *after, before));
}

void ProductCatalogDialog::toggleActiveCurrent()
{
    const int row = m_model->rowOf(currentProductId());
    if (row < 0)
        return;
    const Product before = m_model->products().at(row);
    Product after = before;
    after.active = !before.active;
    push(new SaveProductCommand(m_db, after, before));
}

} // namespace dealboard
