#pragma once

#include "csvrecord.h"
#include "importmapping.h"
#include "importrow.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace dealboard {

class Playbook;

// Reads the fields of one record into an ImportRow as the mapping says, with a problem for
// every value that cannot be taken (invalid email, unknown stage, negative amount, missing
// title...), each naming its line and column.
class ImportRowParser
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowParser)

public:
    ImportRowParser(const ImportMapping &mapping, const Playbook &playbook);
    ImportRow parse(const CsvRecord &record) const;
    // Whether the importer takes this field (a city or a probability is recognised, not kept).
    static bool supports(const HeaderField &field);
    // Every field it takes, deal fields first, for the mapping step's choices.
    static QList<HeaderField> fields();
    // A lost reason as CRMs write it ("Price too high", "Concurrent") to a playbook key, or
    // empty when none fits.
    static QString lostReasonKey(const QString &text, const Playbook &playbook);

private:
    using Setter = std::function<void(ImportRow &, const QString &value, const QString &column)>;
    Setter setterFor(const HeaderField &field) const;
    void finish(ImportRow &row) const;

    const ImportMapping &m_mapping;
    const Playbook &m_playbook;
    std::vector<Setter> m_setters; // one per column; empty for a column left out
};

} // namespace dealboard
