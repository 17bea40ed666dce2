#include "demogenerator.h"

#include "clock.h"
#include "demowords.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/eventlog.h"

#include <QHash>
#include <QRandomGenerator>

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
    EventLog log(m_db);
    DemoSummary summary;
    Database::Transaction tx(m_db);

    struct Known
    {
        qint64 id;
        qint64 contactId;
        const SegmentShape *shape;
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
            if (p == 0)
                firstContact = *contactId;
            ++summary.contacts;
        }
        known.append({*companyId, firstContact, shape});
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
        d.position = positions[finalStage]++;
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
        for (qsizetype s = 1; s < path.size(); ++s) {
            const Stage *to = pb.stage(path.at(s));
            e.at = created.addSecs(offsets.at(s - 1));
            e.kind = to->kind == Stage::Kind::Lost  ? Event::Kind::Lost
                     : to->kind == Stage::Kind::Won ? Event::Kind::Won
                                                    : Event::Kind::Moved;
            e.oldValue = path.at(s - 1);
            e.newValue = path.at(s);
            e.detail = e.kind == Event::Kind::Lost
                           ? (d.lostCompetitor.isEmpty() ? d.lostReason
                                                         : d.lostReason + u'\n' + d.lostCompetitor)
                           : QString();
            if (Result<qint64> r = log.append(e); !r)
                return r.error();
            ++summary.events;
        }
        ++summary.events;
        ++summary.deals;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    if (progress)
        progress(options.deals, options.deals);
    return summary;
}

} // namespace dealboard
