#pragma once

#include "rules/stagegates.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
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
        QString wonReason; // to Won: a playbook won-reason key, empty when not given
        QString note;      // to Won: a short note for the history
    };

    // With `toWon`, it also asks why the deal was won (optional, for the win/loss review).
    GateDialog(const Playbook &playbook, const QString &dealText,
               const QList<CriterionState> &states, bool toWon = false, QWidget *parent = nullptr);
    Answer answer() const;
    bool allMet() const;
    void tick(const QString &key, bool on = true);
    void setEmail(const QString &email);
    void chooseWonReason(const QString &key);
    void setNote(const QString &note);

    static std::optional<Answer> ask(const Playbook &playbook, const QString &dealText,
                                     const QList<CriterionState> &states, bool toWon,
                                     QWidget *parent);
    // Test hook: called with the dialog once built; it then counts as accepted when every
    // criterion holds, as cancelled otherwise, without blocking.
    static void setTestHook(std::function<void(GateDialog &)> hook);

private:
    void updateState();

    QList<CriterionState> m_states;
    QHash<QString, QCheckBox *> m_boxes;
    QLineEdit *m_email = nullptr;
    QComboBox *m_wonReason = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace dealboard
