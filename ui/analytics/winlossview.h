#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace dealboard {

class BarChart;
class Playbook;
struct WinLoss;

// Why deals were won and lost in the period (§8.3): reasons and competitors, by count, and
// what the win/loss reviews of those deals say.
class WinLossView : public QWidget
{
    Q_OBJECT

public:
    explicit WinLossView(QWidget *parent = nullptr);

    void show(const WinLoss &winLoss, const Playbook &playbook);
    BarChart *lostReasons() const { return m_lost; }
    BarChart *competitors() const { return m_competitors; }
    BarChart *wonReasons() const { return m_won; }
    BarChart *competitorsBeaten() const { return m_beaten; }
    QString summary() const;
    // The reviews' decisive factors, learnings and product feedback, as plain text.
    QString notes() const;

private:
    QLabel *m_summary;
    BarChart *m_lost;
    BarChart *m_competitors;
    BarChart *m_won;
    BarChart *m_beaten;
    QTextBrowser *m_notes;
};

} // namespace dealboard
