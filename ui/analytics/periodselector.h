#pragma once

#include "analytics/period.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace dealboard {

// The period an analytics screen counts over (this month, quarter, year, the last ones, or
// custom dates) and the day its data is read as of (today unless the user looks back).
class PeriodSelector : public QWidget
{
    Q_OBJECT

public:
    enum class Preset
    {
        ThisMonth,
        LastMonth,
        ThisQuarter,
        LastQuarter,
        ThisYear,
        LastYear,
        Custom
    };

    explicit PeriodSelector(QWidget *parent = nullptr);

    Period period() const;
    QDate asOf() const;
    Preset preset() const;
    void setPreset(Preset preset);
    void setCustom(const Period &period);
    // An invalid date: today.
    void setAsOf(const QDate &day);
    bool isToday() const;
    static Period presetPeriod(Preset preset, const QDate &today);
    static QDate today();

    // Kept between sessions under `group` (QSettings).
    void restore(const QString &group);
    void save(const QString &group) const;

Q_SIGNALS:
    void changed();

private:
    void presetChosen();
    void update();

    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QDateEdit *m_asOf;
    QToolButton *m_today;
    QLabel *m_range;
    bool m_updating = false;
};

} // namespace dealboard
