#include "remindernotifier.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace dealboard {

ReminderNotifier::ReminderNotifier(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(u"reminderNotifier"_s);
}

void ReminderNotifier::show(const Activity &activity)
{
    m_last = tr("Due at %1: %2").arg(activity.dueTime.toString(u"HH:mm"_s), activity.title);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_window->statusBar()->showMessage(m_last, 60 * 1000);
        return;
    }
    if (!m_tray) {
        // Made on the first reminder only: no tray icon for a user who never gets one.
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        m_tray->setToolTip(tr("Dealboard"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderNotifier::opened);
        connect(m_tray, &QSystemTrayIcon::activated, this, &ReminderNotifier::opened);
        m_tray->show();
    }
    m_tray->showMessage(tr("Follow-up due"), m_last, QSystemTrayIcon::Information, 15 * 1000);
}

} // namespace dealboard
