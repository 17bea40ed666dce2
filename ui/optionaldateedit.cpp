#include "optionaldateedit.h"

#include "clock.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(this))
    , m_edit(new QDateEdit(this))
    , m_suggestion([] { return Clock::current().now().toLocalTime().date(); })
{
    m_edit->setCalendarPopup(true);
    QString format = locale().dateFormat(QLocale::ShortFormat); // with the century: 2026, not 26
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    m_edit->setDisplayFormat(format);
    m_edit->setSpecialValueText(tr("None")); // shown at the minimum date, which means none
    m_edit->setDate(m_edit->minimumDate());
    m_edit->setEnabled(false);
    setFocusProxy(m_check);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    connect(m_check, &QCheckBox::toggled, this, &OptionalDateEdit::setOn);
    connect(m_edit, &QDateEdit::dateChanged, this, [this] { Q_EMIT dateChanged(date()); });
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() && m_edit->date() != m_edit->minimumDate() ? m_edit->date()
                                                                           : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    if (date.isValid())
        m_edit->setDate(date);
    m_check->setChecked(date.isValid());
    setOn(date.isValid());
}

void OptionalDateEdit::setOn(bool on)
{
    m_edit->setEnabled(on);
    if (!on)
        m_edit->setDate(m_edit->minimumDate());
    else if (m_edit->date() == m_edit->minimumDate())
        m_edit->setDate(m_suggestion ? m_suggestion() : QDate::currentDate());
    if (on && m_check->hasFocus())
        m_edit->setFocus(Qt::TabFocusReason);
    Q_EMIT dateChanged(date());
}

} // namespace dealboard
