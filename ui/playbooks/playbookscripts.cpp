#include "playbookscripts.h"

#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

QStandardItem *add(QStandardItem *parent, const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    parent->appendRow(item);
    return item;
}

QStandardItem *phase(QStandardItemModel *model, const QString &text)
{
    QStandardItem *item = add(model->invisibleRootItem(), text);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}

void addAll(QStandardItem *parent, const QStringList &texts)
{
    for (const QString &text : texts)
        add(parent, text);
}

} // namespace

QStandardItemModel *PlaybookScripts::inbound(QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    model->setObjectName(u"inboundPlaybookModel"_s);
    phase(model, tr("Trigger: contact form, demo request or chat"));
    addAll(phase(model, tr("H+0–4: reply fast")),
           {tr("A personal email (not a generic template)"), tr("Offer a discovery call this week"),
            tr("If urgent: call directly")});
    QStandardItem *call = phase(model, tr("Discovery call (15 min)"));
    add(call, tr("Quick introduction of each other (2 min)"));
    addAll(add(call, tr("BANT+ questions (8 min)")),
           {tr("“What brings you to VMCloud?”"), tr("“What is your current setup?”"),
            tr("“What problems do you run into?”"), tr("“What is your approximate budget?”"),
            tr("“What is your timeline?”")});
    add(call, tr("Qualify the fit (3 min)"));
    add(call, tr("Next steps (2 min)"));
    addAll(phase(model, tr("If qualified (score ≥ 10)")),
           {tr("Schedule a demo within the week"), tr("Send a recap email with the agenda"),
            tr("Prepare a tailored demo")});
    addAll(phase(model, tr("If not qualified")),
           {tr("Point them to self-service"), tr("Add them to the nurture sequence"),
            tr("Get back to them in a month if their timeline is long")});
    return model;
}

QStandardItemModel *PlaybookScripts::demo(QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    model->setObjectName(u"demoPlaybookModel"_s);
    addAll(phase(model, tr("Pre-demo (D-1)")),
           {tr("Review the discovery notes"), tr("Prepare a tailored environment"),
            tr("Identify the client's specific use cases"),
            tr("Prepare answers to the likely objections")});
    addAll(phase(model, tr("0–5 min: introduction")),
           {tr("“Before we start, what matters most to you?”"), tr("Confirm the pain points"),
            tr("Announce the agenda")});
    QStandardItem *product = phase(model, tr("5–20 min: product demo"));
    addAll(product, {tr("Dashboard and navigation"), tr("Create a VPS live (wow moment)")});
    QStandardItem *features = add(product, tr("Show the key features for THIS client"));
    const struct
    {
        QString segment;
        QString text;
    } bySegment[] = {
        {u"pme"_s, tr("Tech SME: PaaS, monitoring, API")},
        {u"agency"_s, tr("Agency: multi-projects, backups, CDN")},
        {u"ml"_s, tr("ML team: GPU, environments, storage")},
    };
    for (const auto &s : bySegment)
        add(features, s.text)->setData(s.segment, SegmentRole);
    addAll(product, {tr("Console, SSH, logs"), tr("Built-in support (show how responsive it is)")});
    addAll(phase(model, tr("20–30 min: differentiation")),
           {tr("“Here is what sets us apart from [the competitor mentioned]”"),
            tr("Human support (show resolved tickets)"), tr("Simplicity vs AWS"),
            tr("Predictable pricing (no surprises)"), tr("SLA and commitment")});
    addAll(phase(model, tr("30–40 min: Q&A")),
           {tr("Answer the questions"), tr("Handle the objections"), tr("Confirm the interest")});
    addAll(phase(model, tr("40–45 min: next steps")),
           {tr("Sum up the value for them"), tr("Offer a proposal or quote"),
            tr("Set a follow-up date"), tr("“What could stop you from going ahead?”")});
    addAll(phase(model, tr("Post-demo (H+2)")),
           {tr("A personalised recap email"), tr("Additional resources (docs, case study)"),
            tr("Confirm the next step"), tr("Update the CRM")});
    return model;
}

} // namespace dealboard
