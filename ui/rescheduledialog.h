#pragma once

#include <QDate>
#include <QDialog>
#include <QTime>

#include <functional>
#include <optional>

class QCheckBox;
class QDateEdit;
class QTimeEdit;

namespace dealboard {

// Asks for a follow-up's new day and, optionally, time.
class RescheduleDialog : public QDialog
{
    Q_OBJECT

public:
    struct When
    {
        QDate due;
        QTime time; // invalid: some time that day
    };

    RescheduleDialog(const QString &title, const When &current, QWidget *parent = nullptr);
    When when() const;
    void setWhen(const When &when);

    static std::optional<When> ask(const QString &title, const When &current, QWidget *parent);
    // Test hook: drives the dialog once shown (see execWithHook).
    static void setTestHook(std::function<void(RescheduleDialog &)> hook);

private:
    QDateEdit *m_date;
    QCheckBox *m_atTime;
    QTimeEdit *m_time;
};

} // namespace dealboard
