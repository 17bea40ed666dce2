#include "objectionlistcommand.h"

#include "storage/objectionrepository.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ObjectionListCommand::ObjectionListCommand()
    : DatabaseCommand(u"objection list"_s,
                      tr("List the objections of the playbook and their answers."),
                      Database::Mode::ReadOnly)
{
    addOption({u"category"_s,
               tr("Only this category: %1.").arg(Objection::categories().join(u", "_s)),
               tr("category")});
}

int ObjectionListCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    // --lang chooses the library's language too; without it, the language in use.
    const QString language =
        parser.isSet(u"lang"_s) ? parser.value(u"lang"_s) : Objection::languageOf();
    if (language != "fr"_L1 && language != "en"_L1)
        return fail(tr("Unknown --lang \"%1\": use fr or en.").arg(language));
    const QString category = parser.value(u"category"_s);
    if (!category.isEmpty() && !Objection::categories().contains(category))
        return fail(tr("Unknown category \"%1\"; use one of: %2.")
                        .arg(category, Objection::categories().join(u", "_s)));
    Result<QList<Objection>> list = ObjectionRepository(db).list(language);
    if (!list)
        return fail(list.error());
    if (!category.isEmpty())
        list->removeIf([&category](const Objection &o) { return o.category != category; });
    if (json()) {
        QJsonArray out;
        for (const Objection &o : *list)
            out << QJsonObject{{u"key"_s, o.key},           {u"language"_s, o.language},
                               {u"category"_s, o.category}, {u"objection"_s, o.objection},
                               {u"answer"_s, o.answer},     {u"builtIn"_s, o.builtIn},
                               {u"edited"_s, o.edited}};
        printJson(out);
        return Success;
    }
    QString shown;
    for (const Objection &o : *list) {
        if (o.category != shown) {
            if (!shown.isEmpty())
                out() << Qt::endl;
            shown = o.category;
            out() << ObjectionRepository::categoryName(o.category).toUpper() << Qt::endl;
        }
        out() << u"  ["_s << o.key << u"] "_s << o.objection
              << (o.edited ? tr(" (edited)") : QString()) << Qt::endl;
        for (const QString &line : o.answer.split(u'\n'))
            out() << u"      "_s << line << Qt::endl;
    }
    if (list->isEmpty())
        out() << tr("No objection.") << Qt::endl;
    return Success;
}

} // namespace dealboard::cli
