#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QPlainTextEdit;

namespace dealboard {

// Asks how a follow-up went before it is marked done ("left a voicemail", "demo booked").
class OutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    OutcomeDialog(const QString &title, const QString &outcome, QWidget *parent = nullptr);
    QString outcome() const;
    void setOutcome(const QString &outcome);

    static std::optional<QString> ask(const QString &title, const QString &outcome,
                                      QWidget *parent);
    // Test hook: drives the dialog once shown (see execWithHook).
    static void setTestHook(std::function<void(OutcomeDialog &)> hook);

private:
    QPlainTextEdit *m_outcome;
};

} // namespace dealboard
