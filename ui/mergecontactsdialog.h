#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QRadioButton;

namespace dealboard {

// Asks which of two duplicate contacts stays when they are merged. `firstSummary` and
// `secondSummary` describe each ("Marc Petit — 2 deals").
class MergeContactsDialog : public QDialog
{
    Q_OBJECT

public:
    MergeContactsDialog(const QString &firstSummary, const QString &secondSummary,
                        QWidget *parent = nullptr);

    // 0: the first stays, 1: the second.
    int kept() const;
    void setKept(int which);

    // Runs the dialog; nullopt on Cancel.
    static std::optional<int> choose(const QString &firstSummary, const QString &secondSummary,
                                     QWidget *parent);
    // Test hook (as DealEditorDialog's). An empty function removes it.
    static void setTestHook(std::function<void(MergeContactsDialog &)> hook);

private:
    QRadioButton *m_first;
    QRadioButton *m_second;
};

} // namespace dealboard
