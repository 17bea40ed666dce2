#include "importrowparser.h"

#include "model/contact.h"
#include "playbook/playbook.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

const QHash<QString, std::optional<QString> ImportDealValues::*> &dealTexts()
{
    static const QHash<QString, std::optional<QString> ImportDealValues::*> m{
        {u"title"_s, &ImportDealValues::title},
        {u"source"_s, &ImportDealValues::source},
        {u"owner"_s, &ImportDealValues::owner},
        {u"nextStep"_s, &ImportDealValues::nextStep},
        {u"lostCompetitor"_s, &ImportDealValues::lostCompetitor},
        {u"externalId"_s, &ImportDealValues::externalId},
        {u"hubspotId"_s, &ImportDealValues::hubspotId},
        {u"pipedriveId"_s, &ImportDealValues::pipedriveId},
        {u"rowId"_s, &ImportDealValues::rowId},
    };
    return m;
}

const QHash<QString, std::optional<QString> ImportCompanyValues::*> &companyTexts()
{
    static const QHash<QString, std::optional<QString> ImportCompanyValues::*> m{
        {u"name"_s, &ImportCompanyValues::name},
        {u"website"_s, &ImportCompanyValues::website},
        {u"externalId"_s, &ImportCompanyValues::externalId},
        {u"sector"_s, &ImportCompanyValues::sector},
        {u"source"_s, &ImportCompanyValues::source},
        {u"rowId"_s, &ImportCompanyValues::rowId},
    };
    return m;
}

const QHash<QString, std::optional<QString> ImportContactValues::*> &contactTexts()
{
    static const QHash<QString, std::optional<QString> ImportContactValues::*> m{
        {u"name"_s, &ImportContactValues::name},
        {u"externalId"_s, &ImportContactValues::externalId},
        {u"phone"_s, &ImportContactValues::phone},
        {u"role"_s, &ImportContactValues::role},
        {u"linkedin"_s, &ImportContactValues::linkedin},
        {u"source"_s, &ImportContactValues::source},
        {u"firstName"_s, &ImportContactValues::firstName},
        {u"lastName"_s, &ImportContactValues::lastName},
        {u"rowId"_s, &ImportContactValues::rowId},
    };
    return m;
}

const QSet<QString> kDealOther{
    u"amount"_s,     u"mrr"_s,       u"oneTime"_s,         u"currency"_s,
    u"stage"_s,      u"status"_s,    u"expectedClose"_s,   u"nextStepDue"_s,
    u"createdAt"_s,  u"updatedAt"_s, u"closedAt"_s,        u"stageEnteredAt"_s,
    u"lostReason"_s, u"wonReason"_s, u"verbalAgreement"_s, u"timelineConfirmed"_s};
const QSet<QString> kCompanyOther{u"segment"_s, u"createdAt"_s, u"updatedAt"_s};
const QSet<QString> kContactOther{u"email"_s, u"decisionRole"_s, u"createdAt"_s, u"updatedAt"_s};

QString folded(const QString &text)
{
    return HeaderNames::normalize(text);
}

} // namespace

bool ImportRowParser::supports(const HeaderField &f)
{
    switch (f.entity) {
    case CsvEntity::Deal:
        return dealTexts().contains(f.key) || kDealOther.contains(f.key);
    case CsvEntity::Company:
        return companyTexts().contains(f.key) || kCompanyOther.contains(f.key);
    case CsvEntity::Contact:
        return contactTexts().contains(f.key) || kContactOther.contains(f.key);
    case CsvEntity::None:
    case CsvEntity::Other:
        break;
    }
    return false;
}

