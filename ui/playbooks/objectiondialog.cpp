#include "objectiondialog.h"

#include "dialoghook.h"
#include "storage/objectionrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(ObjectionDialog &)> s_hook;
}

ObjectionDialog::ObjectionDialog(const Objection &objection, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_original(objection)
    , m_category(new QComboBox(this))
    , m_objection(new QLineEdit(objection.objection, this))
    , m_answer(new QPlainTextEdit(objection.answer, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"objectionDialog"_s);
    setWindowTitle(isNew ? tr("New Objection") : tr("Edit Objection"));
    setMinimumWidth(520);
    for (const QString &key : Objection::categories())
        m_category->addItem(ObjectionRepository::categoryName(key), key);
    m_category->setObjectName(u"objectionCategory"_s);
    m_category->setCurrentIndex(std::max(0, m_category->findData(objection.category)));
    // A playbook objection stays in its category: the weekly review counts by category.
    m_category->setEnabled(isNew || !objection.builtIn);
    m_objection->setObjectName(u"objectionText"_s);
    m_objection->setPlaceholderText(tr("As the prospect says it, e.g. “It's too expensive”"));
    m_answer->setObjectName(u"objectionAnswer"_s);
    m_answer->setPlaceholderText(
        tr("One point a line: “• Compare the total cost”, and the next step: “→ Offer a trial”"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Objection:"), m_objection);
    form->addRow(tr("&Answer:"), m_answer);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (objection.builtIn && !isNew) {
        auto *note = new QLabel(
            tr("Your text replaces the playbook's; “Reset to the Playbook's Text” brings it back."),
            this);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
    }
    m_error->setObjectName(u"objectionError"_s);
    m_error->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"objectionOk"_s);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_objection, &QLineEdit::textChanged, this, &ObjectionDialog::updateState);
    connect(m_answer, &QPlainTextEdit::textChanged, this, &ObjectionDialog::updateState);
    updateState();
}

Objection ObjectionDialog::objection() const
{
    Objection o = m_original;
    o.category = m_category->currentData().toString();
    o.objection = m_objection->text().trimmed();
    o.answer = m_answer->toPlainText().trimmed();
    return o;
}

void ObjectionDialog::setCategory(const QString &category)
{
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
}

void ObjectionDialog::setObjectionText(const QString &text)
{
    m_objection->setText(text);
}

void ObjectionDialog::setAnswer(const QString &text)
{
    m_answer->setPlainText(text);
}

bool ObjectionDialog::isComplete() const
{
    return ObjectionRepository::validate(objection()).ok();
}

void ObjectionDialog::updateState()
{
    const Status s = ObjectionRepository::validate(objection());
    m_error->setText(s ? QString() : s.errorMessage());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(s.ok());
}

std::optional<Objection> ObjectionDialog::edit(const Objection &objection, bool isNew,
                                               QWidget *parent)
{
    ObjectionDialog dialog(objection, isNew, parent);
    if (!execWithHook<ObjectionDialog>(dialog, s_hook))
        return std::nullopt;
    return dialog.objection();
}

void ObjectionDialog::setTestHook(std::function<void(ObjectionDialog &)> hook)
{
    s_hook = std::move(hook);
}

} // namespace dealboard
