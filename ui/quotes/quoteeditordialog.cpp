#include "quoteeditordialog.h"

#include "dealstore.h"
#include "quotediscountseditor.h"
#include "quotelinesmodel.h"
#include "quotesummarypanel.h"
#include "rules/discountpolicy.h"
#include "rules/quotetotals.h"
#include "storage/quoterepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
QLocale quoteLocale(const QString &language)
{
    return QLocale(language == "fr"_L1 ? QLocale::French : QLocale::English);
}
} // namespace

QuoteEditorDialog::QuoteEditorDialog(const Playbook &playbook, const DealStore &store,
                                     const QList<Product> &products, Quote quote, QWidget *parent)
    : QDialog(parent)
    , m_playbook(playbook)
    , m_store(store)
    , m_products(products)
    , m_quote(std::move(quote))
    , m_readOnly(m_quote.id != 0 && !m_quote.isEditable())
    , m_deal(new QComboBox(this))
    , m_buyer(new QLabel(this))
    , m_contract(new QComboBox(this))
    , m_contractTerms(new QLabel(this))
    , m_term(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_referral(new QCheckBox(tr("The buyer came through a &referral"), this))
    , m_validity(new QSpinBox(this))
    , m_lines(new QuoteLinesModel(this))
    , m_linesView(new QTableView(this))
    , m_product(new QComboBox(this))
    , m_discounts(new QuoteDiscountsEditor(this))
    , m_summary(new QuoteSummaryPanel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"quoteEditor"_s);
    if (m_quote.id == 0)
        setWindowTitle(tr("New Quote"));
    else if (m_readOnly)
        setWindowTitle(
            tr("Quote %1 (%2)").arg(m_quote.displayNumber(), Quote::statusName(m_quote.status)));
    else
        setWindowTitle(tr("Edit Quote %1").arg(m_quote.displayNumber()));
    if (Result<DiscountRules> rules = DiscountRules::fromPlaybook(m_playbook))
        m_rules = std::move(rules).value();

    // The deal: chosen here only for a new quote made without one.
    m_deal->setObjectName(u"quoteDeal"_s);
    QStringList open;
    for (const Stage &s : m_playbook.openStages())
        open << s.key;
    QList<std::pair<QString, qint64>> deals;
    for (const Deal &d : m_store.deals())
        if (d.id == m_quote.dealId || (m_quote.dealId == 0 && open.contains(d.stage)))
            deals.append(
                {d.companyName.isEmpty() ? d.title : d.companyName + u" — "_s + d.title, d.id});
    std::sort(deals.begin(), deals.end());
    // Tens of thousands of open deals: one model filled at once, a search as you type, and
    // no width measured over every item.
    auto *dealModel = new QStandardItemModel(m_deal);
    QList<QStandardItem *> items;
    items.reserve(deals.size());
    for (const auto &[text, id] : deals) {
        auto *item = new QStandardItem(text);
        item->setData(id, Qt::UserRole);
        items.append(item);
    }
    dealModel->appendColumn(items);
    m_deal->setModel(dealModel);
    m_deal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_deal->setMinimumContentsLength(40);
    m_deal->setEditable(true);
    m_deal->setInsertPolicy(QComboBox::NoInsert);
    m_deal->completer()->setFilterMode(Qt::MatchContains);
    m_deal->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_deal->lineEdit()->setPlaceholderText(tr("Type a company or a deal"));
    m_deal->setCurrentIndex(m_deal->findData(m_quote.dealId));
    m_deal->setEnabled(m_quote.id == 0 && !m_readOnly && m_quote.dealId == 0);
    m_buyer->setObjectName(u"quoteBuyer"_s);
    m_buyer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_contract->setObjectName(u"quoteContract"_s);
    for (const ContractType &c : m_playbook.contracts())
        m_contract->addItem(c.name.text(), c.key);
    if (m_quote.contract.isEmpty())
        m_quote.contract = u"annual-standard"_s;
    m_contract->setCurrentIndex(std::max(0, m_contract->findData(m_quote.contract)));
    m_contractTerms->setObjectName(u"quoteContractTerms"_s);
    m_contractTerms->setWordWrap(true);
    m_term->setObjectName(u"quoteTerm"_s);
    m_term->setSuffix(tr(" months"));
    m_language->setObjectName(u"quoteLanguage"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_quote.language)));
    m_language->setToolTip(tr("The buyer's language: the quote and its PDF are written in it"));
    m_referral->setObjectName(u"quoteReferral"_s);
    m_referral->setChecked(m_quote.referral);
    m_validity->setObjectName(u"quoteValidity"_s);
    m_validity->setRange(1, 365);
    m_validity->setSuffix(tr(" days"));
    m_validity->setValue(m_quote.validityDays);

    auto *form = new QFormLayout;
    form->addRow(tr("&Deal:"), m_deal);
    form->addRow(tr("Buyer:"), m_buyer);
    form->addRow(tr("&Contract:"), m_contract);
    form->addRow(QString(), m_contractTerms);
    const auto buddy = [this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        return label;
    };
    auto *termRow = new QHBoxLayout;
    termRow->addWidget(m_term);
    termRow->addSpacing(12);
    termRow->addWidget(buddy(tr("&Language:"), m_language));
    termRow->addWidget(m_language);
    termRow->addSpacing(12);
    termRow->addWidget(buddy(tr("&Valid for:"), m_validity));
    termRow->addWidget(m_validity);
    termRow->addStretch();
    form->addRow(buddy(tr("&Term:"), m_term), termRow);
    form->addRow(QString(), m_referral);

    // Lines.
    m_lines->setObjectName(u"quoteLinesModel"_s);
    m_lines->setUnitOf([this](qint64 productId) { return unitOf(productId); });
    m_lines->setLines(m_quote.lines);
    m_lines->setReadOnly(m_readOnly);
    m_linesView->setObjectName(u"quoteLines"_s);
    m_linesView->setModel(m_lines);
    m_linesView->verticalHeader()->hide();
    m_linesView->setWordWrap(false);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->horizontalHeader()->setSectionResizeMode(QuoteLinesModel::Description,
                                                          QHeaderView::Stretch);
    for (int c = QuoteLinesModel::Quantity; c < QuoteLinesModel::ColumnCount; ++c)
        m_linesView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // "20 %" measured narrower than it paints: a fixed width, room for "5,5 %".
    m_linesView->horizontalHeader()->setSectionResizeMode(QuoteLinesModel::Vat, QHeaderView::Fixed);
    m_linesView->setColumnWidth(QuoteLinesModel::Vat,
                                m_linesView->fontMetrics().horizontalAdvance(u"00,0 %"_s) + 16);
    m_linesView->setAccessibleName(tr("Quote lines"));
    m_product->setObjectName(u"quoteProduct"_s);
    m_product->setAccessibleName(tr("Catalogue product"));
    for (const Product &p : m_products)
        if (p.active)
            m_product->addItem(
                tr("%1 — %2 / %3").arg(p.name.text(), p.price.format(), p.unit.text()), p.id);
    auto *addButton = new QPushButton(tr("&Add"), this);
    addButton->setObjectName(u"quoteAddProduct"_s);
    auto *addFree = new QPushButton(tr("Add &Free Line"), this);
    addFree->setObjectName(u"quoteAddFreeLine"_s);
    auto *removeLine = new QPushButton(tr("Re&move Line"), this);
    removeLine->setObjectName(u"quoteRemoveLine"_s);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_product, 1);
    lineButtons->addWidget(addButton);
    lineButtons->addWidget(addFree);
    lineButtons->addWidget(removeLine);
    for (QWidget *w : std::initializer_list<QWidget *>{m_product, addButton, addFree, removeLine})
        w->setVisible(!m_readOnly);
    connect(addButton, &QPushButton::clicked, this,
            [this] { addProduct(m_product->currentData().toLongLong()); });
    connect(addFree, &QPushButton::clicked, this, &QuoteEditorDialog::addFreeLine);
    connect(removeLine, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_linesView->currentIndex();
        if (current.isValid())
            m_lines->removeLine(current.row());
    });
    auto *linesBox = new QGroupBox(tr("Lines"), this);
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->addWidget(m_linesView, 1);
    linesLayout->addLayout(lineButtons);

    m_discounts->setRules(m_rules);
    QList<QuoteDiscount> requests;
    for (const QuoteDiscount &d : m_quote.discounts)
        if (!d.automatic || d.exceptional || !d.justification.isEmpty())
            requests.append(d);
    m_discounts->setRequests(m_readOnly ? m_quote.discounts : requests);
    m_discounts->setReadOnly(m_readOnly);
    auto *discountsBox = new QGroupBox(tr("Discounts"), this);
    auto *discountsLayout = new QVBoxLayout(discountsBox);
    discountsLayout->addWidget(m_discounts);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(linesBox, 1);
    leftLayout->addWidget(discountsBox);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_summary);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 460});
    splitter->setChildrenCollapsible(false);

    m_problem->setObjectName(u"quoteProblem"_s);
    m_problem->setWordWrap(true);
    if (m_readOnly) {
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
    } else {
        m_buttons->setStandardButtons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save Draft"));
        m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"quoteSave"_s);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(1180, 780);

    for (QWidget *w :
         std::initializer_list<QWidget *>{m_contract, m_term, m_language, m_referral, m_validity})
        w->setEnabled(!m_readOnly);
    contractChanged();
    m_term->setValue(m_quote.termMonths > 0 ? m_quote.termMonths : m_term->minimum());
    showBuyer();
    connect(m_deal, &QComboBox::currentIndexChanged, this, [this] {
        showBuyer();
        recompute();
    });
    connect(m_contract, &QComboBox::currentIndexChanged, this, [this] {
        contractChanged();
        recompute();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        // Catalogue lines still named as the catalogue names them follow the language.
        const QString to = m_language->currentData().toString();
        const QString from = to == "fr"_L1 ? u"en"_s : u"fr"_s;
        QList<QuoteLine> lines = m_lines->lines();
        for (QuoteLine &l : lines) {
            const Product *p = product(l.productId);
            if (p && l.description == p->name.text(quoteLocale(from)))
                l.description = p->name.text(quoteLocale(to));
        }
        m_lines->setLines(lines);
        recompute();
    });
    for (QSpinBox *spin : {m_term, m_validity})
        connect(spin, &QSpinBox::valueChanged, this, &QuoteEditorDialog::recompute);
    connect(m_referral, &QCheckBox::toggled, this, &QuoteEditorDialog::recompute);
    connect(m_lines, &QuoteLinesModel::linesChanged, this, &QuoteEditorDialog::recompute);
    connect(m_discounts, &QuoteDiscountsEditor::requestsChanged, this,
            &QuoteEditorDialog::recompute);
    // Tab follows the form as it reads: the header left to right, the lines and their
    // buttons, then the discounts and the dialog's buttons.
    const QList<QWidget *> order{m_deal,     m_contract,  m_term,    m_language, m_validity,
                                 m_referral, m_linesView, m_product, addButton,  addFree,
                                 removeLine, m_discounts, m_buttons};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    recompute();
}

