#pragma once

#include "playbook/playbook.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace dealboard {

class MoneyLineEdit;

// Edits the quarterly objectives of the playbook (§4.1): new MRR, total MRR, deal count range,
// average deal size, win rate and focus, one quarter at a time.
class ObjectivesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ObjectivesDialog(const Playbook &playbook, QWidget *parent = nullptr);

    // The playbook with the edited objectives; an error when a field is wrong.
    Result<Playbook> edited() const;
    QList<Objective> objectives() const;
    void selectQuarter(const QString &quarter);
    void addQuarter();
    void removeQuarter();

    // The edited playbook, or nothing when cancelled.
    static std::optional<Playbook> ask(const Playbook &playbook, QWidget *parent);
    static void setTestHook(std::function<void(ObjectivesDialog &)> hook);

    void accept() override;

private:
    void load(int row);
    bool store(int row, QString *problem = nullptr);

    Playbook m_playbook;
    QList<Objective> m_objectives;
    int m_row = -1;
    QListWidget *m_list;
    QLineEdit *m_quarter;
    MoneyLineEdit *m_newMrr;
    MoneyLineEdit *m_totalMrr;
    QSpinBox *m_dealsMin;
    QSpinBox *m_dealsMax;
    MoneyLineEdit *m_average;
    QDoubleSpinBox *m_winRate;
    QLineEdit *m_focusEn;
    QLineEdit *m_focusFr;
    QPushButton *m_remove;
    QLabel *m_error;
};

} // namespace dealboard
