#include "companyeditordialog.h"

#include "dialoghook.h"
#include "fieldformats.h"
#include "relateddealslist.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/qualificationrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(CompanyEditorDialog &)> s_testHook;
}

CompanyEditorDialog::CompanyEditorDialog(Database &db, const Company *existing, QWidget *parent)
    : QDialog(parent)
    , m_original(existing ? *existing : Company{})
    , m_name(new QLineEdit(this))
    , m_segment(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_useSuggestion(new QPushButton(this))
    , m_sector(new QLineEdit(this))
    , m_website(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"companyEditor"_s);
    const bool isNew = existing == nullptr;
    setWindowTitle(isNew ? tr("New Company") : tr("Edit Company — %1").arg(existing->name));

    for (const Segment &s : db.playbook().segments())
        m_segment->addItem(s.name.text(), s.key);
    m_segment->addItem(tr("Not set"), QString());
    if (!isNew)
        loadDeals(db);
    QWidget *form = createForm();

    FieldProblems::setUpErrorLabel(m_error, u"companyEditorError"_s);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"companyEditorOk"_s);
    ok->setText(isNew ? tr("Create Company") : tr("Save"));
    ok->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"companyEditorCancel"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_touched = {m_name, m_website};
        validate();
        if (m_problems.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (isNew) {
        layout->addWidget(form);
    } else {
        auto *tabs = new QTabWidget(this);
        tabs->setObjectName(u"companyEditorTabs"_s);
        tabs->addTab(form, tr("&Company"));
        tabs->addTab(m_dealList, tr("&Deals (%1)").arg(m_deals.size()));
        tabs->addTab(m_qualifications, tr("&Qualifications"));
        layout->addWidget(tabs);
    }
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_website}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_touched.insert(edit);
            validate();
        });
    }
    validate();
    m_name->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

QWidget *CompanyEditorDialog::createForm()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_name->setObjectName(u"companyName"_s);
    m_name->setText(m_original.name);
    form->addRow(tr("&Name:"), m_name);

    m_segment->setObjectName(u"companySegment"_s);
    m_segment->setCurrentIndex(m_segment->findData(m_original.segment));
    if (m_segment->currentIndex() < 0)
        m_segment->setCurrentIndex(m_segment->count() - 1);
    m_segment->setToolTip(tr("The segment belongs to the company: an agency stays an agency "
                             "whatever its deals are worth."));
    m_hint->setObjectName(u"companySegmentHint"_s);
    m_hint->setWordWrap(true);
    m_useSuggestion->setObjectName(u"companyUseSuggestedSegment"_s);
    m_useSuggestion->setText(tr("Use"));
    m_useSuggestion->setToolTip(tr("Set the suggested segment"));
    auto *segmentRow = new QHBoxLayout;
    segmentRow->addWidget(m_segment, 1);
    segmentRow->addWidget(m_useSuggestion);
    form->addRow(tr("Se&gment:"), segmentRow);
    form->addRow(QString(), m_hint);
    const auto updateHint = [this] {
        const bool differs = !m_suggested.isEmpty() && m_segment->currentData() != m_suggested;
        m_useSuggestion->setVisible(differs);
    };
    if (m_suggested.isEmpty()) {
        m_hint->setText(m_deals.isEmpty() ? tr("No deals yet: choose the segment yourself.")
                                          : tr("No segment matches the MRR of its deals."));
    } else {
        const int i = m_segment->findData(m_suggested);
        m_hint->setText(tr("The MRR of its deals suggests %1; the segment you choose is kept.")
                            .arg(m_segment->itemText(i)));
        m_useSuggestion->setText(tr("Use “%1”").arg(m_segment->itemText(i)));
    }
    connect(m_segment, &QComboBox::currentIndexChanged, this, updateHint);
    connect(m_useSuggestion, &QPushButton::clicked, this,
            [this] { m_segment->setCurrentIndex(m_segment->findData(m_suggested)); });
    updateHint();

    m_sector->setObjectName(u"companySector"_s);
    m_sector->setText(m_original.sector);
    form->addRow(tr("S&ector:"), m_sector);
    m_website->setObjectName(u"companyWebsite"_s);
    m_website->setText(m_original.website);
    m_website->setPlaceholderText(tr("https://example.com"));
    form->addRow(tr("&Website:"), m_website);
    m_source->setObjectName(u"companySource"_s);
    m_source->setText(m_original.source);
    m_source->setPlaceholderText(tr("Referral, website, event…"));
    form->addRow(tr("&Source:"), m_source);
    return page;
}

