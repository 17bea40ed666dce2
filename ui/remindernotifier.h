#pragma once

#include "model/activity.h"

#include <QObject>

class QMainWindow;
class QSystemTrayIcon;

namespace dealboard {

// Shows a due follow-up: a message of the system tray when there is one, else in the window's
// status bar. Clicking the tray message asks for the Today view (opened()).
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ReminderNotifier(QMainWindow *window);

    void show(const dealboard::Activity &activity);
    // The last reminder's text, for tests.
    QString lastMessage() const { return m_last; }

Q_SIGNALS:
    void opened();

private:
    QMainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_last;
};

} // namespace dealboard
