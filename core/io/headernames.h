#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace dealboard {

// What a column of an import file is about.
enum class CsvEntity
{
    None,
    Deal,
    Company,
    Contact,
    Other, // a Pipedrive prefix Dealboard does not import: Activity, Product, Note, Lead
};

// The tool that wrote an export, guessed from its headers.
enum class CsvSource
{
    Unknown,
    HubSpot,
    Pipedrive,
    Dealboard,
};

// A header recognised: the entity and its canonical field key ("deal"/"title",
// "company"/"name", "contact"/"email"...). The keys are Deal, Company and Contact's members,
// plus "amount", "status", "pipeline", "currency", "probability", "closedAt", "wonReason",
// "firstName", "lastName", "city", "country", "employees".
struct HeaderField
{
    CsvEntity entity = CsvEntity::None;
    QString key;
    friend bool operator==(const HeaderField &, const HeaderField &) = default;
};

// A header split into its Pipedrive-style entity prefix and its normalised name.
struct HeaderParts
{
    CsvEntity entity = CsvEntity::None;
    QString prefix; // normalised: "deal", "organisation"; empty without a prefix
    QString name;   // normalised: "expected close date"
};

// Recognises the column headers of HubSpot, Pipedrive (English and French) and Dealboard
// exports, whatever their case, accents, trailing `*` and separators.
class HeaderNames
{
public:
    // Lower case, accents removed, a trailing `*` dropped, camelCase split, and every run of
    // spaces, underscores, dashes and punctuation made one space: "Date de création*" →
    // "date de creation", "expectedClose" → "expected close".
    static QString normalize(const QString &header);
    // "Deal - Title" → {Deal, "deal", "title"}; a prefix that names no entity stays in the name.
    static HeaderParts split(const QString &header);
    // The field a header names. `fileEntity` is what the file holds (see guessEntity): it
    // decides what an unqualified "Name" or "Email" is about.
    static std::optional<HeaderField> match(const QString &header, CsvEntity fileEntity);
    // What most headers are about: a deals export also names its company and contact.
    static CsvEntity guessEntity(const QStringList &headers);
    static CsvSource guessSource(const QStringList &headers);
};

} // namespace dealboard
