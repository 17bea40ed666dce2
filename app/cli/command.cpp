#include "command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {
QTextStream &stdoutStream()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &stderrStream()
{
    static QTextStream s(stderr);
    return s;
}
} // namespace

Command::Command(QString name, QString description)
    : m_name(std::move(name))
    , m_description(std::move(description))
{}

QTextStream &Command::out()
{
    return stdoutStream();
}

int Command::fail(const Error &error)
{
    // One line, so scripts can show it as it is.
    QString message = error.message;
    message.replace(u'\n', u' ');
    stderrStream() << message << Qt::endl;
    return error.kind == ErrorKind::Refused ? DatabaseRefused : UserError;
}

void Command::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

int Command::execute(const QStringList &arguments, const GlobalOptions &globals)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_description);
    const QCommandLineOption dbOption(u"db"_s, tr("The database file."), tr("file"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON (money in integer cents)."));
    const QCommandLineOption langOption(u"lang"_s, tr("Language of messages: fr or en."),
                                        tr("language"));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOptions({dbOption, jsonOption, langOption, helpOption});
    parser.addOptions(m_options);
    for (const Positional &p : std::as_const(m_positionals))
        parser.addPositionalArgument(p.name, p.description, p.syntax);

    QStringList args = arguments;
    args.prepend(u"dealboard-cli "_s + m_name);
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        // QCommandLineParser names the executable's path; the usage names the command.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = help.indexOf(program);
        if (!program.isEmpty() && at >= 0 && at < help.indexOf(u'\n'))
            help.replace(at, program.size(), u"dealboard-cli "_s + m_name);
        out() << help;
        out().flush();
        return Success;
    }
    m_globals = globals;
    if (parser.isSet(dbOption))
        m_globals.databasePath = parser.value(dbOption);
    if (parser.isSet(jsonOption))
        m_globals.json = true;
    const qsizetype required =
        std::count_if(m_positionals.cbegin(), m_positionals.cend(),
                      [](const Positional &p) { return !p.syntax.startsWith(u'['); });
    if (parser.positionalArguments().size() < required)
        return fail(tr("Missing %1. See: dealboard-cli %2 --help")
                        .arg(m_positionals.at(parser.positionalArguments().size()).name, m_name));
    if (parser.positionalArguments().size() > m_positionals.size())
        return fail(tr("Unexpected argument \"%1\". See: dealboard-cli %2 --help")
                        .arg(parser.positionalArguments().at(m_positionals.size()), m_name));
    return run(parser);
}

} // namespace dealboard::cli
