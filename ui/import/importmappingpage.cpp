#include "importmappingpage.h"

#include "io/importrowparser.h"
#include "playbook/playbook.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// A HeaderField as combo-box data.
QString fieldData(const HeaderField &f)
{
    return f.entity == CsvEntity::None ? QString() : QString::number(int(f.entity)) + u':' + f.key;
}

HeaderField fieldFromData(const QString &data)
{
    const qsizetype colon = data.indexOf(u':');
    if (colon <= 0)
        return {};
    return HeaderField{CsvEntity(data.left(colon).toInt()), data.mid(colon + 1)};
}

} // namespace

QString ImportMappingPage::fieldName(const HeaderField &f)
{
    static const QHash<QString, const char *> names{
        {u"title"_s, QT_TR_NOOP("title")},
        {u"amount"_s, QT_TR_NOOP("amount")},
        {u"mrr"_s, QT_TR_NOOP("monthly amount (MRR)")},
        {u"oneTime"_s, QT_TR_NOOP("one-time amount")},
        {u"currency"_s, QT_TR_NOOP("currency")},
        {u"stage"_s, QT_TR_NOOP("stage")},
        {u"status"_s, QT_TR_NOOP("status (open, won, lost)")},
        {u"expectedClose"_s, QT_TR_NOOP("expected close date")},
        {u"createdAt"_s, QT_TR_NOOP("created on")},
        {u"updatedAt"_s, QT_TR_NOOP("last changed on")},
        {u"closedAt"_s, QT_TR_NOOP("won or lost on")},
        {u"stageEnteredAt"_s, QT_TR_NOOP("in its stage since")},
        {u"owner"_s, QT_TR_NOOP("owner")},
        {u"source"_s, QT_TR_NOOP("source")},
        {u"nextStep"_s, QT_TR_NOOP("next step")},
        {u"nextStepDue"_s, QT_TR_NOOP("next step due")},
        {u"lostReason"_s, QT_TR_NOOP("lost reason")},
        {u"lostCompetitor"_s, QT_TR_NOOP("competitor")},
        {u"wonReason"_s, QT_TR_NOOP("won reason")},
        {u"verbalAgreement"_s, QT_TR_NOOP("verbal agreement")},
        {u"timelineConfirmed"_s, QT_TR_NOOP("timeline confirmed")},
        {u"externalId"_s, QT_TR_NOOP("id in the other CRM")},
        {u"hubspotId"_s, QT_TR_NOOP("HubSpot id")},
        {u"pipedriveId"_s, QT_TR_NOOP("Pipedrive id")},
        {u"rowId"_s, QT_TR_NOOP("id in this file")},
        {u"name"_s, QT_TR_NOOP("name")},
        {u"website"_s, QT_TR_NOOP("website")},
        {u"segment"_s, QT_TR_NOOP("segment")},
        {u"sector"_s, QT_TR_NOOP("sector")},
        {u"firstName"_s, QT_TR_NOOP("first name")},
        {u"lastName"_s, QT_TR_NOOP("last name")},
        {u"email"_s, QT_TR_NOOP("email")},
        {u"phone"_s, QT_TR_NOOP("phone")},
        {u"role"_s, QT_TR_NOOP("job title")},
        {u"decisionRole"_s, QT_TR_NOOP("decision role")},
        {u"linkedin"_s, QT_TR_NOOP("LinkedIn")},
    };
    const QString field = tr(names.value(f.key, "?"));
    switch (f.entity) {
    case CsvEntity::Deal:
        return tr("Deal: %1").arg(field);
    case CsvEntity::Company:
        return tr("Company: %1").arg(field);
    case CsvEntity::Contact:
        return tr("Contact: %1").arg(field);
    case CsvEntity::None:
    case CsvEntity::Other:
        break;
    }
    return tr("Not imported");
}

