#pragma once

#include <QWidget>

class QLabel;

namespace dealboard {

class BarChart;
class Playbook;
struct WinLoss;

// Why deals were won and lost in the period (§8.3): reasons and competitors, by count.
class WinLossView : public QWidget
{
    Q_OBJECT

public:
    explicit WinLossView(QWidget *parent = nullptr);

    void show(const WinLoss &winLoss, const Playbook &playbook);
    BarChart *lostReasons() const { return m_lost; }
    BarChart *competitors() const { return m_competitors; }
    BarChart *wonReasons() const { return m_won; }
    QString summary() const;

private:
    QLabel *m_summary;
    BarChart *m_lost;
    BarChart *m_competitors;
    BarChart *m_won;
};

} // namespace dealboard
