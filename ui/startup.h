#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QApplication;

namespace dealboard {

class MainWindow;

struct StartupOptions
{
    QString databasePath; // --db, or the default location
    QString language;     // --lang fr|en, or empty for the system's
};

// Reads --db and --lang (and answers --help/--version); nullopt-like exit code in `exitCode`.
StartupOptions parseCommandLine(const QStringList &arguments);
// Opens the database (asking sample data or empty when there is none) and builds the window.
// Returns nullptr with `exitCode` set when the user cancelled (0) or the file was refused (2).
std::unique_ptr<MainWindow> createMainWindow(const QString &databasePath, int &exitCode);
// The whole desktop app: what app/gui/main.cpp calls.
int runApplication(QApplication &app);

} // namespace dealboard
