#include "cli.h"

#include "activityaddcommand.h"
#include "activitydonecommand.h"
#include "activitylistcommand.h"
#include "backupautocommand.h"
#include "backupcommand.h"
#include "backuplistcommand.h"
#include "checkcommand.h"
#include "companyaddcommand.h"
#include "companylistcommand.h"
#include "contactaddcommand.h"
#include "contactlistcommand.h"
#include "dealaddcommand.h"
#include "deallistcommand.h"
#include "dealmovecommand.h"
#include "dealqualifycommand.h"
#include "dealshowcommand.h"
#include "democommand.h"
#include "emailrendercommand.h"
#include "emailsendcommand.h"
#include "emailtemplatescommand.h"
#include "exportcommand.h"
#include "followupsicscommand.h"
#include "forecastcommand.h"
#include "funnelcommand.h"
#include "i18n.h"
#include "importcommand.h"
#include "importlistcommand.h"
#include "importundocommand.h"
#include "initcommand.h"
#include "kpiscommand.h"
#include "kpissetcommand.h"
#include "kpisunsetcommand.h"
#include "metricscommand.h"
#include "objectionlistcommand.h"
#include "objectionlogcommand.h"
#include "objectivescommand.h"
#include "productactivatecommand.h"
#include "productaddcommand.h"
#include "productdeactivatecommand.h"
#include "productlistcommand.h"
#include "productsetcommand.h"
#include "quotecreatecommand.h"
#include "quotelistcommand.h"
#include "quotepdfcommand.h"
#include "quoterevisecommand.h"
#include "quotesendcommand.h"
#include "quoteshowcommand.h"
#include "quotesigncommand.h"
#include "quoteverifycommand.h"
#include "restorecommand.h"
#include "reviewprioritiescommand.h"
#include "reviewweekcommand.h"
#include "sellersetcommand.h"
#include "sellershowcommand.h"
#include "smtpsetcommand.h"
#include "smtpshowcommand.h"
#include "todaycommand.h"
#include "winlosscommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> c;
    c.push_back(std::make_unique<InitCommand>());
    c.push_back(std::make_unique<DemoCommand>());
    c.push_back(std::make_unique<CompanyAddCommand>());
    c.push_back(std::make_unique<CompanyListCommand>());
    c.push_back(std::make_unique<ContactAddCommand>());
    c.push_back(std::make_unique<ContactListCommand>());
    c.push_back(std::make_unique<DealAddCommand>());
    c.push_back(std::make_unique<DealMoveCommand>());
    c.push_back(std::make_unique<DealQualifyCommand>());
    c.push_back(std::make_unique<DealQualifyCommand>(u"qualify"_s));
    c.push_back(std::make_unique<DealListCommand>());
    c.push_back(std::make_unique<DealShowCommand>());
    c.push_back(std::make_unique<ForecastCommand>());
    c.push_back(std::make_unique<MetricsCommand>());
    c.push_back(std::make_unique<FunnelCommand>());
    c.push_back(std::make_unique<KpisCommand>());
    c.push_back(std::make_unique<KpisSetCommand>());
    c.push_back(std::make_unique<KpisUnsetCommand>());
    c.push_back(std::make_unique<ObjectivesCommand>());
    c.push_back(std::make_unique<WinLossCommand>());
    c.push_back(std::make_unique<ProductListCommand>());
    c.push_back(std::make_unique<ProductAddCommand>());
    c.push_back(std::make_unique<ProductSetCommand>());
    c.push_back(std::make_unique<ProductDeactivateCommand>());
    c.push_back(std::make_unique<ProductActivateCommand>());
    c.push_back(std::make_unique<QuoteCreateCommand>());
    c.push_back(std::make_unique<QuoteShowCommand>());
    c.push_back(std::make_unique<QuoteListCommand>());
    c.push_back(std::make_unique<QuoteSendCommand>());
    c.push_back(std::make_unique<QuoteSignCommand>());
    c.push_back(std::make_unique<QuoteReviseCommand>());
    c.push_back(std::make_unique<QuotePdfCommand>());
    c.push_back(std::make_unique<QuoteVerifyCommand>());
    c.push_back(std::make_unique<SellerShowCommand>());
    c.push_back(std::make_unique<SellerSetCommand>());
    c.push_back(std::make_unique<SmtpSetCommand>());
    c.push_back(std::make_unique<SmtpShowCommand>());
    c.push_back(std::make_unique<EmailTemplatesCommand>());
    c.push_back(std::make_unique<EmailRenderCommand>());
    c.push_back(std::make_unique<EmailSendCommand>());
    c.push_back(std::make_unique<CheckCommand>());
    c.push_back(std::make_unique<BackupCommand>());
    c.push_back(std::make_unique<BackupAutoCommand>());
    c.push_back(std::make_unique<BackupListCommand>());
    c.push_back(std::make_unique<RestoreCommand>());
    c.push_back(std::make_unique<ExportCommand>());
    c.push_back(std::make_unique<ImportCommand>());
    c.push_back(std::make_unique<ImportListCommand>());
    c.push_back(std::make_unique<ImportUndoCommand>());
    c.push_back(std::make_unique<ActivityAddCommand>());
    c.push_back(std::make_unique<ActivityListCommand>());
    c.push_back(std::make_unique<ActivityDoneCommand>());
    c.push_back(std::make_unique<TodayCommand>());
    c.push_back(std::make_unique<ReviewWeekCommand>());
    c.push_back(std::make_unique<ReviewPrioritiesCommand>());
    c.push_back(std::make_unique<FollowupsIcsCommand>());
    c.push_back(std::make_unique<ObjectionListCommand>());
    c.push_back(std::make_unique<ObjectionLogCommand>());
    return c;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("dealboard::cli", text);
}

