#pragma once

// Runs an analytics command of dealboard-cli with --json and checks what it printed.

#include "clirunner.h"

namespace dealboard::clitest {

// The first *_cents field, at any depth, that is neither an integer nor null (an undefined
// figure: clirunner's badMoneyField takes no null); empty when there is none.
inline QString badCentsOrNull(const QJsonValue &v, const QString &path = u"$"_s)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (QString bad = badCentsOrNull(a.at(i), u"%1[%2]"_s.arg(path).arg(i)); !bad.isEmpty())
                return bad;
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue c = it.value();
            const QString p = path + u'.' + it.key();
            if (it.key().endsWith("_cents"_L1) && !c.isNull() &&
                (!c.isDouble() || c.toDouble() != double(c.toInteger())))
                return p;
            if (QString bad = badCentsOrNull(c, p); !bad.isEmpty())
                return bad;
        }
    }
    return {};
}

// Runs `arguments --json` on the fixture's database; the object printed, empty (with a warning)
// when the command failed or printed something else.
inline QJsonObject analyticsJson(CliFixture &fx, const QStringList &arguments)
{
    const Run r = fx.cli(QStringList{u"--db"_s, fx.db()} + arguments + QStringList{u"--json"_s});
    if (r.code != 0 || !r.json().isObject()) {
        qWarning("%s", qPrintable(r.describe()));
        return {};
    }
    if (const QString bad = badCentsOrNull(r.json()); !bad.isEmpty()) {
        qWarning("%s is neither an integer nor null", qPrintable(bad));
        return {};
    }
    return r.json().toObject();
}

} // namespace dealboard::clitest
