#include "qualificationdialog.h"

#include "bantscoreform.h"
#include "clock.h"
#include "discoveryscriptpanel.h"
#include "followupeditor.h"
#include "palette.h"
#include "playbook/playbook.h"
#include "qualificationchecklist.h"
#include "rules/followupplan.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(QualificationDialog &)> s_hook;

QScrollArea *scrolling(QWidget *content, const QString &name, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(name);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    return area;
}
} // namespace

QualificationDialog::QualificationDialog(Database &db, const Deal &deal, QWidget *parent)
    : QDialog(parent)
    , m_playbook(db.playbook())
    , m_deal(deal)
    , m_checklist(new QualificationChecklist)
    , m_scores(new BantScoreForm(db.playbook()))
    , m_script(new DiscoveryScriptPanel)
    , m_followUps(new FollowUpEditor)
    , m_markLost(new QCheckBox(tr("Mark the deal Lost / No fit")))
    , m_total(new QLabel)
    , m_band(new QLabel)
    , m_nextStep(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"qualificationDialog"_s);
    setWindowTitle(tr("Qualify — %1").arg(deal.title));

    // What is already known about the contact and the company.
    m_contact.companyId = deal.companyId;
    m_contact.name = deal.contactName;
    m_contact.email = deal.contactEmail;
    if (deal.contactId > 0) {
        if (Result<Contact> c = ContactRepository(db).find(deal.contactId); c.ok())
            m_contact = *c;
        else
            m_loadError = c.errorMessage();
    }
    m_company.id = deal.companyId;
    m_company.name = deal.companyName;
    if (deal.companyId > 0) {
        if (Result<Company> c = CompanyRepository(db).find(deal.companyId); c.ok())
            m_company = *c;
        else
            m_loadError = c.errorMessage();
    }
    m_checklist->setKnown(m_contact, m_company,
                          m_company.source.isEmpty() ? deal.source : m_company.source);

    // Top: the BANT+ score, its band and the follow-ups it sets; below, the checklist; on the
    // right, the call script.
    auto *bantGroup = new QGroupBox(tr("BANT+ score"));
    bantGroup->setObjectName(u"bantGroup"_s);
    auto *bantLayout = new QVBoxLayout(bantGroup);
    bantLayout->addWidget(m_scores);
    m_total->setObjectName(u"bantTotal"_s);
    m_total->setWordWrap(true);
    m_band->setObjectName(u"bantBand"_s);
    m_band->setAutoFillBackground(true);
    m_band->setMargin(4);
    QFont bold = m_band->font();
    bold.setBold(true);
    m_band->setFont(bold);
    m_nextStep->setObjectName(u"bantNextStep"_s);
    m_nextStep->setWordWrap(true);
    bantLayout->addWidget(m_total);
    auto *bandRow = new QHBoxLayout;
    bandRow->addWidget(m_band);
    bandRow->addWidget(m_nextStep, 1);
    bantLayout->addLayout(bandRow);

    auto *followGroup = new QGroupBox(tr("Follow-ups to create"));
    followGroup->setObjectName(u"followUpsGroup"_s);
    auto *followLayout = new QVBoxLayout(followGroup);
    followLayout->addWidget(m_followUps);
    m_markLost->setObjectName(u"markLostNoFit"_s);
    if (const LostReason *reason = m_playbook.lostReason(FollowUpPlan::disqualifyReason()))
        m_markLost->setToolTip(
            tr("The deal moves to Lost with the reason “%1”.").arg(reason->name.text()));
    m_markLost->hide(); // offered for the lowest band only
    followLayout->addWidget(m_markLost);
    followLayout->addStretch();

    auto *main = new QWidget;
    main->setObjectName(u"qualificationMain"_s);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(bantGroup, 3);
    top->addWidget(followGroup, 2);
    mainLayout->addLayout(top);
    mainLayout->addWidget(scrolling(m_checklist, u"checklistScroll"_s, main), 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"qualificationSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(main);
    QScrollArea *scriptScroll = scrolling(m_script, u"scriptScroll"_s, splitter);
    scriptScroll->setMinimumWidth(m_script->sizeHint().width() +
                                  style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    splitter->addWidget(scriptScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);

    auto *layout = new QVBoxLayout(this);
    if (!m_loadError.isEmpty()) {
        auto *error = new QLabel(m_loadError, this);
        error->setObjectName(u"qualificationLoadError"_s);
        error->setWordWrap(true);
        QPalette p = error->palette();
        p.setColor(QPalette::WindowText, Palette::overdue(palette()));
        error->setPalette(p);
        layout->addWidget(error);
    }
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"qualificationOk"_s);
    ok->setText(tr("Save Qualification"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"qualificationCancel"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scores, &BantScoreForm::changed, this, &QualificationDialog::updateScore);

    updateScore();
    resize(1240, 760);
}

int QualificationDialog::answeredCount() const
{
    return m_scores->answeredCount();
}

int QualificationDialog::total() const
{
    return m_scores->total();
}

int QualificationDialog::maxTotal() const
{
    return m_scores->maxTotal();
}

const BantBand *QualificationDialog::currentBand() const
{
    return answeredCount() == 0 ? nullptr : m_playbook.bandFor(total());
}

QString QualificationDialog::bandKey() const
{
    const BantBand *band = currentBand();
    return band ? band->key : QString();
}

void QualificationDialog::setScore(const QString &criterionKey, std::optional<int> score)
{
    m_scores->setScore(criterionKey, score);
}

bool QualificationDialog::isLowestBand(const BantBand &band) const
{
    const QList<BantBand> &bands = m_playbook.bantBands();
    return std::none_of(bands.cbegin(), bands.cend(),
                        [&band](const BantBand &b) { return b.min < band.min; });
}

QString QualificationDialog::gateText() const
{
    // The gate that asks for a minimum BANT+ score (Lead → Qualified).
    for (const Gate &gate : m_playbook.gates()) {
        for (const GateCriterion &c : gate.criteria) {
            if (c.minScore > 0) {
                const Stage *from = m_playbook.stage(gate.from);
                const Stage *to = m_playbook.stage(gate.to);
                return tr("%1 → %2").arg(from ? from->name.text() : gate.from,
                                         to ? to->name.text() : gate.to);
            }
        }
    }
    return tr("qualification");
}

void QualificationDialog::updateScore()
{
    const int answered = answeredCount();
    const int missing = static_cast<int>(m_scores->keys().size()) - answered;
    const QString score = tr("%1/%2").arg(total()).arg(maxTotal());
    if (answered == 0)
        m_total->setText(tr("No criterion answered yet."));
    else if (missing == 0)
        m_total->setText(tr("Total: %1").arg(score));
    else
        m_total->setText(tr("Total: %1 — %n criterion(s) not answered: a draft; the %2 gate "
                            "needs all %3.",
                            nullptr, missing)
                             .arg(score, gateText())
                             .arg(m_scores->keys().size()));

    const BantBand *band = currentBand();
    m_band->setVisible(band != nullptr);
    QPalette p = m_band->palette();
    if (band) {
        m_band->setText(band->name.text());
        const QColor colour = Palette::band(band->key, palette());
        p.setColor(QPalette::Window, colour);
        p.setColor(QPalette::WindowText, palette().color(QPalette::Base)); // as on the cards
        m_band->setAccessibleName(tr("Band: %1").arg(band->name.text()));
    }
    m_band->setPalette(p);
    m_nextStep->setText(band ? band->nextStep.text() : QString());

    const QString key = band ? band->key : QString();
    if (key != m_shownBand) {
        m_shownBand = key;
        const QDate today = Clock::current().now().toLocalTime().date();
        m_followUps->setProposals(band ? FollowUpPlan::forBand(m_playbook, *band, m_deal.id, today)
                                       : QList<Activity>());
        const bool lowest = band && isLowestBand(*band);
        m_markLost->setVisible(lowest);
        if (!lowest)
            m_markLost->setChecked(false);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(answered > 0);
}

QualificationDraft QualificationDialog::draft() const
{
    QualificationDraft d;
    Qualification &q = d.qualification;
    q.dealId = m_deal.id;
    q.at = Clock::current().now();
    q.budget = m_scores->score(u"budget"_s).value_or(0);
    q.authority = m_scores->score(u"authority"_s).value_or(0);
    q.need = m_scores->score(u"need"_s).value_or(0);
    q.timeline = m_scores->score(u"timeline"_s).value_or(0);
    q.fit = m_scores->score(u"fit"_s).value_or(0);
    q.unanswered = m_scores->unansweredKeys();
    q.answers = m_checklist->answers();
    if (const int seconds = m_script->elapsedSeconds(); seconds > 0)
        q.answers.insert(u"callSeconds"_s, seconds);
    d.followUps = m_followUps->kept();
    d.markLostNoFit = !m_markLost->isHidden() && m_markLost->isChecked();
    d.contactUpdates = m_checklist->contactWith(m_contact);
    d.companyUpdates = m_checklist->companyWith(m_company);
    return d;
}

std::optional<QualificationDraft> QualificationDialog::ask(Database &db, const Deal &deal,
                                                           QWidget *parent)
{
    QualificationDialog dialog(db, deal, parent);
    if (s_hook) {
        s_hook(dialog);
        if (dialog.result() != QDialog::Accepted)
            return std::nullopt;
        return dialog.draft();
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.draft();
}

void QualificationDialog::setTestHook(std::function<void(QualificationDialog &)> hook)
{
    s_hook = std::move(hook);
}

} // namespace dealboard
