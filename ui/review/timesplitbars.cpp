#include "timesplitbars.h"

#include "palette.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
constexpr int kRowHeight = 30;
constexpr int kBarHeight = 12;
} // namespace

TimeSplitBars::TimeSplitBars(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimeSplitBars::setShares(const QList<TimeShare> &shares, int totalMinutes)
{
    m_shares = shares;
    m_total = totalMinutes;
    setAccessibleDescription(lines().join(u'\n'));
    updateGeometry();
    update();
}

int TimeSplitBars::sharePercent(const TimeShare &share) const
{
    return m_total > 0 ? qRound(100.0 * share.minutes / m_total) : 0;
}

QStringList TimeSplitBars::lines() const
{
    QStringList out;
    for (const TimeShare &s : m_shares)
        out << tr("%1: %2 h %3 min, %4 % (target %5 %)")
                   .arg(WeeklyReview::timeCategoryName(s.category))
                   .arg(s.minutes / 60)
                   .arg(s.minutes % 60, 2, 10, QChar(u'0'))
                   .arg(sharePercent(s))
                   .arg(s.targetPercent);
    return out;
}

QSize TimeSplitBars::sizeHint() const
{
    return {520, kRowHeight * int(std::max<qsizetype>(1, m_shares.size())) + 6};
}

QSize TimeSplitBars::minimumSizeHint() const
{
    return {300, sizeHint().height()};
}

void TimeSplitBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    for (const TimeShare &s : m_shares)
        labelWidth =
            std::max(labelWidth, fm.horizontalAdvance(WeeklyReview::timeCategoryName(s.category)));
    labelWidth += 12;
    const QString widest =
        tr("%1 h %2 · %3 % (target %4 %)").arg(99).arg(u"59"_s).arg(100).arg(100);
    const int valueWidth = fm.horizontalAdvance(widest) + 12;
    const int barLeft = labelWidth;
    const int barWidth = std::max(40, width() - labelWidth - valueWidth);
    for (qsizetype i = 0; i < m_shares.size(); ++i) {
        const TimeShare &s = m_shares.at(i);
        const int top = int(i) * kRowHeight + 3;
        p.setPen(Palette::chartText(pal));
        p.drawText(QRect(0, top, labelWidth - 8, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   WeeklyReview::timeCategoryName(s.category));
        const int barTop = top + (kRowHeight - kBarHeight) / 2;
        const QRect track(barLeft, barTop, barWidth, kBarHeight);
        p.setPen(Qt::NoPen);
        p.setBrush(Palette::chartGrid(pal));
        p.drawRoundedRect(track, 3, 3);
        const int share = sharePercent(s);
        // Short of the target by more than 5 points: the "below target" colour.
        const QColor fill = share + 5 < s.targetPercent ? Palette::chartBelowTarget(pal)
                                                        : Palette::chartSeries(int(i), pal);
        p.setBrush(fill);
        p.drawRoundedRect(QRect(barLeft, barTop, barWidth * share / 100, kBarHeight), 3, 3);
        // The target: a mark across the bar.
        const int x = barLeft + barWidth * s.targetPercent / 100;
        p.setPen(QPen(Palette::chartReference(pal), 2, Qt::SolidLine));
        p.drawLine(x, barTop - 4, x, barTop + kBarHeight + 4);
        p.setPen(Palette::chartText(pal));
        p.drawText(QRect(barLeft + barWidth + 10, top, valueWidth, kRowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   tr("%1 h %2 · %3 % (target %4 %)")
                       .arg(s.minutes / 60)
                       .arg(s.minutes % 60, 2, 10, QChar(u'0'))
                       .arg(share)
                       .arg(s.targetPercent));
    }
}

} // namespace dealboard
