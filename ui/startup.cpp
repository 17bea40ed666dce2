#include "startup.h"

#include "firstrundialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "newdatabase.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dealboard {

StartupOptions parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "dealboard::Startup", "Dealboard: an offline pipeline manager for founder-led sales."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        u"db"_s, QApplication::translate("dealboard::Startup", "Open this database file."),
        u"file"_s);
    const QCommandLineOption lang(
        u"lang"_s, QApplication::translate("dealboard::Startup", "Language: fr or en."),
        u"language"_s);
    parser.addOptions({db, lang});
    parser.process(arguments); // exits on --help, --version and unknown options
    return {parser.isSet(db) ? parser.value(db) : Database::defaultPath(), parser.value(lang)};
}

std::unique_ptr<MainWindow> createMainWindow(const QString &databasePath, int &exitCode)
{
    exitCode = 0;
    bool sampleData = false;
    if (!QFileInfo::exists(databasePath)) {
        const FirstRunDialog::Choice choice = FirstRunDialog::ask(nullptr, databasePath);
        if (choice == FirstRunDialog::Choice::Cancel)
            return nullptr;
        sampleData = choice == FirstRunDialog::Choice::SampleData;
    }
    Result<std::unique_ptr<Database>> db = openOrCreateDatabase(nullptr, databasePath, sampleData);
    if (!db) {
        MessageBox::critical(
            nullptr,
            QApplication::translate("dealboard::Startup", "Dealboard cannot open the database"),
            db.errorMessage());
        exitCode = db.errorKind() == ErrorKind::Refused ? 2 : 1;
        return nullptr;
    }
    return std::make_unique<MainWindow>(std::move(db).value());
}

int runApplication(QApplication &app)
{
    QApplication::setApplicationName(u"Dealboard"_s);
    QApplication::setOrganizationName(u"Dealboard"_s);
    QApplication::setOrganizationDomain(u"dealboard.org"_s);
    QApplication::setApplicationVersion(QStringLiteral(DEALBOARD_VERSION));
    QApplication::setDesktopFileName(u"org.dealboard.Dealboard"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/dealboard.svg"_s));
    // Translations first, so --help is already in the user's language.
    const QStringList args = QApplication::arguments();
    const qsizetype at = args.indexOf(u"--lang"_s);
    installTranslations(at > 0 && at + 1 < args.size() ? args.at(at + 1) : QString());
    const StartupOptions options = parseCommandLine(args);

    int exitCode = 0;
    std::unique_ptr<MainWindow> window = createMainWindow(options.databasePath, exitCode);
    if (!window)
        return exitCode;
    window->show();
    window->startBackups(); // not in tests that make windows: only the application backs up
    return app.exec();
}

} // namespace dealboard