QList<HeaderField> ImportRowParser::fields()
{
    static const QList<HeaderField> all = [] {
        QList<HeaderField> out;
        for (const char16_t *key : {u"title",       u"amount",          u"mrr",
                                    u"oneTime",     u"currency",        u"stage",
                                    u"status",      u"expectedClose",   u"createdAt",
                                    u"updatedAt",   u"closedAt",        u"stageEnteredAt",
                                    u"owner",       u"source",          u"nextStep",
                                    u"nextStepDue", u"lostReason",      u"lostCompetitor",
                                    u"wonReason",   u"verbalAgreement", u"timelineConfirmed",
                                    u"externalId",  u"hubspotId",       u"pipedriveId",
                                    u"rowId"})
            out << HeaderField{CsvEntity::Deal, QString::fromUtf16(key)};
        for (const char16_t *key : {u"name", u"website", u"externalId", u"segment", u"sector",
                                    u"source", u"createdAt", u"updatedAt", u"rowId"})
            out << HeaderField{CsvEntity::Company, QString::fromUtf16(key)};
        for (const char16_t *key :
             {u"name", u"firstName", u"lastName", u"email", u"phone", u"role", u"decisionRole",
              u"linkedin", u"externalId", u"source", u"createdAt", u"updatedAt", u"rowId"})
            out << HeaderField{CsvEntity::Contact, QString::fromUtf16(key)};
        return out;
    }();
    return all;
}

QString ImportRowParser::lostReasonKey(const QString &text, const Playbook &playbook)
{
    const QString t = folded(text);
    if (t.isEmpty())
        return {};
    for (const LostReason &r : playbook.lostReasons())
        if (t == folded(r.key) || t == folded(r.name.en) || t == folded(r.name.fr))
            return r.key;
    // What CRMs' free text usually says, English and French.
    static const std::pair<const char16_t *, QStringList> kWords[] = {
        {u"competitor", {u"competitor"_s, u"concurren"_s, u"competition"_s, u"chose"_s}},
        {u"budget",
         {u"price"_s, u"prix"_s, u"budget"_s, u"expensive"_s, u"cher"_s, u"cost"_s, u"cout"_s,
          u"tarif"_s}},
        {u"timing",
         {u"timing"_s, u"not now"_s, u"later"_s, u"pas maintenant"_s, u"plus tard"_s, u"delai"_s,
          u"report"_s}},
        {u"no-response",
         {u"no response"_s, u"reponse"_s, u"unresponsive"_s, u"ghost"_s, u"silence"_s,
          u"no reply"_s}},
        {u"no-fit", {u"fit"_s, u"need"_s, u"besoin"_s, u"adapte"_s}},
    };
    for (const auto &[key, words] : kWords)
        for (const QString &w : words)
            if (t.contains(w) && playbook.lostReason(QString::fromUtf16(key)))
                return QString::fromUtf16(key);
    return {};
}

ImportRowParser::ImportRowParser(const ImportMapping &mapping, const Playbook &playbook)
    : m_mapping(mapping)
    , m_playbook(playbook)
{
    m_setters.reserve(size_t(mapping.columns.size()));
    for (const HeaderField &f : mapping.columns)
        m_setters.push_back(setterFor(f));
}

