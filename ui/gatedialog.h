#pragma once

#include "rules/stagegates.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dealboard {

class Playbook;

// The checklist of every gate on the way of a move, each criterion met or not. The user ticks
// what is now true and fills a missing email; the move goes ahead only when all hold.
class GateDialog : public QDialog
{
    Q_OBJECT

public:
    struct Answer
    {
        QStringList check; // criteria ticked here
        QString email;     // filled here when the valid-email criterion was unmet
    };

    // Why a deal was won is the win/loss form's (WinLossDialog), asked after this one.
    GateDialog(const Playbook &playbook, const QString &dealText,
               const QList<CriterionState> &states, QWidget *parent = nullptr);
    Answer answer() const;
    bool allMet() const;
    void tick(const QString &key, bool on = true);
    void setEmail(const QString &email);

    static std::optional<Answer> ask(const Playbook &playbook, const QString &dealText,
                                     const QList<CriterionState> &states, QWidget *parent);
    // Test hook: called with the dialog once built; it then counts as accepted when every
    // criterion holds, as cancelled otherwise, without blocking.
    static void setTestHook(std::function<void(GateDialog &)> hook);

private:
    void updateState();

    QList<CriterionState> m_states;
    QHash<QString, QCheckBox *> m_boxes;
    QLineEdit *m_email = nullptr;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace dealboard