const ContractType *QuoteEditorDialog::contract() const
{
    const QString key = m_contract->currentData().toString();
    for (const ContractType &c : m_playbook.contracts())
        if (c.key == key)
            return &c;
    return nullptr;
}

void QuoteEditorDialog::contractChanged()
{
    const ContractType *c = contract();
    if (!c)
        return;
    const int value = m_term->value();
    m_term->setRange(c->termMonthsMin, c->termMonthsMax.value_or(120));
    m_term->setValue(std::clamp(value, m_term->minimum(), m_term->maximum()));
    m_term->setEnabled(!m_readOnly && m_term->minimum() != m_term->maximum());
    const QString discount = !c->discountMaxBp        ? tr("discount negotiated")
                             : *c->discountMaxBp == 0 ? tr("no discount")
                             : *c->discountMaxBp == c->discountMinBp
                                 ? tr("discount %1").arg(DiscountPolicy::formatBp(c->discountMinBp))
                                 : tr("discount %1 to %2")
                                       .arg(DiscountPolicy::formatBp(c->discountMinBp),
                                            DiscountPolicy::formatBp(*c->discountMaxBp));
    const QString term =
        c->termMonthsMax == c->termMonthsMin ? tr("%n month(s)", nullptr, c->termMonthsMin)
        : c->termMonthsMax ? tr("%1 to %2 months").arg(c->termMonthsMin).arg(*c->termMonthsMax)
                           : tr("%n month(s) or more", nullptr, c->termMonthsMin);
    m_contractTerms->setText(
        tr("Term %1 · payment %2 · %3 (playbook §7.1)").arg(term, c->payment.text(), discount));
}

