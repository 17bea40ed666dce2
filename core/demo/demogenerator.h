#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace dealboard {

class Database;

struct DemoSummary
{
    int companies = 0;
    int contacts = 0;
    int deals = 0;
    qint64 events = 0;
    int quotes = 0;
};

// Realistic sample data: French companies in every segment, their contacts, and deals spread
// over every stage with twelve months of stage history in the event log. The same seed on the
// same day gives the same data.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        int deals = 300;
        quint32 seed = 1;
        QDateTime now; // invalid: the clock's today, at midnight UTC
    };
    // Called now and then with (deals done, total); returning false cancels everything.
    using Progress = std::function<bool(int, int)>;

    explicit DemoGenerator(Database &db)
        : m_db(db)
    {}
    Result<DemoSummary> generate(const Options &options, const Progress &progress = {});

private:
    Database &m_db;
};

} // namespace dealboard
