#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace dealboard {

// The 15-minute discovery call of the inbound playbook (§6.1): its four timed parts and the
// five BANT+ questions, with a call timer that highlights the part the call should be in.
class DiscoveryScriptPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiscoveryScriptPanel(QWidget *parent = nullptr);

    int elapsedSeconds() const;
    // Test helper: puts the timer at `seconds` (it keeps running if it was).
    void setElapsedSeconds(int seconds);
    bool isRunning() const { return m_clock.isValid(); }
    // The index of the highlighted part (0: presentation … 3: next steps).
    int currentPart() const { return m_current; }
    int partCount() const { return static_cast<int>(m_parts.size()); }

    void start();
    void pause();
    void reset();

private:
    struct Part
    {
        int minutes = 0;
        QLabel *label = nullptr;
        QWidget *box = nullptr;
    };
    void refresh();

    QList<Part> m_parts;
    QLabel *m_time;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_reset;
    QTimer *m_tick;
    QElapsedTimer m_clock; // valid while running
    qint64 m_baseMs = 0;   // accumulated before the current run
    int m_current = -1;
};

} // namespace dealboard
