#pragma once

#include <QWidget>

class QTableWidget;

namespace dealboard {

class FunnelChart;
class Playbook;
struct Funnel;

// The funnel picture of a period's cohort, and each conversion against the playbook's target
// with the gap highlighted when it falls short.
class FunnelView : public QWidget
{
    Q_OBJECT

public:
    explicit FunnelView(QWidget *parent = nullptr);

    void show(const Funnel &funnel, const Playbook &playbook);
    FunnelChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }

private:
    FunnelChart *m_chart;
    QTableWidget *m_table;
};

} // namespace dealboard
