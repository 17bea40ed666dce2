// Helper of tst_crash: writes deals into the database given as argv[1], one transaction each,
// and prints each new id on stdout once it is committed. It runs until it is killed (the test
// sends SIGKILL), or stops by itself after a safety limit.

#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <cstdio>

#ifdef __linux__
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;
using namespace dealboard;

int main(int argc, char **argv)
{
#ifdef __linux__
    prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive the test
#endif
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: crashwriter DATABASE\n", stderr);
        return 64;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 2;
    }
    db.value()->setActor(u"crashwriter"_s);

    const QString companyName = u"Crash Test SA"_s;
    CompanyRepository companies(**db);
    const auto existing = companies.findByName(companyName);
    if (!existing) {
        std::fprintf(stderr, "%s\n", qPrintable(existing.errorMessage()));
        return 1;
    }
    qint64 companyId = 0;
    if (existing.value()) {
        companyId = existing.value()->id;
    } else {
        Company c;
        c.name = companyName;
        const auto id = companies.create(c);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.errorMessage()));
            return 1;
        }
        companyId = *id;
    }

    const QStringList stages = [&db] {
        QStringList keys;
        for (const Stage &s : db.value()->playbook().openStages())
            keys << s.key;
        return keys;
    }();
    DealRepository deals(**db);
    const QDeadlineTimer safety(120 * 1000);
    for (qint64 i = 0; i < 1000000 && !safety.hasExpired(); ++i) {
        Deal d;
        d.title = u"Crash deal %1"_s.arg(i);
        d.companyId = companyId;
        d.stage = stages.at(i % stages.size());
        d.mrr = Money(10000 + (i % 97) * 100);
        d.oneTime = Money(0);
        d.nextStep = u"Call back"_s;
        const auto id = deals.create(d);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.errorMessage()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
    return 3; // the test should have killed us long before
}
