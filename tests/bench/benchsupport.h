#pragma once

// What the benchmarks share: where they print, and how they stop on an error.

#include <QCoreApplication>
#include <QTextStream>

#include <cstdlib>

namespace dealboard::bench {

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Prints "bench_x: what: message" and ends the benchmark: a figure measured on a failure would
// mean nothing.
[[noreturn]] inline void die(const QString &what, const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << what << ": " << message
                        << Qt::endl;
    std::exit(1);
}

[[noreturn]] inline void die(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    std::exit(1);
}

} // namespace dealboard::bench
