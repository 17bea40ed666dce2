#include "objectionmetdialog.h"

#include "dialoghook.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(ObjectionMetDialog &)> s_hook;
}

ObjectionMetDialog::ObjectionMetDialog(const QString &objection, const QString &deal,
                                       QWidget *parent)
    : QDialog(parent)
    , m_note(new QLineEdit(this))
{
    setObjectName(u"objectionMetDialog"_s);
    setWindowTitle(tr("Objection Met"));
    setMinimumWidth(440);
    auto *intro = new QLabel(tr("<p>Log <b>%1</b> on <b>%2</b>?</p>")
                                 .arg(objection.toHtmlEscaped(), deal.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_note->setObjectName(u"objectionMetNote"_s);
    m_note->setPlaceholderText(tr("What they said (optional)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"objectionMetOk"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ObjectionMetDialog::note() const
{
    return m_note->text().trimmed();
}

void ObjectionMetDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

std::optional<QString> ObjectionMetDialog::ask(const QString &objection, const QString &deal,
                                               QWidget *parent)
{
    ObjectionMetDialog dialog(objection, deal, parent);
    if (!execWithHook<ObjectionMetDialog>(dialog, s_hook))
        return std::nullopt;
    return dialog.note();
}

void ObjectionMetDialog::setTestHook(std::function<void(ObjectionMetDialog &)> hook)
{
    s_hook = std::move(hook);
}

} // namespace dealboard
