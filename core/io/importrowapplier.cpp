#include "importrowapplier.h"

#include "clock.h"
#include "playbook/playbook.h"
#include "storage/database.h"
#include "storage/fieldchanges.h"

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

template<typename T>
void take(T &field, const std::optional<T> &value)
{
    if (value)
        field = *value;
}

bool isWebmail(const QString &domain)
{
    static const QSet<QString> webmail{
        u"gmail.com"_s,     u"googlemail.com"_s, u"yahoo.com"_s,  u"yahoo.fr"_s,   u"hotmail.com"_s,
        u"hotmail.fr"_s,    u"outlook.com"_s,    u"outlook.fr"_s, u"live.com"_s,   u"live.fr"_s,
        u"icloud.com"_s,    u"me.com"_s,         u"orange.fr"_s,  u"wanadoo.fr"_s, u"free.fr"_s,
        u"laposte.net"_s,   u"sfr.fr"_s,         u"gmx.fr"_s,     u"gmx.com"_s,    u"proton.me"_s,
        u"protonmail.com"_s};
    return webmail.contains(domain.toLower());
}

} // namespace

ImportRowApplier::ImportRowApplier(Database &db, const ImportMapping &mapping, qint64 batchId,
                                   ImportIndex &index)
    : m_db(db)
    , m_mapping(mapping)
    , m_index(index)
    , m_writer(db, batchId)
    , m_now(Clock::current().now().toUTC())
{}

ImportCompanyValues ImportRowApplier::companyOfDeal(const ImportRow &row) const
{
    ImportCompanyValues v;
    const QString domain =
        row.contact.email ? row.contact.email->section(u'@', 1).toLower() : QString();
    if (!domain.isEmpty() && !isWebmail(domain)) {
        v.website = domain; // found by its domain when the company is already known
        v.name = domain;
    } else {
        v.name = row.contact.name.value_or(row.deal.title.value_or(QString()));
    }
    return v;
}

Result<qint64> ImportRowApplier::company(const ImportRow &row)
{
    ImportCompanyValues v = row.company;
    if (!v.name && !v.externalId && !v.website) {
        if (m_mapping.entity != CsvEntity::Deal)
            return qint64(0); // a contact without a company
        v = companyOfDeal(row);
    }
    const QString identity = identityOf(v.rowId, v.externalId);
    if (Company *found = m_index.company(v, identity)) {
        m_index.claimCompany(found->id, identity);
        Company merged = *found;
        take(merged.name, v.name);
        take(merged.website, v.website);
        take(merged.externalId, v.externalId);
        take(merged.segment, v.segment);
        take(merged.sector, v.sector);
        take(merged.source, v.source);
        const FieldChanges changes = ImportWriter::changes(*found, merged);
        if (changes.isEmpty()) {
            m_companies.seen(found->id);
            return found->id;
        }
        merged.updatedAt = v.updatedAt.value_or(m_now);
        if (Status s = m_writer.updateCompany(*found, merged, changes); !s)
            return s.error();
        m_companies.changed(merged.id);
        m_index.put(merged);
        return merged.id;
    }
    Company c;
    c.name = v.name.value_or(QString()).trimmed();
    if (c.name.isEmpty() && v.website)
        c.name = ImportIndex::domainOf(*v.website);
    if (c.name.isEmpty())
        c.name = v.externalId.value_or(row.deal.title.value_or(QString()));
    if (c.name.trimmed().isEmpty())
        c.name = tr("Company of line %1").arg(row.line);
    take(c.website, v.website);
    take(c.externalId, v.externalId);
    take(c.segment, v.segment);
    take(c.sector, v.sector);
    take(c.source, v.source);
    c.createdAt = v.createdAt.value_or(row.deal.createdAt.value_or(m_now));
    c.updatedAt = v.updatedAt.value_or(c.createdAt);
    if (Status s = m_writer.createCompany(c); !s)
        return s.error();
    m_companies.created.insert(c.id);
    m_index.put(c);
    m_index.claimCompany(c.id, identity);
    return c.id;
}

Result<qint64> ImportRowApplier::contact(const ImportRow &row, qint64 companyId, bool companyGiven)
{
    const ImportContactValues &v = row.contact;
    if (!v.name && !v.email && !v.externalId)
        return qint64(0);
    const QString identity = identityOf(v.rowId, v.externalId);
    if (Contact *found = m_index.contact(v, companyId, identity)) {
        m_index.claimContact(found->id, identity);
        Contact merged = *found;
        take(merged.name, v.name);
        take(merged.email, v.email);
        take(merged.externalId, v.externalId);
        take(merged.phone, v.phone);
        take(merged.role, v.role);
        take(merged.linkedin, v.linkedin);
        take(merged.decisionRole, v.decisionRole);
        // Only a company the row names moves a contact; one made up for it does not.
        if (companyId > 0 && (companyGiven || merged.companyId == 0))
            merged.companyId = companyId;
        const FieldChanges changes = ImportWriter::changes(*found, merged);
        if (changes.isEmpty()) {
            m_contacts.seen(found->id);
            return found->id;
        }
        merged.updatedAt = v.updatedAt.value_or(m_now);
        if (Status s = m_writer.updateContact(*found, merged, changes); !s)
            return s.error();
        m_contacts.changed(merged.id);
        m_index.put(merged);
        return merged.id;
    }
    Contact c;
    c.companyId = companyId;
    c.name = v.name.value_or(v.email.value_or(v.externalId.value_or(QString())));
    take(c.email, v.email);
    take(c.externalId, v.externalId);
    take(c.phone, v.phone);
    take(c.role, v.role);
    take(c.linkedin, v.linkedin);
    take(c.decisionRole, v.decisionRole);
    c.createdAt = v.createdAt.value_or(row.deal.createdAt.value_or(m_now));
    c.updatedAt = v.updatedAt.value_or(c.createdAt);
    if (Status s = m_writer.createContact(c); !s)
        return s.error();
    m_contacts.created.insert(c.id);
    m_index.put(c);
    m_index.claimContact(c.id, identity);
    return c.id;
}

