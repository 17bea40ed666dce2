#pragma once

#include <QWidget>

namespace dealboard {

class MetricTile;
class Playbook;
struct PipelineMetrics;

// The pipeline metrics of §3.2 as tiles: value, target, and the move since the previous period.
class MetricsView : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsView(QWidget *parent = nullptr);

    void show(const PipelineMetrics &now, const PipelineMetrics &before, const Playbook &pb);
    MetricTile *tile(const QString &objectName) const;

private:
    MetricTile *add(const QString &name, const QString &caption, const QString &how);
};

} // namespace dealboard
