// Prints how the desktop app performs on 10,000 and 100,000 demo deals: start to board painted,
// a filter, a move (drop → committed → repainted), the Forecast screen and each Funnel & KPIs
// tab computed and painted, the Quotes section and the quote editor, and memory. Run on demand;
// nothing asserted. bench_gui [DB]: only that database.
#include "analytics/forecastpage.h"
#include "analytics/funnelpage.h"
#include "boardcolumnmodel.h"
#include "boardpage.h"
#include "dealactions.h"
#include "dealstore.h"
#include "demo/demogenerator.h"
#include "demo/demoquotes.h"
#include "i18n.h"
#include "mainwindow.h"
#include "quotes/quoteactions.h"
#include "quotes/quoteeditordialog.h"
#include "quotes/quotespage.h"
#include "quotes/quotetablemodel.h"
#include "startup.h"
#include "storage/database.h"
#include "storage/productrepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

qint64 maxRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpressionMatch m = QRegularExpression(u"VmHWM:\\s+(\\d+) kB"_s).match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() / 1024 : -1;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void paint(MainWindow &w)
{
    QApplication::processEvents();
    w.repaint();
    QApplication::processEvents();
}

bool measure(const QString &path, const QString &label)
{
    QElapsedTimer timer;
    timer.start();
    int code = 0;
    auto window = createMainWindow(path, code);
    if (!window)
        return false;
    window->showSection(MainWindow::Section::Board);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return false;
    paint(*window);
    const double shown = ms(timer);

    // A filter typed in the search field, then cleared.
    QList<double> filters;
    auto *search = window->board()->findChild<QLineEdit *>(u"boardSearch"_s);
    for (const QString &text : {u"Agence"_s, u"Groupe"_s, u"SAS"_s, QString(), u"Nantes"_s}) {
        timer.restart();
        search->setText(text);
        paint(*window);
        filters << ms(timer);
    }
    search->clear();
    paint(*window);

    // Backward moves need no gate dialog: proposal → demo, drop to repaint.
    QList<double> moves;
    BoardColumnModel *proposal = window->board()->column(u"proposal"_s);
    for (int i = 0; i < 20 && proposal->rowCount() > 0; ++i) {
        const qint64 id = proposal->dealAt(0).id;
        timer.restart();
        window->actions()->moveDeals({id}, u"demo"_s);
        paint(*window);
        moves << ms(timer);
    }
    // The analytics screens, this quarter as of today: recompute and paint.
    timer.restart();
    window->showSection(MainWindow::Section::Forecast);
    window->forecastPage()->recomputeNow();
    paint(*window);
    const double forecast = ms(timer);
    window->showSection(MainWindow::Section::Funnel);
    FunnelPage *funnel = window->funnelPage();
    QStringList tabs;
    for (int tab = 0; tab < funnel->tabs()->count(); ++tab) {
        timer.restart();
        funnel->tabs()->setCurrentIndex(tab);
        funnel->markStale();
        funnel->recomputeNow();
        paint(*window);
        tabs << u"%1 %2 ms"_s.arg(funnel->tabs()->tabText(tab).remove(u'&'))
                    .arg(ms(timer), 0, 'f', 0);
    }
    std::printf("%-10s forecast screen %5.0f ms | %s\n", qPrintable(label), forecast,
                qPrintable(tabs.join(u" | "_s)));

    // Quotes: the section read and painted; the editor on a new quote, the deal to choose
    // among every open deal; each line added recomputes the policy and the totals.
    timer.restart();
    window->showSection(MainWindow::Section::Quotes);
    window->quotesPage()->reload();
    paint(*window);
    const double quotesShown = ms(timer);
    const int quoteCount = window->quotesPage()->model()->rowCount();
    double editorShown = 0;
    QList<double> recomputes;
    timer.restart();
    QuoteActions::setEditorHook([&](QuoteEditorDialog &editor) {
        editorShown = ms(timer);
        const qint64 product = ProductRepository(*window->database()).list().value().first().id;
        for (int line = 0; line < 40; ++line) {
            QElapsedTimer one;
            one.start();
            editor.addProduct(product + line % 10, 1000 + line);
            recomputes << ms(one);
        }
    });
    window->quoteActions()->newQuote(0);
    QuoteActions::setEditorHook({});
    std::sort(recomputes.begin(), recomputes.end());
    std::printf("%-10s quotes section %5.0f ms (%d quotes) | new-quote editor shown %5.0f ms | "
                "line added and recomputed: median %5.2f ms, max %5.2f ms (up to 40 lines)\n",
                qPrintable(label), quotesShown, quoteCount, editorShown,
                recomputes.at(recomputes.size() / 2), recomputes.last());

    std::sort(filters.begin(), filters.end());
    std::sort(moves.begin(), moves.end());
    std::printf("%-10s board shown %7.0f ms | filter median %6.1f ms, max %6.1f ms | move median "
                "%6.1f ms, max %6.1f ms | max RSS %4lld MB\n",
                qPrintable(label), shown, filters.at(filters.size() / 2), filters.last(),
                moves.isEmpty() ? 0.0 : moves.at(moves.size() / 2),
                moves.isEmpty() ? 0.0 : moves.last(), maxRssMb());
    std::fflush(stdout);
    return true;
}

QString demoDatabase(const QTemporaryDir &dir, int deals)
{
    const QString path = dir.filePath(u"bench%1.db"_s.arg(deals));
    auto db = Database::open(path);
    if (!db)
        return {};
    DemoGenerator::Options options;
    options.deals = deals;
    if (!DemoGenerator(*db.value()).generate(options))
        return {};
    // More quotes than the sample's 40, for the Quotes section.
    if (!DemoQuotes(*db.value(), QDateTime::currentDateTimeUtc()).add(2000))
        return {};
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(u"en"_s);
    std::printf("Dealboard desktop benchmarks (offscreen; each line a fresh window)\n");
    const QString given = app.arguments().value(1);
    if (!given.isEmpty())
        return measure(given, u"given DB"_s) ? 0 : 1;
    QTemporaryDir dir;
    for (const int deals : {10000, 100000}) {
        const QString path = demoDatabase(dir, deals);
        if (path.isEmpty() || !measure(path, u"%1 deals"_s.arg(deals)))
            return 1;
    }
    return 0;
}
