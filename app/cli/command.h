#pragma once

#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QTextStream>

namespace dealboard::cli {

// Exit codes of dealboard-cli.
enum ExitCode
{
    Success = 0,
    UserError = 1,
    DatabaseRefused = 2
};

// The options every command understands; also accepted before the command name.
struct GlobalOptions
{
    QString databasePath;
    bool json = false;
};

// One dealboard-cli command ("deal add"), with its own options and --help (KeePassXC's
// src/cli pattern).
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    struct Positional
    {
        QString name;
        QString description;
        QString syntax;
    };

    virtual ~Command() = default;

    QString name() const { return m_name; }
    QString description() const { return m_description; }
    // Whether the command lays documents out (fonts, so a QGuiApplication): main() makes one
    // only then, the other commands start without a platform plugin.
    virtual bool needsGui() const { return false; }
    int execute(const QStringList &arguments, const GlobalOptions &globals);

protected:
    Command(QString name, QString description);
    void addOption(const QCommandLineOption &option) { m_options.append(option); }
    void addPositional(const Positional &positional) { m_positionals.append(positional); }
    virtual int run(const QCommandLineParser &parser) = 0;

    const GlobalOptions &globals() const { return m_globals; }
    bool json() const { return m_globals.json; }
    QTextStream &out();
    // Prints the one-line message on stderr and returns the exit code for its kind.
    int fail(const Error &error);
    int fail(const QString &userMessage) { return fail(userError(userMessage)); }
    // Prints a JSON document on stdout.
    void printJson(const QJsonValue &value);

private:
    QString m_name;
    QString m_description;
    QList<QCommandLineOption> m_options;
    QList<Positional> m_positionals;
    GlobalOptions m_globals;
};

} // namespace dealboard::cli
