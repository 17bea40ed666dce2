#pragma once

#include "model/winlossreview.h"

#include <QDialog>

#include <functional>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dealboard {

class Playbook;

// The win/loss form (§8.3), asked on the way to Won or Lost (and from the deal editor for a
// closed deal): the main reason (required for Lost), then the review. Won can be accepted
// without filling anything.
class WinLossDialog : public QDialog
{
    Q_OBJECT

public:
    struct Answer
    {
        QString reason;     // a playbook won or lost reason key; empty: not given (Won)
        QString competitor; // Lost: who it was lost to
        WinLossReview review;
    };
    enum class Mode
    {
        Close, // moving to Won or Lost: the main reason is asked
        Edit,  // a closed deal's review, later: the reason stays the closing event's
    };

    WinLossDialog(const Playbook &playbook, const QString &dealsText, bool won, Mode mode,
                  const std::optional<WinLossReview> &existing, const QDate &closedOn,
                  QWidget *parent = nullptr);
    Answer answer() const;
    bool isComplete() const;
    void chooseReason(const QString &key);
    void setCompetitor(const QString &name);
    void setDecisiveFactor(const QString &text);
    void setLearning(const QString &text);
    void setCouldHaveDone(const QString &text);
    void setRecontact(const QDate &date); // invalid: no recontact
    void setProductFeedback(const QString &text);
    void setProcessImprovement(const QString &text);

    static std::optional<Answer> ask(const Playbook &playbook, const QString &dealsText, bool won,
                                     Mode mode, const std::optional<WinLossReview> &existing,
                                     const QDate &closedOn, QWidget *parent);
    // Test hook: called with the dialog once it is built; it then returns as if accepted when
    // complete (rejected otherwise) without blocking.
    static void setTestHook(std::function<void(WinLossDialog &)> hook);

private:
    void updateState();
    QPlainTextEdit *textBox(const QString &name, const QString &placeholder);

    const Playbook &m_playbook;
    bool m_won;
    Mode m_mode = Mode::Close;
    QButtonGroup *m_reasons;
    QLineEdit *m_decisive;
    QLineEdit *m_competitor;
    QPlainTextEdit *m_learning;
    QPlainTextEdit *m_couldHaveDone = nullptr;
    QCheckBox *m_recontact;
    QDateEdit *m_recontactOn;
    QLineEdit *m_feedback;
    QLineEdit *m_improvement;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QStringList m_keys;
};

} // namespace dealboard