ImportRowParser::Setter ImportRowParser::setterFor(const HeaderField &f) const
{
    const QString &key = f.key;
    using DateTimeField = std::optional<QDateTime>;
    auto dateTime = [this](const QString &v, const QString &column, ImportRow &row) {
        Result<QDateTime> d = ValueParsers::parseDateTime(v, m_mapping.dateOrder);
        if (!d) {
            row.problems << ImportProblem{row.line, column, d.errorMessage()};
            return DateTimeField();
        }
        return DateTimeField(d->toUTC());
    };
    auto date = [this](const QString &v, const QString &column, ImportRow &row) {
        Result<QDate> d = ValueParsers::parseDate(v, m_mapping.dateOrder);
        if (!d) {
            row.problems << ImportProblem{row.line, column, d.errorMessage()};
            return std::optional<QDate>();
        }
        return std::optional<QDate>(*d);
    };
    auto amount = [this](const QString &v, const QString &column, ImportRow &row) {
        Result<Money> m = ValueParsers::parseAmount(v, m_mapping.decimal, m_playbook.currency());
        if (!m) {
            row.problems << ImportProblem{row.line, column, m.errorMessage()};
            return std::optional<Money>();
        }
        if (m->cents() < 0) {
            row.problems << ImportProblem{row.line, column,
                                          tr("The amount %1 is negative.").arg(v)};
            return std::optional<Money>();
        }
        return std::optional<Money>(*m);
    };
    auto flag = [](const QString &v, const QString &column, ImportRow &row) {
        const std::optional<bool> b = ValueParsers::parseBool(v);
        if (!b)
            row.problems << ImportProblem{row.line, column,
                                          tr("\"%1\" is neither yes nor no.").arg(v)};
        return b;
    };

    if (f.entity == CsvEntity::Deal) {
        if (const auto member = dealTexts().value(key))
            return
                [member](ImportRow &r, const QString &v, const QString &) { r.deal.*member = v; };
        if (key == "amount"_L1 || key == "mrr"_L1 || key == "oneTime"_L1) {
            const bool monthly =
                key == "mrr"_L1 ||
                (key == "amount"_L1 && m_mapping.amount == ImportMapping::Amount::Monthly);
            return [amount, monthly](ImportRow &r, const QString &v, const QString &c) {
                (monthly ? r.deal.mrr : r.deal.oneTime) = amount(v, c, r);
            };
        }
        if (key == "currency"_L1)
            return [this](ImportRow &r, const QString &v, const QString &c) {
                if (v.compare(m_playbook.currency(), Qt::CaseInsensitive) != 0)
                    r.problems << ImportProblem{
                        r.line, c,
                        tr("The amount is in %1: Dealboard keeps amounts in %2 and does not "
                           "convert them.")
                            .arg(v, m_playbook.currency())};
            };
        if (key == "stage"_L1)
            return [](ImportRow &r, const QString &v, const QString &) { r.deal.stage = v; };
        if (key == "status"_L1)
            return [](ImportRow &r, const QString &v, const QString &) {
                const QString s = folded(v);
                if (s == "won"_L1 || s == "gagne"_L1)
                    r.deal.status = ImportDealValues::Status::Won;
                else if (s == "lost"_L1 || s == "perdu"_L1)
                    r.deal.status = ImportDealValues::Status::Lost;
                else if (s == "deleted"_L1 || s == "supprime"_L1)
                    r.deal.status = ImportDealValues::Status::Deleted;
            };
        if (key == "lostReason"_L1)
            return [](ImportRow &r, const QString &v, const QString &) { r.deal.lostReason = v; };
        if (key == "wonReason"_L1)
            return [](ImportRow &r, const QString &v, const QString &) { r.deal.wonReason = v; };
        if (key == "expectedClose"_L1 || key == "nextStepDue"_L1) {
            const auto member = key == "expectedClose"_L1 ? &ImportDealValues::expectedClose
                                                          : &ImportDealValues::nextStepDue;
            return [date, member](ImportRow &r, const QString &v, const QString &c) {
                r.deal.*member = date(v, c, r);
            };
        }
        if (key == "createdAt"_L1 || key == "updatedAt"_L1 || key == "closedAt"_L1 ||
            key == "stageEnteredAt"_L1) {
            const auto member = key == "createdAt"_L1   ? &ImportDealValues::createdAt
                                : key == "updatedAt"_L1 ? &ImportDealValues::updatedAt
                                : key == "closedAt"_L1  ? &ImportDealValues::closedAt
                                                        : &ImportDealValues::stageEnteredAt;
            return [dateTime, member](ImportRow &r, const QString &v, const QString &c) {
                r.deal.*member = dateTime(v, c, r);
            };
        }
        if (key == "verbalAgreement"_L1 || key == "timelineConfirmed"_L1) {
            const auto member = key == "verbalAgreement"_L1 ? &ImportDealValues::verbalAgreement
                                                            : &ImportDealValues::timelineConfirmed;
            return [flag, member](ImportRow &r, const QString &v, const QString &c) {
                r.deal.*member = flag(v, c, r);
            };
        }
    } else if (f.entity == CsvEntity::Company) {
        if (const auto member = companyTexts().value(key))
            return [member](ImportRow &r, const QString &v, const QString &) {
                r.company.*member = v;
            };
        if (key == "segment"_L1)
            return [this](ImportRow &r, const QString &v, const QString &c) {
                for (const Segment &s : m_playbook.segments())
                    if (folded(v) == folded(s.key) || folded(v) == folded(s.name.en) ||
                        folded(v) == folded(s.name.fr)) {
                        r.company.segment = s.key;
                        return;
                    }
                r.problems << ImportProblem{r.line, c,
                                            tr("\"%1\" is not a segment of the playbook.").arg(v)};
            };
        if (key == "createdAt"_L1 || key == "updatedAt"_L1) {
            const auto member = key == "createdAt"_L1 ? &ImportCompanyValues::createdAt
                                                      : &ImportCompanyValues::updatedAt;
            return [dateTime, member](ImportRow &r, const QString &v, const QString &c) {
                r.company.*member = dateTime(v, c, r);
            };
        }
    } else if (f.entity == CsvEntity::Contact) {
        if (const auto member = contactTexts().value(key))
            return [member](ImportRow &r, const QString &v, const QString &) {
                r.contact.*member = v;
            };
        if (key == "email"_L1)
            return [](ImportRow &r, const QString &v, const QString &c) {
                Result<QString> e = ValueParsers::parseEmail(v);
                if (e)
                    r.contact.email = e->toLower();
                else
                    r.problems << ImportProblem{r.line, c, e.errorMessage()};
            };
        if (key == "decisionRole"_L1)
            return [](ImportRow &r, const QString &v, const QString &c) {
                if (Contact::decisionRoles().contains(v))
                    r.contact.decisionRole = v;
                else
                    r.problems << ImportProblem{r.line, c,
                                                tr("\"%1\" is not a decision role.").arg(v)};
            };
        if (key == "createdAt"_L1 || key == "updatedAt"_L1) {
            const auto member = key == "createdAt"_L1 ? &ImportContactValues::createdAt
                                                      : &ImportContactValues::updatedAt;
            return [dateTime, member](ImportRow &r, const QString &v, const QString &c) {
                r.contact.*member = dateTime(v, c, r);
            };
        }
    }
    return {};
}

