#include "dealhistorylist.h"

#include "model/deal.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/eventlog.h"

using namespace Qt::StringLiterals;

namespace dealboard {

DealHistoryList::DealHistoryList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"dealHistory"_s);
    setAccessibleName(tr("History of the deal"));
    setWordWrap(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setTextElideMode(Qt::ElideNone);
}

Status DealHistoryList::load(Database &db, const Deal &deal)
{
    m_db = &db;
    m_currency = deal.mrr.currency();
    clear();
    // What the deal went through: undone changes and their "undone" markers are left out.
    const Result<QList<Event>> events =
        EventLog(db).forEntity(u"deal"_s, deal.id, EventLog::History::Effective);
    if (!events) {
        addItem(tr("Cannot read the history: %1").arg(events.errorMessage()));
        return events.error();
    }
    const QLocale locale;
    for (const Event &e : *events) {
        const QDateTime at = e.at.toLocalTime();
        auto *item =
            new QListWidgetItem(tr("%1 · %2 · %3")
                                    .arg(locale.toString(at, QLocale::ShortFormat),
                                         e.actor.isEmpty() ? tr("unknown") : e.actor, describe(e)));
        item->setToolTip(locale.toString(at, QLocale::LongFormat));
        insertItem(0, item); // newest first
    }
    if (count() == 0)
        addItem(tr("No history recorded for this deal."));
    return {};
}

QString DealHistoryList::stageName(const QString &key) const
{
    const Stage *s = m_db ? m_db->playbook().stage(key) : nullptr;
    return s ? s->name.text() : key;
}

QString DealHistoryList::describe(const Event &e) const
{
    if (!m_db)
        return {};
    const Playbook &pb = m_db->playbook();
    switch (e.kind) {
    case Event::Kind::Created:
        return tr("Created in %1").arg(stageName(e.newValue));
    case Event::Kind::Edited:
        return edited(e);
    case Event::Kind::Moved:
        return tr("Moved from %1 to %2").arg(stageName(e.oldValue), stageName(e.newValue));
    case Event::Kind::Won: {
        const QStringList detail = e.detail.split(u'\n');
        const LostReason *r = pb.wonReason(detail.value(0));
        QString text = tr("Won (from %1)").arg(stageName(e.oldValue));
        if (r)
            text = tr("Won from %1: %2").arg(stageName(e.oldValue), r->name.text());
        if (!detail.value(1).isEmpty())
            text += u" — "_s + detail.mid(1).join(u' ');
        return text;
    }
    case Event::Kind::Lost: {
        const QStringList detail = e.detail.split(u'\n');
        const LostReason *r = pb.lostReason(detail.value(0));
        const QString reason = r ? r->name.text() : detail.value(0);
        const QString competitor = detail.value(1);
        return competitor.isEmpty()
                   ? tr("Lost from %1: %2").arg(stageName(e.oldValue), reason)
                   : tr("Lost from %1: %2 (%3)").arg(stageName(e.oldValue), reason, competitor);
    }
    case Event::Kind::Deleted:
        return tr("Deleted");
    case Event::Kind::Restored:
        return tr("Restored");
    case Event::Kind::Checked: {
        QString label = e.field;
        for (const Gate &g : pb.gates())
            for (const GateCriterion &c : g.criteria)
                if (c.key == e.field)
                    label = c.label.text();
        return e.newValue == "0"_L1 ? tr("Unchecked “%1”").arg(label)
                                    : tr("Checked “%1”").arg(label);
    }
    case Event::Kind::Qualified: {
        int max = 0;
        for (const BantCriterion &c : pb.bantCriteria())
            max += c.max;
        const QString score = tr("%1/%2").arg(e.newValue).arg(max);
        const BantBand *band = pb.bandFor(e.newValue.toInt());
        return band ? tr("Qualified: BANT+ %1 (%2)").arg(score, band->name.text())
                    : tr("Qualified: BANT+ %1").arg(score);
    }
    case Event::Kind::Undone: // not in the effective history
        return tr("Undid a change");
    }
    return {};
}

QString DealHistoryList::edited(const Event &e) const
{
    if (e.field == "position"_L1)
        return tr("Reordered in its column");
    if (e.field == "win_loss_review"_L1) // the review as JSON: see the Win/loss review button
        return e.newValue.isEmpty() ? tr("Win/loss review removed") : tr("Win/loss review saved");
    const std::pair<QLatin1StringView, QString> labels[] = {
        {"title"_L1, tr("Title")},
        {"company_id"_L1, tr("Company")},
        {"contact_id"_L1, tr("Primary contact")},
        {"mrr_cents"_L1, tr("MRR")},
        {"one_time_cents"_L1, tr("One-time amount")},
        {"currency"_L1, tr("Currency")},
        {"expected_close"_L1, tr("Expected close")},
        {"source"_L1, tr("Source")},
        {"owner"_L1, tr("Owner")},
        {"next_step"_L1, tr("Next step")},
        {"next_step_due"_L1, tr("Next step due")},
        {"verbal_agreement"_L1, tr("Verbal agreement")},
        {"timeline_confirmed"_L1, tr("Timeline confirmed")},
        {"hubspot_id"_L1, tr("HubSpot id")},
        {"pipedrive_id"_L1, tr("Pipedrive id")},
    };
    QString label = e.field;
    for (const auto &[key, text] : labels)
        if (e.field == key)
            label = text;
    return tr("%1: %2 → %3").arg(label, value(e.field, e.oldValue), value(e.field, e.newValue));
}

QString DealHistoryList::value(const QString &field, const QString &v) const
{
    const QLocale locale;
    if (v.isEmpty() || (field.endsWith("_id"_L1) && v == "0"_L1))
        return tr("none");
    if (field.endsWith("_cents"_L1))
        return Money(v.toLongLong(), m_currency).format(locale, Money::Cents::WhenNeeded);
    if (field == "expected_close"_L1 || field == "next_step_due"_L1)
        return locale.toString(QDate::fromString(v, Qt::ISODate), QLocale::ShortFormat);
    if (field == "verbal_agreement"_L1 || field == "timeline_confirmed"_L1)
        return v == "1"_L1 ? tr("yes") : tr("no");
    if (field == "company_id"_L1) {
        const Result<Company> c = CompanyRepository(*m_db).find(v.toLongLong());
        return c ? c->name : tr("company %1").arg(v);
    }
    if (field == "contact_id"_L1) {
        const Result<Contact> c = ContactRepository(*m_db).find(v.toLongLong());
        return c ? c->name : tr("contact %1").arg(v);
    }
    return tr("“%1”").arg(v);
}

} // namespace dealboard
