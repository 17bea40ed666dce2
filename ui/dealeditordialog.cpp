#include "dealeditordialog.h"

#include "dealfollowupslist.h"
#include "dealhistorylist.h"
#include "dealquoteslist.h"
#include "dialoghook.h"
#include "playbook/playbook.h"
#include "playbooks/dealobjectionslist.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(DealEditorDialog &)> s_testHook;
std::function<void(qint64, QWidget *)> s_emailHandler;
} // namespace

DealEditorDialog::DealEditorDialog(Database &db, const Deal *existing, QWidget *parent)
    : QDialog(parent)
    , m_form(new DealEditorForm(db, existing, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"dealEditor"_s);
    const bool isNew = existing == nullptr;
    setWindowTitle(isNew ? tr("New Deal") : tr("Edit Deal — %1").arg(existing->title));

    FieldProblems::setUpErrorLabel(m_error, u"dealEditorError"_s);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"dealEditorOk"_s);
    ok->setText(isNew ? tr("Create Deal") : tr("Save"));
    ok->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"dealEditorCancel"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (m_problems.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const Stage *stage = existing ? db.playbook().stage(existing->stage) : nullptr;
    if (stage && !stage->isOpen()) {
        QPushButton *review =
            m_buttons->addButton(tr("Win/loss &review…"), QDialogButtonBox::ActionRole);
        review->setObjectName(u"dealWinLossReview"_s);
        review->setToolTip(tr("Why the deal was won or lost, what to learn, when to recontact"));
        connect(review, &QPushButton::clicked, this, [this, &db, deal = *existing] {
            Q_EMIT reviewRequested();
            if (m_history)
                (void)m_history->load(db, deal);
        });
    }
    if (!isNew && s_emailHandler) {
        QPushButton *email = m_buttons->addButton(tr("Send &Email…"), QDialogButtonBox::ActionRole);
        email->setObjectName(u"dealEditorSendEmail"_s);
        const qint64 id = existing->id;
        connect(email, &QPushButton::clicked, this, [this, id] { s_emailHandler(id, this); });
    }

    auto *layout = new QVBoxLayout(this);
    if (isNew) {
        layout->addWidget(m_form);
    } else {
        auto *tabs = new QTabWidget(this);
        tabs->setObjectName(u"dealEditorTabs"_s);
        tabs->addTab(m_form, tr("&Deal"));
        m_history = new DealHistoryList(tabs);
        (void)m_history->load(db, *existing); // a failure is shown in the list itself
        tabs->addTab(m_history, tr("&History"));
        auto *followUps = new DealFollowUpsList(tabs);
        (void)followUps->load(db, existing->id);
        tabs->addTab(followUps, tr("&Follow-ups"));
        auto *quotes = new DealQuotesList(tabs);
        (void)quotes->load(db, existing->id);
        tabs->addTab(quotes, tr("&Quotes"));
        auto *objections = new DealObjectionsList(tabs);
        (void)objections->load(db, existing->id);
        tabs->addTab(objections, tr("O&bjections"));
        layout->addWidget(tabs);
    }
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_form, &DealEditorForm::edited, this, [this](QWidget *field) {
        m_touched.insert(field);
        validate();
    });
    validate();
    m_form->firstField()->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
}

DealDraft DealEditorDialog::draft() const
{
    return m_form->draft();
}

void DealEditorDialog::validate()
{
    m_problems = m_fieldProblems.show(m_form->problems(), m_touched, m_error,
                                      m_buttons->button(QDialogButtonBox::Ok));
}

std::optional<DealDraft>
DealEditorDialog::edit(Database &db, const Deal *existing, QWidget *parent,
                       const std::function<void(DealEditorDialog &)> &setUp)
{
    DealEditorDialog dialog(db, existing, parent);
    if (setUp)
        setUp(dialog);
    if (!execWithHook(dialog, s_testHook))
        return std::nullopt;
    return dialog.draft();
}

void DealEditorDialog::setEmailHandler(std::function<void(qint64, QWidget *)> handler)
{
    s_emailHandler = std::move(handler);
}

void DealEditorDialog::setTestHook(std::function<void(DealEditorDialog &)> hook)
{
    s_testHook = std::move(hook);
}

} // namespace dealboard