ImportRow ImportRowParser::parse(const CsvRecord &record) const
{
    ImportRow row;
    row.line = record.line;
    const qsizetype n = std::min<qsizetype>(record.fields.size(), qsizetype(m_setters.size()));
    for (qsizetype i = 0; i < n; ++i) {
        const Setter &set = m_setters[size_t(i)];
        if (!set)
            continue;
        QString value = record.fields.at(i).trimmed();
        value.replace(u"\r\n"_s, u"\n"_s); // a line break inside a quoted field
        if (!value.isEmpty())
            set(row, value, m_mapping.headers.at(i));
    }
    finish(row);
    return row;
}

void ImportRowParser::finish(ImportRow &row) const
{
    ImportDealValues &d = row.deal;
    ImportContactValues &c = row.contact;
    if (!c.name && (c.firstName || c.lastName))
        c.name =
            (c.firstName.value_or(QString()) + u' ' + c.lastName.value_or(QString())).trimmed();
    switch (m_mapping.entity) {
    case CsvEntity::Deal: {
        if (!d.title)
            row.problems << ImportProblem{row.line, QString(), tr("The deal has no title.")};
        if (d.status == ImportDealValues::Status::Won)
            d.stage = m_playbook.wonStage();
        else if (d.status == ImportDealValues::Status::Lost)
            d.stage = m_playbook.lostStage();
        else if (d.stage) {
            const QString key = m_mapping.stages.value(*d.stage);
            if (key.isEmpty())
                row.problems << ImportProblem{
                    row.line, QString(),
                    tr("Unknown stage \"%1\": choose a playbook stage for it.").arg(*d.stage)};
            d.stage = key;
        }
        if (d.lostReason) {
            const QString key = lostReasonKey(*d.lostReason, m_playbook);
            if (key.isEmpty())
                d.lostNote = *d.lostReason;
            d.lostReason = key;
        }
        if (d.wonReason) {
            const LostReason *reason = nullptr;
            for (const LostReason &r : m_playbook.wonReasons())
                if (folded(*d.wonReason) == folded(r.key) ||
                    folded(*d.wonReason) == folded(r.name.en) ||
                    folded(*d.wonReason) == folded(r.name.fr))
                    reason = &r;
            d.wonReason = reason ? reason->key : QString();
        }
        break;
    }
    case CsvEntity::Company:
        if (!row.company.name)
            row.problems << ImportProblem{row.line, QString(), tr("The company has no name.")};
        break;
    case CsvEntity::Contact:
        if (!c.name && c.email)
            c.name = c.email->section(u'@', 0, 0);
        if (!c.name)
            row.problems << ImportProblem{row.line, QString(),
                                          tr("The contact has neither a name nor an email.")};
        break;
    case CsvEntity::None:
    case CsvEntity::Other:
        break;
    }
}

} // namespace dealboard
