#pragma once

#include <QStringList>

namespace dealboard::cli {

// Parses the global options, picks the command and runs it; returns the exit code.
int run(const QStringList &arguments);

} // namespace dealboard::cli