void CompanyEditorDialog::loadDeals(Database &db)
{
    const Playbook &playbook = db.playbook();
    Result<QList<Deal>> all = DealRepository(db).list();
    if (all) {
        for (const Deal &d : all.value())
            if (d.companyId == m_original.id)
                m_deals << d;
    }
    // The segment follows what the company pays or may pay: every deal that is not lost.
    qint64 mrr = 0;
    for (const Deal &d : std::as_const(m_deals))
        if (d.stage != playbook.lostStage())
            mrr += d.mrr.cents();
    if (!m_deals.isEmpty())
        if (const Segment *s = playbook.suggestedSegment(mrr))
            m_suggested = s->key;

    m_dealList = new RelatedDealsList(this);
    m_dealList->setObjectName(u"companyDeals"_s);
    m_dealList->setDeals(playbook, m_deals);
    if (!all)
        m_dealList->setToolTip(all.errorMessage());

    m_qualifications = new QTreeWidget(this);
    m_qualifications->setObjectName(u"companyQualifications"_s);
    m_qualifications->setRootIsDecorated(false);
    m_qualifications->setSelectionMode(QAbstractItemView::NoSelection);
    m_qualifications->setHeaderLabels({tr("Deal"), tr("BANT+"), tr("Band"), tr("Qualified")});
    m_qualifications->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_qualifications->header()->setStretchLastSection(false);
    QualificationRepository qualifications(db);
    const QLocale locale;
    for (const Deal &d : std::as_const(m_deals)) {
        const Result<std::optional<Qualification>> latest = qualifications.latest(d.id);
        if (!latest || !latest.value())
            continue;
        const Qualification &q = *latest.value();
        const BantBand *band = playbook.bandFor(q.total());
        auto *item = new QTreeWidgetItem(
            m_qualifications,
            {d.title, QString::number(q.total()), band ? band->name.text() : QString(),
             locale.toString(q.at.toLocalTime().date(), QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, d.id);
    }
    if (m_qualifications->topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(
            m_qualifications, {tr("No deal of this company is qualified yet. Qualify one from "
                                  "the board.")});
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    }
}

Company CompanyEditorDialog::company() const
{
    Company c = m_original;
    c.name = m_name->text().trimmed();
    c.segment = m_segment->currentData().toString();
    c.sector = m_sector->text().trimmed();
    c.website = m_website->text().trimmed();
    c.source = m_source->text().trimmed();
    return c;
}

void CompanyEditorDialog::validate()
{
    QList<FieldProblem> found;
    if (m_name->text().trimmed().isEmpty())
        found.append({m_name, tr("Enter the company's name.")});
    const QString website = m_website->text().trimmed();
    if (!website.isEmpty() && !isValidWebAddress(website))
        found.append({m_website, tr("“%1” is not a web address; write it like "
                                    "https://example.com or example.com.")
                                     .arg(website)});

    m_problems =
        m_fieldProblems.show(found, m_touched, m_error, m_buttons->button(QDialogButtonBox::Ok));
}

std::optional<Company> CompanyEditorDialog::edit(Database &db, const Company *existing,
                                                 QWidget *parent)
{
    CompanyEditorDialog dialog(db, existing, parent);
    if (!execWithHook(dialog, s_testHook))
        return std::nullopt;
    return dialog.company();
}

void CompanyEditorDialog::setTestHook(std::function<void(CompanyEditorDialog &)> hook)
{
    s_testHook = std::move(hook);
}

} // namespace dealboard
