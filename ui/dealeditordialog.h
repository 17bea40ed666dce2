#pragma once

#include "dealeditorform.h"
#include "fieldproblems.h"

#include <QDialog>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;

namespace dealboard {

class Database;
class DealHistoryList;

// Creates or edits a deal: opened by a double-click on a card or with New deal (Ctrl+N).
// The stage of an existing deal is read-only here: moves go through the board and its gates.
// Problems are shown under the form and keep OK disabled; the dialog writes nothing.
class DealEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` == nullptr: a new deal.
    DealEditorDialog(Database &db, const Deal *existing, QWidget *parent = nullptr);

    DealDraft draft() const;
    // What keeps OK disabled (empty when the draft can be saved).
    QStringList problems() const { return m_problems; }

    // Runs the dialog; nullopt on Cancel. `setUp` is called with the dialog before it runs
    // (to connect reviewRequested).
    static std::optional<DealDraft> edit(Database &db, const Deal *existing, QWidget *parent,
                                         const std::function<void(DealEditorDialog &)> &setUp = {});
    // Test hook (as in KeePassXC): called with the dialog once edit() has shown it, before the
    // user could act. A dialog the hook leaves open is cancelled. An empty function removes it.
    static void setTestHook(std::function<void(DealEditorDialog &)> hook);
    // What "Send Email…" of an existing deal does (EmailActions sets it); none: no button.
    static void setEmailHandler(std::function<void(qint64 dealId, QWidget *parent)> handler);

Q_SIGNALS:
    // The "Win/loss review…" button of a closed deal; the history is reloaded after.
    void reviewRequested();

private:
    void validate();

    DealEditorForm *m_form;
    DealHistoryList *m_history = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QStringList m_problems;
    QSet<QWidget *> m_touched;
    FieldProblems m_fieldProblems;
};

} // namespace dealboard