void QuoteEditorDialog::showBuyer()
{
    const Deal *d = m_store.deal(m_deal->currentData().toLongLong());
    if (!d) {
        m_buyer->setText(tr("Choose the deal this quote prices."));
        return;
    }
    QStringList parts{d->companyName.isEmpty() ? tr("(no company)") : d->companyName};
    if (!d->contactName.isEmpty())
        parts << d->contactName;
    if (!d->contactEmail.isEmpty())
        parts << d->contactEmail;
    m_buyer->setText(parts.join(u" · "_s));
}

const Product *QuoteEditorDialog::product(qint64 productId) const
{
    const auto p = std::find_if(m_products.cbegin(), m_products.cend(),
                                [&](const Product &x) { return x.id == productId; });
    return p == m_products.cend() ? nullptr : &*p;
}

QString QuoteEditorDialog::unitOf(qint64 productId) const
{
    const Product *p = product(productId);
    return p ? p->unit.text(quoteLocale(m_language->currentData().toString())) : QString();
}

void QuoteEditorDialog::addProduct(qint64 productId, qint64 quantityMilli)
{
    const Product *p = product(productId);
    if (!p || m_readOnly)
        return;
    const QuoteLine line{
        p->id,         p->name.text(quoteLocale(m_language->currentData().toString())),
        quantityMilli, p->price,
        p->billing,    p->vatBp};
    m_lines->appendLine(line);
    m_linesView->setCurrentIndex(
        m_lines->index(m_lines->rowCount() - 1, QuoteLinesModel::Quantity));
}

