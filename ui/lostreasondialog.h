#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dealboard {

class Playbook;

// Asks why deals were lost: one of the playbook's reasons (and the competitor's name when the
// reason needs it) and a short note. Nothing moves without a reason.
class LostReasonDialog : public QDialog
{
    Q_OBJECT

public:
    struct Answer
    {
        QString reason;
        QString competitor;
        QString note;
    };

    LostReasonDialog(const Playbook &playbook, const QString &dealsText, QWidget *parent = nullptr);
    Answer answer() const;
    bool isComplete() const;
    void chooseReason(const QString &key);
    void setCompetitor(const QString &name);
    void setNote(const QString &note);

    static std::optional<Answer> ask(const Playbook &playbook, const QString &dealsText,
                                     QWidget *parent);
    // Test hook: called with the dialog once it is built; it then returns as if accepted when
    // complete (rejected otherwise) without blocking.
    static void setTestHook(std::function<void(LostReasonDialog &)> hook);

private:
    void updateState();

    const Playbook &m_playbook;
    QButtonGroup *m_reasons;
    QLineEdit *m_competitor;
    QPlainTextEdit *m_note;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QStringList m_keys;
};

} // namespace dealboard
