#pragma once

#include "playbook/objection.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dealboard {

// Edits an objection of the library or writes a new one: its category, the objection as the
// prospect says it, and the answer. OK stays disabled while the objection or answer is empty.
class ObjectionDialog : public QDialog
{
    Q_OBJECT

public:
    ObjectionDialog(const Objection &objection, bool isNew, QWidget *parent = nullptr);

    Objection objection() const;
    void setCategory(const QString &category);
    void setObjectionText(const QString &text);
    void setAnswer(const QString &text);
    bool isComplete() const;

    // Runs the dialog; nullopt on Cancel.
    static std::optional<Objection> edit(const Objection &objection, bool isNew, QWidget *parent);
    // Test hook: called with the dialog once shown; a dialog it leaves open is cancelled.
    static void setTestHook(std::function<void(ObjectionDialog &)> hook);

private:
    void updateState();

    Objection m_original;
    QComboBox *m_category;
    QLineEdit *m_objection;
    QPlainTextEdit *m_answer;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace dealboard