Result<ImportRowOutcome::Action> ImportRowApplier::deal(const ImportRow &row, qint64 companyId,
                                                        qint64 contactId)
{
    const ImportDealValues &v = row.deal;
    const Playbook &pb = m_db.playbook();
    auto fill = [&](Deal &d) {
        take(d.title, v.title);
        take(d.mrr, v.mrr);
        take(d.oneTime, v.oneTime);
        if (v.stage && !v.stage->isEmpty())
            d.stage = *v.stage;
        take(d.expectedClose, v.expectedClose);
        take(d.source, v.source);
        take(d.owner, v.owner);
        take(d.nextStep, v.nextStep);
        take(d.nextStepDue, v.nextStepDue);
        take(d.verbalAgreement, v.verbalAgreement);
        take(d.timelineConfirmed, v.timelineConfirmed);
        if (d.stage == pb.lostStage()) {
            take(d.lostReason, v.lostReason);
            take(d.lostCompetitor, v.lostCompetitor);
        }
        take(d.hubspotId, v.hubspotId);
        take(d.pipedriveId, v.pipedriveId);
        if (m_mapping.source == CsvSource::HubSpot)
            take(d.hubspotId, v.externalId);
        else if (m_mapping.source == CsvSource::Pipedrive)
            take(d.pipedriveId, v.externalId);
        d.companyId = companyId;
        if (contactId > 0)
            d.contactId = contactId;
    };
    const ImportWriter::DealHistory history{v.closedAt.value_or(QDateTime()), v.lostNote,
                                            v.wonReason.value_or(QString())};
    const QString identity = identityOf(v.rowId, v.externalId);
    const Result<Deal *> match = m_index.deal(v, m_mapping.source, companyId, identity);
    if (!match)
        return match.error();
    if (Deal *found = *match) {
        m_index.claimDeal(found->id, identity);
        Deal merged = *found;
        fill(merged);
        const FieldChanges changes = ImportWriter::changes(*found, merged);
        if (changes.isEmpty() && merged.stage == found->stage) {
            m_deals.seen(found->id);
            return ImportRowOutcome::Action::Unchanged;
        }
        merged.updatedAt = v.updatedAt.value_or(m_now);
        if (merged.stage != found->stage)
            merged.stageEnteredAt = v.stageEnteredAt.value_or(v.closedAt.value_or(m_now));
        if (Status s = m_writer.updateDeal(*found, merged, changes, history); !s)
            return s.error();
        m_deals.changed(merged.id);
        m_index.put(merged);
        return ImportRowOutcome::Action::Updated;
    }
    Deal d;
    d.stage = pb.stages().isEmpty() ? QString() : pb.stages().first().key;
    fill(d);
    d.createdAt = v.createdAt.value_or(m_now);
    d.stageEnteredAt = v.stageEnteredAt.value_or(v.closedAt.value_or(d.createdAt));
    d.updatedAt = v.updatedAt.value_or(std::max(d.createdAt, d.stageEnteredAt));
    if (Status s = m_writer.createDeal(d, history); !s)
        return s.error();
    m_deals.created.insert(d.id);
    m_index.putNew(d);
    m_index.claimDeal(d.id, identity);
    return ImportRowOutcome::Action::Created;
}

Result<ImportRowOutcome> ImportRowApplier::apply(const ImportRow &row)
{
    const qsizetype createdBefore = m_companies.created.size() + m_contacts.created.size();
    const qsizetype updatedBefore = m_companies.updated.size() + m_contacts.updated.size();
    const Result<qint64> companyId = company(row);
    if (!companyId)
        return companyId.error();
    const bool companyGiven = row.company.name || row.company.externalId || row.company.website;
    const Result<qint64> contactId = contact(row, *companyId, companyGiven);
    if (!contactId)
        return contactId.error();
    ImportRowOutcome out{row.line, ImportRowOutcome::Action::Unchanged, {}};
    switch (m_mapping.entity) {
    case CsvEntity::Deal: {
        const Result<ImportRowOutcome::Action> action = deal(row, *companyId, *contactId);
        if (!action)
            return action.error();
        out.action = *action;
        out.label = row.deal.title.value_or(QString());
        return out;
    }
    case CsvEntity::Company:
        out.label = row.company.name.value_or(QString());
        break;
    case CsvEntity::Contact:
        out.label = row.contact.name.value_or(QString());
        break;
    case CsvEntity::None:
    case CsvEntity::Other:
        break;
    }
    if (m_companies.created.size() + m_contacts.created.size() > createdBefore)
        out.action = ImportRowOutcome::Action::Created;
    else if (m_companies.updated.size() + m_contacts.updated.size() > updatedBefore)
        out.action = ImportRowOutcome::Action::Updated;
    return out;
}

} // namespace dealboard
