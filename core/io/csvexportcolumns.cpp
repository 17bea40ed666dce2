#include "csvexportcolumns.h"

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

using V = ExportValue;

ExportQuery dealsQuery()
{
    return {
        {
            {u"dealboardId"_s, u"d.id"_s, V::Integer},
            {u"title"_s, u"d.title"_s, V::Text},
            {u"companyName"_s, u"c.name"_s, V::Text},
            {u"companySegment"_s, u"c.segment"_s, V::Text},
            {u"companyExternalId"_s, u"c.external_id"_s, V::Text},
            {u"contactName"_s, u"ct.name"_s, V::Text},
            {u"contactEmail"_s, u"ct.email"_s, V::Text},
            {u"contactExternalId"_s, u"ct.external_id"_s, V::Text},
            {u"stage"_s, u"d.stage"_s, V::Text},
            {u"mrr"_s, u"d.mrr_cents"_s, V::Cents},
            {u"oneTime"_s, u"d.one_time_cents"_s, V::Cents},
            {u"currency"_s, u"d.currency"_s, V::Text},
            {u"expectedClose"_s, u"d.expected_close"_s, V::Text},
            {u"source"_s, u"d.source"_s, V::Text},
            {u"owner"_s, u"d.owner"_s, V::Text},
            {u"nextStep"_s, u"d.next_step"_s, V::Text},
            {u"nextStepDue"_s, u"d.next_step_due"_s, V::Text},
            {u"verbalAgreement"_s, u"d.verbal_agreement"_s, V::Bool},
            {u"timelineConfirmed"_s, u"d.timeline_confirmed"_s, V::Bool},
            {u"lostReason"_s, u"d.lost_reason"_s, V::Text},
            {u"lostCompetitor"_s, u"d.lost_competitor"_s, V::Text},
            {u"stageEnteredAt"_s, u"d.stage_entered_at"_s, V::DateTime},
            {u"createdAt"_s, u"d.created_at"_s, V::DateTime},
            {u"updatedAt"_s, u"d.updated_at"_s, V::DateTime},
            {u"hubspotId"_s, u"d.hubspot_id"_s, V::Text},
            {u"pipedriveId"_s, u"d.pipedrive_id"_s, V::Text},
        },
        u"deals d JOIN companies c ON c.id = d.company_id "
        "LEFT JOIN contacts ct ON ct.id = d.contact_id WHERE d.deleted_at IS NULL"_s,
        u"d.id"_s,
    };
}

ExportQuery companiesQuery()
{
    return {
        {
            {u"dealboardId"_s, u"c.id"_s, V::Integer},
            {u"name"_s, u"c.name"_s, V::Text},
            {u"segment"_s, u"c.segment"_s, V::Text},
            {u"sector"_s, u"c.sector"_s, V::Text},
            {u"website"_s, u"c.website"_s, V::Text},
            {u"source"_s, u"c.source"_s, V::Text},
            {u"externalId"_s, u"c.external_id"_s, V::Text},
            {u"createdAt"_s, u"c.created_at"_s, V::DateTime},
            {u"updatedAt"_s, u"c.updated_at"_s, V::DateTime},
        },
        u"companies c WHERE c.deleted_at IS NULL"_s,
        u"c.id"_s,
    };
}

ExportQuery contactsQuery()
{
    return {
        {
            {u"dealboardId"_s, u"ct.id"_s, V::Integer},
            {u"name"_s, u"ct.name"_s, V::Text},
            {u"companyName"_s, u"c.name"_s, V::Text},
            {u"companyExternalId"_s, u"c.external_id"_s, V::Text},
            {u"email"_s, u"ct.email"_s, V::Text},
            {u"phone"_s, u"ct.phone"_s, V::Text},
            {u"role"_s, u"ct.role"_s, V::Text},
            {u"decisionRole"_s, u"ct.decision_role"_s, V::Text},
            {u"linkedin"_s, u"ct.linkedin"_s, V::Text},
            {u"externalId"_s, u"ct.external_id"_s, V::Text},
            {u"createdAt"_s, u"ct.created_at"_s, V::DateTime},
            {u"updatedAt"_s, u"ct.updated_at"_s, V::DateTime},
        },
        u"contacts ct LEFT JOIN companies c ON c.id = ct.company_id "
        "WHERE ct.deleted_at IS NULL"_s,
        u"ct.id"_s,
    };
}

