#include "periodselector.h"

#include "clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace dealboard {

PeriodSelector::PeriodSelector(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_asOf(new QDateEdit(this))
    , m_today(new QToolButton(this))
    , m_range(new QLabel(this))
{
    setObjectName(u"periodSelector"_s);
    m_preset->setObjectName(u"periodPreset"_s);
    m_preset->setAccessibleName(tr("Period"));
    m_preset->addItem(tr("This month"), int(Preset::ThisMonth));
    m_preset->addItem(tr("Last month"), int(Preset::LastMonth));
    m_preset->addItem(tr("This quarter"), int(Preset::ThisQuarter));
    m_preset->addItem(tr("Last quarter"), int(Preset::LastQuarter));
    m_preset->addItem(tr("This year"), int(Preset::ThisYear));
    m_preset->addItem(tr("Last year"), int(Preset::LastYear));
    m_preset->addItem(tr("Custom dates"), int(Preset::Custom));
    m_preset->setCurrentIndex(int(Preset::ThisQuarter));
    for (QDateEdit *edit : {m_from, m_to, m_asOf}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(u"periodFrom"_s);
    m_from->setAccessibleName(tr("From"));
    m_to->setObjectName(u"periodTo"_s);
    m_to->setAccessibleName(tr("To"));
    m_asOf->setObjectName(u"periodAsOf"_s);
    m_asOf->setAccessibleName(tr("As of"));
    m_asOf->setToolTip(tr("Read the data as it stood at the end of this day: later moves, "
                          "edits and new deals are left out. Today by default."));
    m_today->setObjectName(u"periodToday"_s);
    m_today->setText(tr("Today"));
    m_today->setToolTip(tr("Back to the data as it is now"));
    m_range->setObjectName(u"periodRange"_s);
    m_range->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_preset);
    layout->addWidget(periodLabel);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_range);
    layout->addSpacing(12);
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    layout->addWidget(asOfLabel);
    layout->addWidget(m_asOf);
    layout->addWidget(m_today);
    layout->addStretch(1);

    const QDate now = today();
    const Period quarter = Period::quarter(now);
    m_from->setDate(quarter.from);
    m_to->setDate(quarter.to);
    m_asOf->setDate(now);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &PeriodSelector::presetChosen);
    for (QDateEdit *edit : {m_from, m_to, m_asOf})
        connect(edit, &QDateEdit::dateChanged, this, &PeriodSelector::update);
    connect(m_today, &QToolButton::clicked, this, [this] { setAsOf({}); });
    update();
}

QDate PeriodSelector::today()
{
    return Clock::current().now().date();
}

Period PeriodSelector::presetPeriod(Preset preset, const QDate &day)
{
    switch (preset) {
    case Preset::ThisMonth:
        return Period::month(day);
    case Preset::LastMonth:
        return Period::month(day).previous();
    case Preset::ThisQuarter:
    case Preset::Custom:
        return Period::quarter(day);
    case Preset::LastQuarter:
        return Period::quarter(day).previous();
    case Preset::ThisYear:
        return Period::year(day);
    case Preset::LastYear:
        return Period::year(day).previous();
    }
    return Period::quarter(day);
}

PeriodSelector::Preset PeriodSelector::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

Period PeriodSelector::period() const
{
    if (preset() == Preset::Custom)
        return {m_from->date(), std::max(m_from->date(), m_to->date())};
    return presetPeriod(preset(), today());
}

QDate PeriodSelector::asOf() const
{
    return m_asOf->date();
}

bool PeriodSelector::isToday() const
{
    return m_asOf->date() == today();
}

void PeriodSelector::setPreset(Preset p)
{
    m_preset->setCurrentIndex(m_preset->findData(int(p)));
}

void PeriodSelector::setCustom(const Period &p)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(p.from);
        m_to->setDate(p.to);
    }
    if (preset() != Preset::Custom)
        setPreset(Preset::Custom);
    else
        update();
}

void PeriodSelector::setAsOf(const QDate &day)
{
    m_asOf->setDate(day.isValid() ? day : today());
}

void PeriodSelector::presetChosen()
{
    if (preset() != Preset::Custom) {
        const Period p = presetPeriod(preset(), today());
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(p.from);
        m_to->setDate(p.to);
    }
    update();
}

void PeriodSelector::update()
{
    const bool custom = preset() == Preset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    const Period p = period();
    const QLocale locale;
    m_range->setVisible(!custom);
    m_range->setText(tr("%1 – %2").arg(locale.toString(p.from, QLocale::ShortFormat),
                                       locale.toString(p.to, QLocale::ShortFormat)));
    m_today->setEnabled(!isToday());
    Q_EMIT changed();
}

void PeriodSelector::restore(const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    const int p = settings.value(u"preset"_s, int(Preset::ThisQuarter)).toInt();
    const QDate from = settings.value(u"from"_s).toDate();
    const QDate to = settings.value(u"to"_s).toDate();
    if (Preset(p) == Preset::Custom && from.isValid() && to.isValid())
        setCustom({from, to});
    else if (p >= 0 && p < int(Preset::Custom))
        setPreset(Preset(p));
}

void PeriodSelector::save(const QString &group) const
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(u"preset"_s, int(preset()));
    settings.setValue(u"from"_s, m_from->date());
    settings.setValue(u"to"_s, m_to->date());
}

} // namespace dealboard
