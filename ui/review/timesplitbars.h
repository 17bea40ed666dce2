#pragma once

#include "rules/weeklyreview.h"

#include <QWidget>

namespace dealboard {

// The week's time per category as horizontal bars (share of the logged minutes), each with a
// mark at the playbook's target share (§1.1).
class TimeSplitBars : public QWidget
{
    Q_OBJECT

public:
    explicit TimeSplitBars(QWidget *parent = nullptr);

    void setShares(const QList<TimeShare> &shares, int totalMinutes);
    // One line per category, as the bars say it (tests, the accessible description).
    QStringList lines() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int sharePercent(const TimeShare &share) const;

    QList<TimeShare> m_shares;
    int m_total = 0;
};

} // namespace dealboard
