#pragma once

#include <QFrame>

class QLabel;

namespace dealboard {

// One figure on the dashboard: what it is, its value, its target and how it moved since the
// previous period; the tooltip says how it is computed.
class MetricTile : public QFrame
{
    Q_OBJECT

public:
    enum class State
    {
        Neutral,
        Met,
        Missed
    };

    MetricTile(const QString &objectName, const QString &caption, const QString &howComputed,
               QWidget *parent = nullptr);

    void setValue(const QString &value, State state = State::Neutral);
    void setTarget(const QString &target); // empty: no target line
    void setTrend(const QString &trend);   // empty: no trend line
    QString value() const;
    QString target() const;
    QString trend() const;
    State state() const { return m_state; }

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_target;
    QLabel *m_trend;
    State m_state = State::Neutral;
};

} // namespace dealboard
