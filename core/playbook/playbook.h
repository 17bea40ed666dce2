#pragma once

#include "localizedtext.h"
#include "objective.h"
#include "result.h"
#include "timesplit.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dealboard {

struct Stage
{
    enum class Kind
    {
        Open,
        Won,
        Lost,
        Customer
    };
    QString key;
    LocalizedText name;
    LocalizedText description;
    int probability = 0; // percent
    Kind kind = Kind::Open;
    int rottingDays = 0; // 0: never rots
    bool isOpen() const { return kind == Kind::Open; }
};

struct LostReason
{
    QString key;
    LocalizedText name;
    bool needsCompetitor = false;
};

struct MrrBand
{
    qint64 minCents = 0;
    std::optional<qint64> maxCents; // none: no upper bound
    bool contains(qint64 cents) const
    {
        return cents >= minCents && (!maxCents || cents < *maxCents);
    }
};

struct Segment
{
    QString key;
    LocalizedText name;
    MrrBand mrr;
    QString motion;
};

struct Motion
{
    QString key;
    LocalizedText name;
    MrrBand mrr;
    int cycleDaysMin = 0;
    int cycleDaysMax = 0;
};

struct BantLevel
{
    int score = 0;
    LocalizedText label;
};

struct BantCriterion
{
    QString key;
    LocalizedText name;
    int min = 0;
    int max = 0;
    QList<BantLevel> levels;
    QList<LocalizedText> questions;
};

struct BantBand
{
    QString key;
    LocalizedText name;
    LocalizedText nextStep;
    int min = 0;
    int max = 0;
    std::optional<int> followUpDays;
};

struct GateCriterion
{
    QString key;
    LocalizedText label;
    bool computed = false; // proved by the data (score, email, signed quote), never ticked
    int minScore = 0;
};

struct Gate
{
    QString from;
    QString to;
    QList<GateCriterion> criteria;
};

struct ContractType
{
    QString key;
    LocalizedText name;
    LocalizedText payment;
    int termMonthsMin = 0;
    std::optional<int> termMonthsMax;
    int discountMinBp = 0;
    std::optional<int> discountMaxBp; // none: negotiable
    bool commitment = false;
};

// The sales playbook as data: every number the rules use comes from here, never from code.
class Playbook
{
    Q_DECLARE_TR_FUNCTIONS(Playbook)

public:
    // The playbook shipped with the app (resources/playbook/vmcloud.json).
    static QString defaultPath();
    static Result<Playbook> loadDefault();
    static Result<Playbook> loadFile(const QString &path);
    // `origin` names the source in error messages (a path, "database").
    static Result<Playbook> fromJson(const QByteArray &json, const QString &origin);

    QByteArray toJson() const { return m_json; }
    // A copy with other per-stage rotting limits (days; 0: never rots), as Settings edits them.
    Result<Playbook> withRottingDays(const QHash<QString, int> &days) const;
    LocalizedText name() const { return m_name; }
    QString currency() const { return m_currency; }

    const QList<Stage> &stages() const { return m_stages; }
    QList<Stage> openStages() const;
    const Stage *stage(const QString &key) const;
    int stageIndex(const QString &key) const; // -1 when unknown
    QStringList stageKeys() const;
    QString wonStage() const;
    QString lostStage() const;
    QString customerStage() const;

    const QList<LostReason> &lostReasons() const { return m_lostReasons; }
    const LostReason *lostReason(const QString &key) const;
    // Why deals are won (§8.3); a playbook stored before they existed gets the default ones.
    const QList<LostReason> &wonReasons() const { return m_wonReasons; }
    const LostReason *wonReason(const QString &key) const;
    // The quarterly objectives (§4.1), in quarter order.
    const QList<Objective> &objectives() const { return m_objectives; }
    const Objective *objective(const QString &quarter) const;
    // A copy with other objectives (sorted by quarter; two for one quarter are refused).
    Result<Playbook> withObjectives(const QList<Objective> &objectives) const;
    const QList<Segment> &segments() const { return m_segments; }
    const Segment *segment(const QString &key) const;
    const Segment *suggestedSegment(qint64 mrrCents) const;
    const QList<Motion> &motions() const { return m_motions; }
    const Motion *motionFor(qint64 mrrCents) const;
    const QList<BantCriterion> &bantCriteria() const { return m_bantCriteria; }
    const QList<BantBand> &bantBands() const { return m_bantBands; }
    const BantBand *bandFor(int total) const;
    const QList<Gate> &gates() const { return m_gates; }
    const QList<ContractType> &contracts() const { return m_contracts; }
    // The founder's target time split (§1.1); the default one when the file has none.
    const TimeSplit &timeSplit() const { return m_timeSplit; }

    // Sections typed by the features that use them (discounts, targets, objectives …).
    QJsonValue section(const QString &key) const { return m_root.value(key); }

private:
    QByteArray m_json;
    QJsonObject m_root;
    LocalizedText m_name;
    QString m_currency;
    QList<Stage> m_stages;
    QList<LostReason> m_lostReasons;
    QList<LostReason> m_wonReasons;
    QList<Objective> m_objectives;
    QList<Segment> m_segments;
    QList<Motion> m_motions;
    QList<BantCriterion> m_bantCriteria;
    QList<BantBand> m_bantBands;
    QList<Gate> m_gates;
    QList<ContractType> m_contracts;
    TimeSplit m_timeSplit;
};

} // namespace dealboard
