#pragma once

#include "objection.h"

#include <QList>

#include <optional>

namespace dealboard {

// The playbook's objections and answers (§6.3), built in: the seed's French words and their
// English translation. The user's edits live in table objections (ObjectionRepository).
class BuiltInObjections
{
public:
    // In the playbook's order; `language` "fr" or "en" (anything else: English).
    static QList<Objection> all(const QString &language);
    static std::optional<Objection> find(const QString &key, const QString &language);
};

} // namespace dealboard