ImportMappingPage::ImportMappingPage(const Playbook &playbook, QWidget *parent)
    : QWidget(parent)
    , m_playbook(playbook)
    , m_summary(new QLabel(this))
    , m_entity(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_dates(new QComboBox(this))
    , m_decimal(new QComboBox(this))
    , m_amount(new QComboBox(this))
    , m_warning(new QLabel(this))
    , m_columns(new QTableWidget(this))
    , m_stages(new QTableWidget(this))
{
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_entity->setObjectName(u"importEntity"_s);
    m_entity->addItem(tr("Deals"), int(CsvEntity::Deal));
    m_entity->addItem(tr("Companies"), int(CsvEntity::Company));
    m_entity->addItem(tr("Contacts"), int(CsvEntity::Contact));
    m_source->setObjectName(u"importSource"_s);
    m_source->addItem(u"HubSpot"_s, int(CsvSource::HubSpot));
    m_source->addItem(u"Pipedrive"_s, int(CsvSource::Pipedrive));
    m_source->addItem(u"Dealboard"_s, int(CsvSource::Dealboard));
    m_source->addItem(tr("Other CSV"), int(CsvSource::Unknown));
    m_source->setToolTip(tr("Decides which column holds the other CRM's id, used to find the "
                            "same deal when the file is imported again."));
    m_dates->setObjectName(u"importDates"_s);
    m_dates->addItem(tr("Year first (2026-11-24)"), int(ValueParsers::DateOrder::Iso));
    m_dates->addItem(tr("Day first (24/11/2026)"), int(ValueParsers::DateOrder::DayMonthYear));
    m_dates->addItem(tr("Month first (11/24/2026)"), int(ValueParsers::DateOrder::MonthDayYear));
    m_decimal->setObjectName(u"importDecimal"_s);
    m_decimal->addItem(tr("Decimal point (1,234.50)"), int(ValueParsers::Decimal::Point));
    m_decimal->addItem(tr("Decimal comma (1 234,50)"), int(ValueParsers::Decimal::Comma));
    m_amount->setObjectName(u"importAmount"_s);
    m_amount->addItem(tr("Monthly (MRR)"), int(ImportMapping::Amount::Monthly));
    m_amount->addItem(tr("One-time"), int(ImportMapping::Amount::OneTime));
    m_warning->setObjectName(u"importWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"color: palette(link);"_s);

    m_columns->setObjectName(u"importColumns"_s);
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels(
        {tr("Column of the file"), tr("First value"), tr("Imported as")});
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stages->setObjectName(u"importStages"_s);
    m_stages->setColumnCount(2);
    m_stages->setHorizontalHeaderLabels({tr("Stage in the file"), tr("Playbook stage")});
    m_stages->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_stages->verticalHeader()->hide();
    m_stages->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *form = new QFormLayout;
    form->addRow(tr("&Rows are:"), m_entity);
    form->addRow(tr("&Written by:"), m_source);
    form->addRow(tr("&Dates:"), m_dates);
    form->addRow(tr("A&mounts:"), m_decimal);
    form->addRow(tr("An \"&Amount\" is:"), m_amount);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(new QLabel(tr("Columns:"), this));
    layout->addWidget(m_columns, 3);
    layout->addWidget(new QLabel(tr("Stages:"), this));
    layout->addWidget(m_stages, 2);

    connect(m_entity, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT entityChosen(CsvEntity(m_entity->currentData().toInt())); });
    // An ambiguous convention shows no choice until the user makes one.
    connect(m_dates, &QComboBox::currentIndexChanged, this,
            [this] { m_scanned.datesAmbiguous = m_dates->currentIndex() < 0; });
    connect(m_decimal, &QComboBox::currentIndexChanged, this,
            [this] { m_scanned.decimalAmbiguous = m_decimal->currentIndex() < 0; });
    for (QComboBox *box : {m_source, m_dates, m_decimal, m_amount})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportMappingPage::changed);
    connect(this, &ImportMappingPage::changed, this,
            [this] { m_warning->setText(missingChoice()); });
}

