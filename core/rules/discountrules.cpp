#include "discountrules.h"

#include "playbook/playbook.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// A non-negative integer field; `fallback` when absent.
Result<qint64> integer(const QJsonObject &o, const QString &field, qint64 fallback,
                       const QString &where)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger()))
        return userError(DiscountRules::tr("The playbook's %1.%2 must be a whole number ≥ 0.")
                             .arg(where, field));
    return v.toInteger();
}

Result<QList<DiscountRule>> parseList(const QJsonValue &value, bool automatic)
{
    const QString group = automatic ? u"discounts.automatic"_s : u"discounts.founder"_s;
    if (!value.isArray())
        return userError(DiscountRules::tr("The playbook's %1 must be a list.").arg(group));
    QList<DiscountRule> out;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString where = u"%1[%2]"_s.arg(group).arg(i);
        DiscountRule r;
        r.key = o.value(u"key"_s).toString();
        if (r.key.isEmpty())
            return userError(DiscountRules::tr("The playbook's %1 has no key.").arg(where));
        r.name = LocalizedText::fromJson(o.value(u"name"_s));
        r.automatic = automatic;
        r.index = static_cast<int>(i);
        const QString fields[] = {u"bp"_s,           u"maxBp"_s,       u"maxTotalBp"_s,
                                  u"months"_s,       u"minProducts"_s, u"minMrrCents"_s,
                                  u"minTermMonths"_s};
        qint64 values[std::size(fields)] = {};
        for (size_t f = 0; f < std::size(fields); ++f) {
            const Result<qint64> v = integer(o, fields[f], 0, where);
            if (!v)
                return v.error();
            values[f] = *v;
        }
        if (values[0] > 10000 || values[1] > 10000 || values[2] > 10000)
            return userError(
                DiscountRules::tr("The playbook's %1 has a rate above 100 %.").arg(where));
        r.bp = int(values[0]);
        r.maxBp = int(values[1]);
        r.maxTotalBp = int(values[2]);
        r.months = int(values[3]);
        r.minProducts = int(values[4]);
        r.minMrrCents = values[5];
        r.minTermMonths = int(values[6]);
        out << r;
    }
    return out;
}

} // namespace

QString DiscountRule::source() const
{
    return u"discounts.%1[%2] %3"_s.arg(automatic ? u"automatic"_s : u"founder"_s)
        .arg(index)
        .arg(key);
}

Result<DiscountRules> DiscountRules::fromPlaybook(const Playbook &playbook)
{
    const QJsonValue section = playbook.section(u"discounts"_s);
    if (!section.isObject())
        return userError(tr("The playbook has no \"discounts\" section (§7.2)."));
    const QJsonObject o = section.toObject();
    DiscountRules rules;
    Result<QList<DiscountRule>> automatic = parseList(o.value(u"automatic"_s), true);
    if (!automatic)
        return automatic.error();
    Result<QList<DiscountRule>> founder = parseList(o.value(u"founder"_s), false);
    if (!founder)
        return founder.error();
    rules.automatic = std::move(automatic).value();
    rules.founder = std::move(founder).value();
    const std::pair<QString, int *> limits[] = {
        {u"maxTotalBp"_s, &rules.maxTotalBp},
        {u"justificationAboveBp"_s, &rules.justificationAboveBp},
        {u"founderValidationAboveBp"_s, &rules.founderValidationAboveBp}};
    for (const auto &[field, target] : limits) {
        const Result<qint64> v = integer(o, field, *target, u"discounts"_s);
        if (!v)
            return v.error();
        if (*v > 10000)
            return userError(tr("The playbook's discounts.%1 is above 100 %.").arg(field));
        *target = int(*v);
    }
    rules.forbidWithoutCommitment = o.value(u"forbidWithoutCommitment"_s).toBool(true);
    rules.forbidChangeAfterSignature = o.value(u"forbidChangeAfterSignature"_s).toBool(true);
    return rules;
}

const DiscountRule *DiscountRules::find(const QString &key) const
{
    for (const QList<DiscountRule> *list : {&automatic, &founder})
        for (const DiscountRule &r : *list)
            if (r.key == key)
                return &r;
    return nullptr;
}

const DiscountRule *DiscountRules::automaticRule(const QString &key) const
{
    for (const DiscountRule &r : automatic)
        if (r.key == key)
            return &r;
    return nullptr;
}

} // namespace dealboard
