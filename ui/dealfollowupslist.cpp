#include "dealfollowupslist.h"

#include "clock.h"
#include "palette.h"
#include "storage/activityrepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace dealboard {

DealFollowUpsList::DealFollowUpsList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"dealFollowUps"_s);
    setSelectionMode(QAbstractItemView::NoSelection);
}

bool DealFollowUpsList::load(Database &db, qint64 dealId)
{
    clear();
    const Result<QList<Activity>> activities = ActivityRepository(db).forDeal(dealId);
    if (!activities) {
        addItem(activities.errorMessage());
        return false;
    }
    if (activities->isEmpty()) {
        addItem(tr("No follow-up yet. Qualifying the deal (Ctrl+Q) proposes them."));
        return true;
    }
    const QLocale locale;
    const QDate today = Clock::current().now().toLocalTime().date();
    for (const Activity &a : activities.value()) {
        const bool done = a.doneAt.isValid();
        auto *item = new QListWidgetItem(
            (done ? u"\u2611 "_s : u"\u2610 "_s) +
                tr("%1 · due %2").arg(a.title, locale.toString(a.due, QLocale::ShortFormat)),
            this);
        if (!done && a.due < today)
            item->setForeground(Palette::overdue(palette()));
        if (done)
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    return true;
}

} // namespace dealboard
