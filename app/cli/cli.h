#pragma once

#include <QStringList>

namespace dealboard::cli {

// Parses the global options, picks the command and runs it; returns the exit code.
int run(const QStringList &arguments);
// Whether the command these arguments name needs Qt Gui (Command::needsGui); callable before
// any application object exists.
bool needsGui(const QStringList &arguments);

} // namespace dealboard::cli
