#pragma once

#include <QDate>
#include <QWidget>

#include <functional>

class QCheckBox;
class QDateEdit;

namespace dealboard {

// A date that may be absent: a check box turns the date on; off, the field reads "None".
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate date() const; // invalid: none
    void setDate(const QDate &date);
    // The date proposed when the box is ticked on an empty field (default: today).
    void setSuggestion(std::function<QDate()> suggestion) { m_suggestion = std::move(suggestion); }

    QCheckBox *checkBox() const { return m_check; }
    QDateEdit *dateEdit() const { return m_edit; }

Q_SIGNALS:
    void dateChanged(const QDate &date);

private:
    void setOn(bool on);

    QCheckBox *m_check;
    QDateEdit *m_edit;
    std::function<QDate()> m_suggestion;
};

} // namespace dealboard
