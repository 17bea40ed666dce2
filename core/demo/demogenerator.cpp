#include "demogenerator.h"

#include "clock.h"
#include "demoactivities.h"
#include "demoquotes.h"
#include "demowords.h"
#include "rules/stagegates.h"
#include "storage/bulkwrite.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/eventlog.h"
#include "storage/qualificationrepository.h"
#include "storage/sqldialect.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

struct SegmentShape
{
    const char *key;
    int weight;    // share of companies, in percent
    qint64 minMrr; // euros
    qint64 maxMrr;
};

// MRR bands of PLAYBOOK.md's segment table; agencies overlap SMEs on purpose.
constexpr SegmentShape kSegments[] = {
    {"freelance", 20, 20, 99},  {"tpe", 30, 100, 499},          {"pme", 28, 500, 1999},
    {"agency", 15, 1000, 4999}, {"enterprise", 7, 5000, 15000},
};

// Where the deals end up, in percent (sums to 100).
constexpr std::pair<const char *, int> kFinalStages[] = {
    {"lead", 16}, {"qualified", 12}, {"demo", 10},     {"proposal", 9},
    {"nego", 5},  {"won", 10},       {"customer", 10}, {"lost", 28},
};

class Draw
{
public:
    explicit Draw(quint32 seed)
        : m_rng(seed)
    {}
    int below(int n) { return static_cast<int>(m_rng.bounded(n)); }
    qint64 between(qint64 lo, qint64 hi)
    {
        return lo + static_cast<qint64>(m_rng.bounded(double(hi - lo + 1)));
    }
    bool chance(int percent) { return below(100) < percent; }
    template<typename List>
    const auto &pick(const List &list)
    {
        return list.at(below(static_cast<int>(list.size())));
    }
    template<typename Pair, size_t N>
    const char *weighted(const Pair (&table)[N])
    {
        int r = below(100);
        for (const auto &entry : table) {
            if (r < entry.second)
                return entry.first;
            r -= entry.second;
        }
        return table[N - 1].first;
    }

private:
    QRandomGenerator m_rng;
};

QString companyName(Draw &draw, const QString &segment)
{
    const QString word = draw.pick(demo::nameWords());
    const QString city = draw.pick(demo::cities());
    if (segment == "freelance"_L1)
        return u"%1 %2 Conseil"_s.arg(draw.pick(demo::firstNames()), draw.pick(demo::lastNames()));
    if (segment == "tpe"_L1)
        return u"%1 %2"_s.arg(word, city);
    if (segment == "pme"_L1)
        return u"%1 %2 SAS"_s.arg(word, draw.pick(demo::nameWords()));
    if (segment == "agency"_L1)
        return u"Agence %1 %2"_s.arg(word, city);
    return u"Groupe %1 %2"_s.arg(word, draw.pick(demo::nameWords()));
}

// The BANT+ score range of a playbook criterion.
std::pair<int, int> bantRange(const Playbook &pb, const QString &key)
{
    for (const BantCriterion &c : pb.bantCriteria())
        if (c.key == key)
            return {c.min, c.max};
    return {1, 4};
}

// The lowest BANT+ total the gates accept (the "bant-min" criterion), 0 when none.
int qualifyingTotal(const Playbook &pb)
{
    for (const Gate &g : pb.gates())
        for (const GateCriterion &c : g.criteria)
            if (c.key == "bant-min"_L1)
                return c.minScore;
    return 0;
}