ExportQuery activitiesQuery()
{
    return {
        {
            {u"dealboardId"_s, u"a.id"_s, V::Integer},
            {u"dealboardDealId"_s, u"a.deal_id"_s, V::Integer},
            {u"dealTitle"_s, u"d.title"_s, V::Text},
            {u"companyName"_s, u"c.name"_s, V::Text},
            {u"kind"_s, u"a.kind"_s, V::ActivityKind},
            {u"title"_s, u"a.title"_s, V::Text},
            {u"due"_s, u"a.due"_s, V::Text},
            {u"doneAt"_s, u"a.done_at"_s, V::DateTime},
            {u"createdAt"_s, u"a.created_at"_s, V::DateTime},
            {u"note"_s, u"a.note"_s, V::Text},
        },
        u"activities a JOIN deals d ON d.id = a.deal_id JOIN companies c ON c.id = d.company_id "
        "WHERE a.deleted_at IS NULL AND d.deleted_at IS NULL"_s,
        u"a.id"_s,
    };
}

ExportQuery quotesQuery()
{
    return {
        {
            {u"number"_s, u"q.number"_s, V::Text},
            {u"revision"_s, u"q.revision"_s, V::Integer},
            {u"dealboardDealId"_s, u"q.deal_id"_s, V::Integer},
            {u"dealTitle"_s, u"d.title"_s, V::Text},
            {u"companyName"_s, u"c.name"_s, V::Text},
            {u"status"_s, u"q.status"_s, V::Text},
            {u"contract"_s, u"q.contract"_s, V::Text},
            {u"termMonths"_s, u"q.term_months"_s, V::Integer},
            {u"language"_s, u"q.language"_s, V::Text},
            {u"currency"_s, u"q.currency"_s, V::Text},
            {u"validUntil"_s, u"q.valid_until"_s, V::Text},
            {u"createdAt"_s, u"q.created_at"_s, V::DateTime},
            {u"sentAt"_s, u"q.sent_at"_s, V::DateTime},
            {u"signedAt"_s, u"q.signed_at"_s, V::DateTime},
            {u"signer"_s, u"q.signer"_s, V::Text},
            {u"signatureMethod"_s, u"q.signature_method"_s, V::Text},
            {u"linePosition"_s, u"l.position"_s, V::Integer},
            {u"lineDescription"_s, u"l.description"_s, V::Text},
            {u"quantity"_s, u"l.quantity_milli"_s, V::Milli},
            {u"unitPrice"_s, u"l.unit_price_cents"_s, V::Cents},
            {u"billing"_s, u"l.billing"_s, V::Text},
            {u"vatRate"_s, u"l.vat_bp"_s, V::BasisPoints},
            {u"monthlyHt"_s, u"q.id"_s, V::QuoteMonthly},
            {u"firstYear"_s, u"q.id"_s, V::QuoteFirstYear},
        },
        u"quotes q JOIN deals d ON d.id = q.deal_id JOIN companies c ON c.id = d.company_id "
        "LEFT JOIN quote_lines l ON l.quote_id = q.id WHERE d.deleted_at IS NULL"_s,
        u"q.id, l.position"_s,
    };
}

} // namespace

const ExportQuery &exportQuery(ExportEntity entity)
{
    static const ExportQuery deals = dealsQuery();
    static const ExportQuery companies = companiesQuery();
    static const ExportQuery contacts = contactsQuery();
    static const ExportQuery activities = activitiesQuery();
    static const ExportQuery quotes = quotesQuery();
    switch (entity) {
    case ExportEntity::Deals:
        return deals;
    case ExportEntity::Companies:
        return companies;
    case ExportEntity::Contacts:
        return contacts;
    case ExportEntity::Activities:
        return activities;
    case ExportEntity::Quotes:
        return quotes;
    }
    return deals;
}

} // namespace dealboard
