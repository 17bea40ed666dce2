// Prints how long the desktop app takes to open a database and show the Deals table, and the
// memory it then uses. Run on demand: bench_gui [DB] (default: a fresh 100,000-deal demo).
#include "demo/demogenerator.h"
#include "i18n.h"
#include "mainwindow.h"
#include "startup.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
qint64 maxRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpressionMatch m = QRegularExpression(u"VmHWM:\\s+(\\d+) kB"_s).match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    dealboard::installTranslations(u"en"_s);
    QTemporaryDir dir;
    QString path = app.arguments().value(1);
    if (path.isEmpty()) {
        path = dir.filePath(u"bench.db"_s);
        auto db = dealboard::Database::open(path);
        if (!db)
            return 1;
        dealboard::DemoGenerator::Options options;
        options.deals = 100000;
        if (!dealboard::DemoGenerator(*db.value()).generate(options))
            return 1;
    }
    QElapsedTimer timer;
    timer.start();
    int code = 0;
    auto window = dealboard::createMainWindow(path, code);
    if (!window)
        return 1;
    const qint64 built = timer.elapsed();
    window->showSection(dealboard::MainWindow::Section::Deals);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return 1;
    QApplication::processEvents();
    const qint64 shown = timer.elapsed();
    std::printf("%-44s %8s\n", "measure (100,000 demo deals unless a DB given)", "value");
    std::printf("%-44s %6lld ms\n", "open + load deals + build window",
                static_cast<long long>(built));
    std::printf("%-44s %6lld ms\n", "… until the Deals table is painted",
                static_cast<long long>(shown));
    std::printf("%-44s %6lld MB\n", "max RSS", static_cast<long long>(maxRssKb() / 1024));
    return 0;
}