void QuoteEditorDialog::addFreeLine()
{
    if (m_readOnly)
        return;
    const QuoteLine line{0,
                         tr("New line"),
                         QuoteLine::kQuantityScale,
                         Money(0, m_quote.currency),
                         Billing::Monthly,
                         2000};
    m_lines->appendLine(line);
    const QModelIndex description =
        m_lines->index(m_lines->rowCount() - 1, QuoteLinesModel::Description);
    m_linesView->setCurrentIndex(description);
    if (isVisible())
        m_linesView->edit(description);
}

Quote QuoteEditorDialog::quote() const
{
    Quote q = m_quote;
    if (m_readOnly)
        return q;
    q.dealId = m_deal->currentData().toLongLong();
    q.contract = m_contract->currentData().toString();
    q.termMonths = m_term->value() == m_term->minimum() ? 0 : m_term->value();
    q.language = m_language->currentData().toString();
    q.referral = m_referral->isChecked();
    q.validityDays = m_validity->value();
    q.lines = m_lines->lines();
    q.discounts = m_discounts->requests();
    return q;
}

void QuoteEditorDialog::recompute()
{
    const Quote q = quote();
    const DiscountDecision decision =
        m_readOnly ? DiscountPolicy::frozen(q) : DiscountPolicy::evaluate(m_playbook, q);
    const Result<QuoteTotals> totals = QuoteTotals::compute(q, decision);
    m_summary->display(decision, totals ? std::optional<QuoteTotals>(totals.value()) : std::nullopt,
                       totals ? QString() : totals.errorMessage(), m_rules);
    if (m_readOnly) {
        m_problem->setText(tr("This quote is %1: it no longer changes. Make a new revision to "
                              "change it.")
                               .arg(Quote::statusName(q.status).toLower()));
        return;
    }
    const Status shape = QuoteRepository::validate(q);
    const bool canSave = shape.ok() && decision.isAllowed() && totals.ok();
    QString problem;
    if (!shape)
        problem = shape.errorMessage();
    else if (!decision.isAllowed())
        problem = decision.asStatus(false).errorMessage();
    else if (!totals)
        problem = totals.errorMessage();
    else if (q.lines.isEmpty())
        problem = tr("Add a line from the catalogue or a free line.");
    else if (!decision.required.isEmpty())
        problem = tr("Can be saved as a draft; before sending, document it: %1")
                      .arg(decision.asStatus(true).errorMessage());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(canSave);
}

} // namespace dealboard
