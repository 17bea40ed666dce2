#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QRadioButton;

namespace dealboard {

// Asks which of two duplicates (companies or contacts) stays when they are merged.
// `firstSummary` and `secondSummary` describe each ("Agence Élan — 3 deals").
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Companies,
        Contacts
    };

    MergeDialog(Kind kind, const QString &firstSummary, const QString &secondSummary,
                QWidget *parent = nullptr);

    // 0: the first stays, 1: the second.
    int kept() const;
    void setKept(int which);

    // Runs the dialog; nullopt on Cancel.
    static std::optional<int> choose(Kind kind, const QString &firstSummary,
                                     const QString &secondSummary, QWidget *parent);
    // Test hook (as DealEditorDialog's). An empty function removes it.
    static void setTestHook(std::function<void(MergeDialog &)> hook);

private:
    QRadioButton *m_first;
    QRadioButton *m_second;
};

} // namespace dealboard
