#pragma once

// Runs an analytics command of dealboard-cli with --json and checks what it printed.

#include "clirunner.h"

namespace dealboard::clitest {

// Runs `arguments --json` on the fixture's database; the object printed, empty (with a warning)
// when the command failed or printed something else.
inline QJsonObject analyticsJson(CliFixture &fx, const QStringList &arguments)
{
    const Run r = fx.cli(QStringList{u"--db"_s, fx.db()} + arguments + QStringList{u"--json"_s});
    if (r.code != 0 || !r.json().isObject()) {
        qWarning("%s", qPrintable(r.describe()));
        return {};
    }
    if (const QString bad = badMoneyField(r.json()); !bad.isEmpty()) {
        qWarning("%s is neither an integer nor null", qPrintable(bad));
        return {};
    }
    return r.json().toObject();
}

} // namespace dealboard::clitest
