#include "rescheduledialog.h"

#include "dialoghook.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(RescheduleDialog &)> s_testHook;
} // namespace

RescheduleDialog::RescheduleDialog(const QString &title, const When &current, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
    , m_atTime(new QCheckBox(tr("At"), this))
    , m_time(new QTimeEdit(this))
{
    setObjectName(u"rescheduleDialog"_s);
    setWindowTitle(tr("Reschedule"));
    auto *what = new QLabel(title, this);
    what->setWordWrap(true);
    m_date->setObjectName(u"rescheduleDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Due date"));
    m_atTime->setObjectName(u"rescheduleAtTime"_s);
    m_time->setObjectName(u"rescheduleTime"_s);
    m_time->setAccessibleName(tr("Due time"));
    m_time->setDisplayFormat(u"HH:mm"_s);
    connect(m_atTime, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    setWhen(current);

    auto *time = new QHBoxLayout;
    time->addWidget(m_atTime);
    time->addWidget(m_time, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Day:"), m_date);
    form->addRow(tr("Time:"), time);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

RescheduleDialog::When RescheduleDialog::when() const
{
    return {m_date->date(), m_atTime->isChecked() ? m_time->time() : QTime()};
}

void RescheduleDialog::setWhen(const When &when)
{
    m_date->setDate(when.due);
    m_atTime->setChecked(when.time.isValid());
    m_time->setTime(when.time.isValid() ? when.time : QTime(9, 0));
    m_time->setEnabled(when.time.isValid());
}

std::optional<RescheduleDialog::When> RescheduleDialog::ask(const QString &title,
                                                            const When &current, QWidget *parent)
{
    RescheduleDialog dialog(title, current, parent);
    if (!execWithHook(dialog, s_testHook))
        return std::nullopt;
    return dialog.when();
}

void RescheduleDialog::setTestHook(std::function<void(RescheduleDialog &)> hook)
{
    s_testHook = std::move(hook);
}

} // namespace dealboard