// A qualification that matches the deal: budget from its MRR (the levels of annex B), authority
// from its contact's decision role, the rest drawn; raised to `atLeast` when it must qualify.
Qualification drawQualification(Draw &draw, const Playbook &pb, qint64 mrrCents, int decisionRole,
                                int atLeast)
{
    auto clamp = [&pb](const char *key, int v) {
        const auto [lo, hi] = bantRange(pb, QString::fromLatin1(key));
        return std::clamp(v, lo, hi);
    };
    auto drawn = [&](const char *key) {
        const auto [lo, hi] = bantRange(pb, QString::fromLatin1(key));
        return int(draw.between(lo, hi));
    };
    Qualification q;
    q.budget = clamp("budget", mrrCents < 10000    ? 1
                               : mrrCents < 50000  ? 2
                               : mrrCents < 200000 ? 3
                                                   : 4);
    q.authority = clamp("authority", decisionRole + 1);
    q.need = drawn("need");
    q.timeline = drawn("timeline");
    q.fit = drawn("fit");
    int *raisable[] = {&q.need, &q.timeline, &q.fit};
    const char *keys[] = {"need", "timeline", "fit"};
    for (int guard = 0; q.total() < atLeast && guard < 64; ++guard) {
        const int i = draw.below(3);
        if (*raisable[i] < bantRange(pb, QString::fromLatin1(keys[i])).second)
            ++*raisable[i];
    }
    return q;
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(const Options &options, const Progress &progress)
{
    if (options.deals < 0 || options.deals > 1000000)
        return userError(tr("The number of deals must be between 0 and 1,000,000."));
    const Playbook &pb = m_db.playbook();
    const QDateTime now = options.now.isValid() ? options.now.toUTC()
                                                : QDateTime(Clock::current().now().toUTC().date(),
                                                            QTime(8, 0), Qt::UTC);
    Draw draw(options.seed);
    CompanyRepository companies(m_db);
    ContactRepository contacts(m_db);
    DealRepository deals(m_db);
    QualificationRepository qualifications(m_db);
    EventLog log(m_db);
    const int qualifying = qualifyingTotal(pb);
    DemoSummary summary;
    DemoActivities activities(m_db, options.seed, now);
    BulkWrite bulk(m_db);
    Database::Transaction tx(m_db);
    if (Status s = bulk.dropIndexes(u"'events', 'deals', 'activities', 'qualifications', "
                                    "'deal_checks', 'companies', 'contacts'"_s);
        !s)
        return s.error();

    struct Known
    {
        qint64 id;
        qint64 contactId;
        const SegmentShape *shape;
        QString email;    // of the contact
        int decisionRole; // of the contact: its index in Contact::decisionRoles()
    };
    QList<Known> known;
    const int companyCount = std::max(5, options.deals / 3);
    const QDateTime yearAgo = now.addDays(-365);
    for (int i = 0; i < companyCount; ++i) {
        // Every segment appears, then the mix follows the weights.
        const SegmentShape *shape = nullptr;
        if (i < int(std::size(kSegments))) {
            shape = &kSegments[i];
        } else {
            int r = draw.below(100);
            for (const SegmentShape &s : kSegments) {
                shape = &s;
                if (r < s.weight)
                    break;
                r -= s.weight;
            }
        }
        Company c;
        c.segment = QString::fromLatin1(shape->key);
        c.name = companyName(draw, c.segment);
        c.sector = draw.pick(demo::sectors());
        c.website = u"https://www.%1.fr"_s.arg(demo::slug(c.name));
        c.source = draw.pick(demo::sources());
        c.createdAt = c.updatedAt = yearAgo.addSecs(draw.between(0, 30 * 86400));
        const Result<qint64> companyId = companies.insertRow(c);
        if (!companyId)
            return companyId.error();
        qint64 firstContact = 0;
        QString firstEmail;
        int firstRole = 0;
        const int people = (c.segment == "freelance"_L1 || c.segment == "tpe"_L1) ? 1 : 2;
        for (int p = 0; p < people; ++p) {
            Contact ct;
            ct.companyId = *companyId;
            const QString first = draw.pick(demo::firstNames());
            const QString last = draw.pick(demo::lastNames());
            ct.name = first + u' ' + last;
            ct.email =
                u"%1.%2@%3.fr"_s.arg(demo::slug(first), demo::slug(last), demo::slug(c.name));
            ct.phone = u"+33 6 %1 %2 %3 %4"_s.arg(draw.between(10, 99))
                           .arg(draw.between(10, 99))
                           .arg(draw.between(10, 99))
                           .arg(draw.between(10, 99));
            ct.role = draw.pick(QStringList{u"CTO"_s, u"CEO"_s, u"Lead dev"_s, u"DSI"_s,
                                            u"Responsable infra"_s, u"Fondatrice"_s});
            ct.decisionRole = draw.pick(Contact::decisionRoles());
            ct.createdAt = ct.updatedAt = c.createdAt;
            const Result<qint64> contactId = contacts.insertRow(ct);
            if (!contactId)
                return contactId.error();
            if (p == 0) {
                firstContact = *contactId;
                firstEmail = ct.email;
                firstRole = int(Contact::decisionRoles().indexOf(ct.decisionRole));
            }
            ++summary.contacts;
        }
        known.append({*companyId, firstContact, shape, firstEmail, firstRole});
        ++summary.companies;
    }

    const QStringList openOrder = [&pb] {
        QStringList keys;
        for (const Stage &s : pb.openStages())
            keys << s.key;
        return keys;
    }();
    QHash<QString, int> positions;
    for (int i = 0; i < options.deals; ++i) {
        if (progress && i % 2000 == 0 && !progress(i, options.deals))
            return userError(tr("Cancelled: no sample data was added."));
        const Known &company = draw.pick(known);
        const QString finalStage = QString::fromLatin1(draw.weighted(kFinalStages));
        // The open stages the deal went through, then where it ended.
        QStringList path{openOrder.first()};
        if (finalStage == pb.lostStage()) {
            const int reached = draw.below(int(openOrder.size()));
            path = openOrder.mid(0, reached + 1);
            path << finalStage;
        } else if (pb.stageIndex(finalStage) >= 0) {
            for (const QString &s : openOrder.mid(1)) {
                if (path.last() == finalStage)
                    break;
                path << s;
            }
            if (finalStage == pb.customerStage())
                path << pb.wonStage() << finalStage;
            else if (finalStage == pb.wonStage())
                path << finalStage;
        }
        const bool open = pb.stage(finalStage)->isOpen();
        // Open deals are younger; closed ones spread over the whole year.
        const qint64 ageDays = open ? draw.between(path.size(), 120) : draw.between(20, 365);
        const QDateTime created = now.addSecs(-ageDays * 86400 + draw.between(0, 36000));
        const qint64 span = std::max<qint64>(1, created.secsTo(now) - 3600);
        QList<qint64> offsets;
        for (qsizetype s = 1; s < path.size(); ++s)
            offsets << draw.between(0, open ? span : std::min<qint64>(span, 90 * 86400));
        std::sort(offsets.begin(), offsets.end());

        Deal d;
        d.title = draw.pick(demo::dealTitles());
        d.companyId = company.id;
        d.contactId = company.contactId;
        d.mrr = Money::fromUnits(
            draw.between(company.shape->minMrr, company.shape->maxMrr) / 10 * 10, pb.currency());
        d.oneTime = Money(draw.chance(25) ? draw.between(2, 30) * 10000 : 0, pb.currency());
        d.stage = finalStage;
        d.position = ++positions[finalStage] * DealRepository::kPositionStep;
        d.source = draw.pick(demo::sources());
        d.owner = m_db.actor();
        d.createdAt = created;
        d.stageEnteredAt = offsets.isEmpty() ? created : created.addSecs(offsets.last());
        d.updatedAt = d.stageEnteredAt;
        if (open) {
            d.expectedClose = now.date().addDays(draw.between(-10, 90));
            d.nextStep = draw.pick(demo::nextSteps());
            d.nextStepDue = now.date().addDays(draw.between(-5, 14));
            d.verbalAgreement = finalStage == "nego"_L1 && draw.chance(50);
            d.timelineConfirmed =
                (finalStage == "proposal"_L1 || finalStage == "nego"_L1) && draw.chance(60);
        } else {
            d.expectedClose = d.stageEnteredAt.date();
        }
        if (finalStage == pb.lostStage()) {
            const LostReason &reason = draw.pick(pb.lostReasons());
            d.lostReason = reason.key;
            if (reason.needsCompetitor)
                d.lostCompetitor = draw.pick(demo::competitors());
        }
        const Result<qint64> dealId = deals.insertRow(d);
        if (!dealId)
            return dealId.error();

        Event e{0,  created, d.owner,      u"deal"_s, *dealId, Event::Kind::Created,
                {}, {},      path.first(), {}};
        if (Result<qint64> r = log.append(e); !r)
            return r.error();

        // BANT+: every deal that left the first stage for an open one (or won) qualified just
        // before it did; about half of the others were scored too, some under the bar.
        const bool wentOn = path.size() > 1 && path.at(1) != pb.lostStage();
        GateEvidence evidence{std::nullopt, company.email, d.mrr.cents(), false, {}};
        if (wentOn || draw.chance(50)) {
            Qualification q = drawQualification(draw, pb, d.mrr.cents(), company.decisionRole,
                                                wentOn ? qualifying : 0);
            q.dealId = *dealId;
            const QDateTime next = path.size() > 1 ? created.addSecs(offsets.first()) : now;
            q.at =
                wentOn
                    ? std::max(created, next.addSecs(-draw.between(300, 3 * 3600)))
                    : created.addSecs(draw.between(0, std::max<qint64>(0, created.secsTo(next))));
            if (Result<qint64> r = qualifications.insertRow(q); !r)
                return r.error();
            evidence.bantTotal = q.total();
            const Event qualified{0,         q.at,    d.owner,
                                  u"deal"_s, *dealId, Event::Kind::Qualified,
                                  {},        {},      QString::number(q.total()),
                                  {}};
            if (Result<qint64> r = log.append(qualified); !r)
                return r.error();
            ++summary.events;
        }

        for (qsizetype s = 1; s < path.size(); ++s) {
            const Stage *to = pb.stage(path.at(s));
            e.at = created.addSecs(offsets.at(s - 1));
            // The checklist of the gate passed here: what the data does not prove was ticked.
            for (const CriterionState &c :
                 StageGates::evaluate(pb, path.at(s - 1), path.at(s), evidence)) {
                if (c.met || !c.tickable)
                    continue;
                if (Status st = deals.insertCheckRow(*dealId, c.criterion.key, e.at); !st)
                    return st.error();
            }
            e.kind = to->kind == Stage::Kind::Lost  ? Event::Kind::Lost
                     : to->kind == Stage::Kind::Won ? Event::Kind::Won
                                                    : Event::Kind::Moved;
            e.oldValue = path.at(s - 1);
            e.newValue = path.at(s);
            e.detail = e.kind == Event::Kind::Lost
                           ? (d.lostCompetitor.isEmpty() ? d.lostReason
                                                         : d.lostReason + u'\n' + d.lostCompetitor)
                           : QString();
            // Won reasons from the id, not the random draw, so earlier demos stay as they were;
            // one win in five has none, as in real use.
            if (e.kind == Event::Kind::Won && !pb.wonReasons().isEmpty() && *dealId % 5 != 0)
                e.detail = pb.wonReasons().at(*dealId * 7 % pb.wonReasons().size()).key;
            if (Result<qint64> r = log.append(e); !r)
                return r.error();
            ++summary.events;
        }
        const qsizetype demoStep = path.indexOf(u"demo"_s);
        const QDateTime demoAt = demoStep < 0    ? QDateTime()
                                 : demoStep == 0 ? created
                                                 : created.addSecs(offsets.at(demoStep - 1));
        if (Status st = activities.add(*dealId, created, demoAt); !st)
            return st.error();
        ++summary.events;
        ++summary.deals;
    }
    if (Status s = bulk.rebuildIndexes(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    const Result<qint64> before = log.count();
    const Result<int> quotes = DemoQuotes(m_db, now).add();
    const Result<qint64> after = log.count();
    if (!quotes || !before || !after)
        return !quotes ? quotes.error() : !before ? before.error() : after.error();
    summary.quotes = *quotes;
    summary.events += *after - *before;
    if (progress)
        progress(options.deals, options.deals);
    return summary;
}

} // namespace dealboard
