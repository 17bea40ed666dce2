#include "metrictile.h"

#include "palette.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

MetricTile::MetricTile(const QString &objectName, const QString &caption,
                       const QString &howComputed, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(this))
    , m_target(new QLabel(this))
    , m_trend(new QLabel(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setToolTip(howComputed);
    setAccessibleName(caption);
    setAccessibleDescription(howComputed);
    m_value->setObjectName(objectName + u"Value"_s);
    m_target->setObjectName(objectName + u"Target"_s);
    m_trend->setObjectName(objectName + u"Trend"_s);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_target->setForegroundRole(QPalette::PlaceholderText);
    m_trend->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_target);
    layout->addWidget(m_trend);
    layout->addStretch(1);
    setMinimumWidth(150);
}

void MetricTile::setValue(const QString &value, State state)
{
    m_state = state;
    m_value->setText(value);
    QPalette p = m_value->palette();
    const QPalette base = palette();
    p.setColor(QPalette::WindowText, state == State::Missed ? Palette::chartBelowTarget(base)
                                     : state == State::Met  ? Palette::onTarget(base)
                                                            : base.color(QPalette::WindowText));
    m_value->setPalette(p);
}

void MetricTile::setTarget(const QString &target)
{
    m_target->setText(target);
    m_target->setVisible(!target.isEmpty());
}

void MetricTile::setTrend(const QString &trend)
{
    m_trend->setText(trend);
    m_trend->setVisible(!trend.isEmpty());
}

QString MetricTile::value() const
{
    return m_value->text();
}

QString MetricTile::target() const
{
    return m_target->text();
}

QString MetricTile::trend() const
{
    return m_trend->text();
}

} // namespace dealboard
