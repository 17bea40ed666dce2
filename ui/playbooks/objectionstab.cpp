#include "objectionstab.h"

#include "changeobjectioncommand.h"
#include "dealobjectioncommand.h"
#include "dealobjectionlistmodel.h"
#include "messagebox.h"
#include "objectiondialog.h"
#include "objectionmetdialog.h"
#include "objectiontreemodel.h"
#include "playbookfiltermodel.h"
#include "storage/dealobjectionrepository.h"
#include "storage/objectionrepository.h"
#include "wrappingdelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// The answer as the panel shows it: the objection in bold, then each line of the answer.
QString answerHtml(const Objection &o)
{
    QString html = u"<p><b>“%1”</b></p><p>"_s.arg(o.objection.toHtmlEscaped());
    html += o.answer.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    return html + u"</p>"_s;
}

} // namespace

ObjectionsTab::ObjectionsTab(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_model(new ObjectionTreeModel(this))
    , m_filter(new PlaybookFilterModel(this))
    , m_view(new QTreeView(this))
    , m_answer(new QTextBrowser(this))
    , m_showHidden(new QCheckBox(tr("Show hidden objections"), this))
    , m_met(new QAction(tr("Objection &Met on This Deal…"), this))
    , m_edit(new QAction(tr("&Edit…"), this))
    , m_add(new QAction(tr("&Add…"), this))
    , m_hide(new QAction(tr("&Hide"), this))
    , m_reset(new QAction(tr("&Reset to the Playbook's Text"), this))
    , m_metTitle(new QLabel(this))
    , m_metModel(new DealObjectionListModel(this))
    , m_metView(new QListView(this))
    , m_removeMet(new QAction(tr("Remove"), this))
{
    setObjectName(u"objectionsTab"_s);
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(u"objectionsView"_s);
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    m_view->setAccessibleName(tr("Objections"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_answer->setObjectName(u"objectionAnswerView"_s);
    m_answer->setAccessibleName(tr("Answer"));
    m_showHidden->setObjectName(u"showHiddenObjections"_s);
    m_met->setObjectName(u"objectionMetAction"_s);
    m_edit->setObjectName(u"editObjectionAction"_s);
    m_add->setObjectName(u"addObjectionAction"_s);
    m_hide->setObjectName(u"hideObjectionAction"_s);
    m_reset->setObjectName(u"resetObjectionAction"_s);
    m_reset->setIconText(tr("Reset"));
    m_reset->setToolTip(tr("Reset to the playbook's text"));
    m_removeMet->setObjectName(u"removeDealObjectionAction"_s);
    m_view->addActions({m_met, m_edit, m_add, m_hide, m_reset});

    auto *metButton = new QPushButton(m_met->text(), this);
    metButton->setObjectName(u"objectionMetButton"_s);
    connect(metButton, &QPushButton::clicked, m_met, &QAction::trigger);
    connect(m_met, &QAction::changed, metButton, [this, metButton] {
        metButton->setEnabled(m_met->isEnabled());
        metButton->setToolTip(m_met->toolTip());
    });
    auto *tools = new QToolBar(this);
    tools->setObjectName(u"objectionTools"_s);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions({m_edit, m_add, m_hide, m_reset});

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(tools);
    topLayout->addWidget(m_showHidden);

    auto *metBox = new QWidget(this);
    auto *metLayout = new QVBoxLayout(metBox);
    metLayout->setContentsMargins(0, 0, 0, 0);
    m_metTitle->setObjectName(u"dealObjectionsTitle"_s);
    m_metTitle->setWordWrap(true);
    m_metView->setObjectName(u"dealObjectionsView"_s);
    m_metView->setModel(m_metModel);
    m_metView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_metView->addAction(m_removeMet);
    m_metView->setAccessibleName(tr("Objections met on this deal"));
    metLayout->addWidget(metButton);
    metLayout->addWidget(m_metTitle);
    metLayout->addWidget(m_metView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"objectionsSplitter"_s);
    splitter->addWidget(top);
    splitter->addWidget(m_answer);
    splitter->addWidget(metBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showAnswer();
        updateActions();
    });
    connect(m_metView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ObjectionsTab::updateActions);
    connect(m_view, &QTreeView::activated, this, &ObjectionsTab::editSelected);
    connect(m_showHidden, &QCheckBox::toggled, this, &ObjectionsTab::reload);
    connect(m_met, &QAction::triggered, this, &ObjectionsTab::logSelectedOnDeal);
    connect(m_edit, &QAction::triggered, this, &ObjectionsTab::editSelected);
    connect(m_add, &QAction::triggered, this, &ObjectionsTab::addObjection);
    connect(m_hide, &QAction::triggered, this, &ObjectionsTab::hideSelected);
    connect(m_reset, &QAction::triggered, this, &ObjectionsTab::resetSelected);
    connect(m_removeMet, &QAction::triggered, this, &ObjectionsTab::removeSelectedMet);
    setDeal(0, {});
}

QString ObjectionsTab::language() const
{
    return Objection::languageOf();
}

void ObjectionsTab::setDatabase(Database *database)
{
    m_db = database;
    reload();
}

void ObjectionsTab::setDeal(qint64 dealId, const QString &dealText)
{
    m_dealId = dealId;
    m_dealText = dealText;
    m_metTitle->setText(dealId ? tr("Met on %1:").arg(dealText)
                               : tr("Select a deal on the board or in the Deals list to log "
                                    "the objections it meets."));
    reloadMet();
    updateActions();
}

void ObjectionsTab::setSearch(const QString &text)
{
    m_filter->setSearch(text);
    m_view->expandAll();
}

void ObjectionsTab::reload()
{
    const Objection *current = selected();
    const QString key = current ? current->key : QString();
    QList<Objection> list;
    if (m_db) {
        Result<QList<Objection>> read =
            ObjectionRepository(*m_db).list(language(), m_showHidden->isChecked());
        if (read)
            list = std::move(read).value();
        else
            MessageBox::critical(this, tr("Cannot read the objections"), read.errorMessage());
    }
    m_model->setObjections(list);
    m_view->expandAll();
    if (key.isEmpty() || !selectObjection(key))
        showAnswer();
    reloadMet();
    updateActions();
}

void ObjectionsTab::reloadMet()
{
    QList<DealObjection> met;
    QHash<QString, QString> texts;
    if (m_db && m_dealId) {
        if (Result<QList<DealObjection>> read = DealObjectionRepository(*m_db).list(m_dealId))
            met = std::move(read).value();
        if (Result<QList<Objection>> all = ObjectionRepository(*m_db).list(language(), true))
            for (const Objection &o : *all)
                texts.insert(o.key, o.objection);
    }
    m_metModel->setObjections(met, texts);
    m_metView->setEnabled(m_dealId != 0);
    updateActions();
}

bool ObjectionsTab::selectObjection(const QString &key)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(key));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

const Objection *ObjectionsTab::selected() const
{
    return m_model->objectionAt(m_filter->mapToSource(m_view->currentIndex()));
}

void ObjectionsTab::showAnswer()
{
    const Objection *o = selected();
    m_answer->setHtml(o ? answerHtml(*o)
                        : tr("<p>Choose an objection to see its answer. Log the ones your "
                             "prospects raise with “Objection met on this deal”: the weekly "
                             "review counts them.</p>"));
}

void ObjectionsTab::updateActions()
{
    const Objection *o = selected();
    const bool ready = m_db != nullptr;
    m_edit->setEnabled(ready && o);
    m_add->setEnabled(ready);
    m_hide->setEnabled(ready && o && !o->hidden);
    m_reset->setEnabled(ready && o && o->builtIn && o->edited);
    m_met->setEnabled(ready && o && m_dealId != 0);
    m_met->setToolTip(m_dealId ? tr("Log the selected objection on %1").arg(m_dealText)
                               : tr("Select a deal on the board or in the Deals list first"));
    m_removeMet->setEnabled(ready && m_metView->currentIndex().isValid());
}

void ObjectionsTab::editSelected()
{
    const Objection *o = selected();
    if (!m_db || !o)
        return;
    const std::optional<Objection> edited = ObjectionDialog::edit(*o, false, window());
    if (!edited || *edited == *o)
        return;
    const QString key = o->key;
    m_undoStack->push(new ChangeObjectionCommand(*m_db, ChangeObjectionCommand::Change::Save,
                                                 *edited, [this] { reload(); }));
    selectObjection(key);
}

void ObjectionsTab::addObjection()
{
    if (!m_db)
        return;
    Objection draft;
    draft.language = language();
    const Objection *o = selected();
    const QModelIndex category = m_filter->mapToSource(m_view->currentIndex());
    draft.category = o ? o->category : category.data(ObjectionTreeModel::CategoryRole).toString();
    if (draft.category.isEmpty())
        draft.category = Objection::categories().constFirst();
    const std::optional<Objection> added = ObjectionDialog::edit(draft, true, window());
    if (!added)
        return;
    auto *command = new ChangeObjectionCommand(*m_db, ChangeObjectionCommand::Change::Add, *added,
                                               [this] { reload(); });
    m_undoStack->push(command); // may delete an obsolete command: read nothing after
}

void ObjectionsTab::hideSelected()
{
    const Objection *o = selected();
    if (!m_db || !o)
        return;
    const QString message =
        o->builtIn ? tr("Hide “%1”? It leaves the list; “Show hidden objections” and "
                        "“Reset to the Playbook's Text” bring it back.")
                         .arg(o->objection)
                   : tr("Hide “%1”? It leaves the list; “Show hidden objections” shows it "
                        "again, and Undo brings it back.")
                         .arg(o->objection);
    if (MessageBox::question(this, tr("Hide Objection"), message,
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_undoStack->push(new ChangeObjectionCommand(*m_db, ChangeObjectionCommand::Change::Hide, *o,
                                                 [this] { reload(); }));
}

void ObjectionsTab::resetSelected()
{
    const Objection *o = selected();
    if (!m_db || !o || !o->builtIn)
        return;
    const QString key = o->key;
    m_undoStack->push(new ChangeObjectionCommand(*m_db, ChangeObjectionCommand::Change::Reset, *o,
                                                 [this] { reload(); }));
    selectObjection(key);
}

void ObjectionsTab::logSelectedOnDeal()
{
    const Objection *o = selected();
    if (!m_db || !o || !m_dealId)
        return;
    const Objection objection = *o;
    const std::optional<QString> note =
        ObjectionMetDialog::ask(objection.objection, m_dealText, window());
    if (!note)
        return;
    m_undoStack->push(new DealObjectionCommand(
        *m_db, m_dealId, objection.key, *note,
        tr("Objection Met on %1: “%2”").arg(m_dealText, objection.objection),
        [this] { reloadMet(); }));
}

void ObjectionsTab::removeSelectedMet()
{
    const QModelIndex index = m_metView->currentIndex();
    if (!m_db || !index.isValid())
        return;
    m_undoStack->push(new DealObjectionCommand(
        *m_db, index.data(DealObjectionListModel::IdRole).toLongLong(),
        tr("Remove Objection Met on %1").arg(m_dealText), [this] { reloadMet(); }));
}

} // namespace dealboard
