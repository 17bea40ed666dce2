#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace dealboard {

class BarChart;
class MetricTile;
class Playbook;
struct Kpis;

// The KPIs of §8.1: volume per week and month, first response and demo show rate, and the
// monthly figures typed in by hand (NPS, churn, expansion, CAC).
class KpisView : public QWidget
{
    Q_OBJECT

public:
    explicit KpisView(QWidget *parent = nullptr);

    void show(const Kpis &kpis, const Playbook &playbook);
    BarChart *chart(const QString &objectName) const;
    MetricTile *tile(const QString &objectName) const;
    QTableWidget *manualTable() const { return m_manual; }

Q_SIGNALS:
    void enterFiguresRequested();

private:
    QTableWidget *m_manual;
    QPushButton *m_enter;
};

} // namespace dealboard