QString commandList(const std::vector<std::unique_ptr<Command>> &commands, const QString &group)
{
    QString text = tr("Commands:") + u'\n';
    qsizetype width = 15; // the longest name shown and a space or two
    for (const auto &c : commands)
        if (group.isEmpty() || c->name().startsWith(group + u' '))
            width = std::max(width, c->name().size() + 2);
    for (const auto &c : commands)
        if (group.isEmpty() || c->name().startsWith(group + u' '))
            text += u"  "_s + c->name().leftJustified(width) + c->description() + u'\n';
    return text;
}

// The longest name that matches: "kpis set" before "kpis". Returns the command and how many
// words of `rest` its name took.
std::pair<Command *, qsizetype> findCommand(const std::vector<std::unique_ptr<Command>> &commands,
                                            const QStringList &rest)
{
    Command *match = nullptr;
    qsizetype matchWords = 0;
    for (const auto &c : commands) {
        const QStringList words = c->name().split(u' ');
        if (words.size() > matchWords && rest.mid(0, words.size()) == words) {
            match = c.get();
            matchWords = words.size();
        }
    }
    return {match, matchWords};
}

// The global options: they come before the command; everything after it belongs to the command.
struct GlobalParser
{
    QCommandLineParser parser;
    const QCommandLineOption db{u"db"_s, u"database file"_s, u"file"_s};
    const QCommandLineOption json{u"json"_s, u"JSON output"_s};
    const QCommandLineOption lang{u"lang"_s, u"fr or en"_s, u"language"_s};
    const QCommandLineOption help{{u"h"_s, u"help"_s}, u"help"_s};
    const QCommandLineOption version{{u"v"_s, u"version"_s}, u"version"_s};

    GlobalParser()
    {
        parser.setOptionsAfterPositionalArgumentsMode(
            QCommandLineParser::ParseAsPositionalArguments);
        parser.addOptions({db, json, lang, help, version});
    }
};

} // namespace

bool needsGui(const QStringList &arguments)
{
    GlobalParser global;
    if (!global.parser.parse(arguments))
        return false;
    const std::vector<std::unique_ptr<Command>> commands = allCommands();
    const Command *command = findCommand(commands, global.parser.positionalArguments()).first;
    return command && command->needsGui();
}

int run(const QStringList &arguments)
{
    GlobalParser global;
    QCommandLineParser &parser = global.parser;
    const QCommandLineOption &db = global.db;
    const QCommandLineOption &json = global.json;
    const QCommandLineOption &lang = global.lang;
    const QCommandLineOption &help = global.help;
    const QCommandLineOption &version = global.version;
    QTextStream err(stderr);
    QTextStream out(stdout);
    const bool parsed = parser.parse(arguments);
    // The command's own --lang counts too: find it before any text is translated.
    QString language = parser.value(lang);
    const qsizetype at = arguments.indexOf(u"--lang"_s);
    if (at > 0 && at + 1 < arguments.size())
        language = arguments.at(at + 1);
    installTranslations(language);
    if (!parsed) {
        err << parser.errorText() << Qt::endl;
        return UserError;
    }

    const std::vector<std::unique_ptr<Command>> commands = allCommands();
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(version)) {
        out << "dealboard-cli " DEALBOARD_VERSION << Qt::endl;
        return Success;
    }
    if (rest.isEmpty() || parser.isSet(help)) {
        QTextStream &stream = rest.isEmpty() && !parser.isSet(help) ? err : out;
        stream << tr("Usage: dealboard-cli [--db FILE] [--json] [--lang fr|en] COMMAND "
                     "[options]")
               << u"\n\n"_s << commandList(commands, {})
               << tr("Run dealboard-cli COMMAND --help for a command's options.") << Qt::endl;
        return rest.isEmpty() && !parser.isSet(help) ? UserError : Success;
    }
    const GlobalOptions globals{parser.value(db), parser.isSet(json)};
    const auto [match, matchWords] = findCommand(commands, rest);
    if (match)
        return match->execute(rest.mid(matchWords), globals);
    const bool isGroup = std::any_of(commands.cbegin(), commands.cend(), [&rest](const auto &c) {
        return c->name().startsWith(rest.first() + u' ');
    });
    if (isGroup) {
        const bool wantsHelp =
            rest.size() == 1 || rest.at(1) == "--help"_L1 || rest.at(1) == "-h"_L1;
        if (wantsHelp) {
            (rest.size() == 1 ? err : out) << commandList(commands, rest.first());
            return rest.size() == 1 ? UserError : Success;
        }
        QStringList names;
        for (const auto &c : commands)
            if (c->name().startsWith(rest.first() + u' '))
                names << c->name();
        err << tr("Unknown command \"%1 %2\"; use one of: %3.")
                   .arg(rest.at(0), rest.at(1), names.join(u", "_s))
            << Qt::endl;
        return UserError;
    }
    err << tr("Unknown command \"%1\". Run dealboard-cli --help for the list.").arg(rest.first())
        << Qt::endl;
    return UserError;
}

} // namespace dealboard::cli