void ImportMappingPage::setMapping(const QString &fileName, const ImportMapping &m)
{
    m_scanned = m;
    const QSignalBlocker blockEntity(m_entity), blockSource(m_source), blockDates(m_dates),
        blockDecimal(m_decimal), blockAmount(m_amount);
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(int(m.entity))));
    m_source->setCurrentIndex(std::max(0, m_source->findData(int(m.source))));
    m_dates->setCurrentIndex(m.datesAmbiguous ? -1
                                              : std::max(0, m_dates->findData(int(m.dateOrder))));
    m_decimal->setCurrentIndex(
        m.decimalAmbiguous ? -1 : std::max(0, m_decimal->findData(int(m.decimal))));
    m_amount->setCurrentIndex(std::max(0, m_amount->findData(int(m.amount))));
    const QLocale l;
    m_summary->setText(
        tr("<b>%1</b>: %2 rows, %3, separated by %4.")
            .arg(fileName.toHtmlEscaped(), l.toString(m.rows),
                 m.format.encoding == CsvEncoding::Utf8 ? tr("UTF-8") : tr("Windows-1252"),
                 m.format.delimiter == u'\t'  ? tr("tabs")
                 : m.format.delimiter == u';' ? tr("semicolons")
                                              : tr("commas")));
    fillColumns();
    fillStages();
    m_warning->setText(missingChoice());
}

void ImportMappingPage::fillColumns()
{
    m_columns->setRowCount(int(m_scanned.headers.size()));
    for (int row = 0; row < m_scanned.headers.size(); ++row) {
        m_columns->setItem(row, 0, new QTableWidgetItem(m_scanned.headers.at(row)));
        m_columns->setItem(row, 1, new QTableWidgetItem(m_scanned.samples.value(row).left(60)));
        auto *box = new QComboBox(m_columns);
        box->addItem(fieldName({}), QString());
        for (const HeaderField &f : ImportRowParser::fields())
            box->addItem(fieldName(f), fieldData(f));
        box->setCurrentIndex(std::max(0, box->findData(fieldData(m_scanned.columns.value(row)))));
        connect(box, &QComboBox::currentIndexChanged, this, [this, row, box] {
            m_scanned.columns[row] = fieldFromData(box->currentData().toString());
            Q_EMIT changed();
        });
        m_columns->setCellWidget(row, 2, box);
    }
}

void ImportMappingPage::fillStages()
{
    const QStringList values = m_scanned.stages.keys();
    m_stages->setRowCount(int(values.size()));
    for (int row = 0; row < values.size(); ++row) {
        const QString &value = values.at(row);
        m_stages->setItem(row, 0, new QTableWidgetItem(value));
        auto *box = new QComboBox(m_stages);
        box->addItem(tr("Choose a stage…"), QString());
        for (const Stage &s : m_playbook.stages())
            box->addItem(s.name.text(), s.key);
        box->setCurrentIndex(std::max(0, box->findData(m_scanned.stages.value(value))));
        connect(box, &QComboBox::currentIndexChanged, this, [this, value, box] {
            m_scanned.stages.insert(value, box->currentData().toString());
            Q_EMIT changed();
        });
        m_stages->setCellWidget(row, 1, box);
    }
}

ImportMapping ImportMappingPage::mapping() const
{
    ImportMapping m = m_scanned;
    m.entity = CsvEntity(m_entity->currentData().toInt());
    m.source = CsvSource(m_source->currentData().toInt());
    m.dateOrder = ValueParsers::DateOrder(m_dates->currentData().toInt());
    m.decimal = ValueParsers::Decimal(m_decimal->currentData().toInt());
    m.amount = ImportMapping::Amount(m_amount->currentData().toInt());
    return m;
}

QString ImportMappingPage::missingChoice() const
{
    QStringList out;
    if (m_scanned.datesAmbiguous)
        out << tr("Every date of the file reads both day first and month first: choose how "
                  "they are written.");
    if (m_scanned.decimalAmbiguous)
        out << tr("The amounts (such as 1,234) read both as thousands and as decimals: choose "
                  "their decimal separator.");
    return out.join(u' ');
}

} // namespace dealboard
