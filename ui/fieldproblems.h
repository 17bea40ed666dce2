#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QLabel;
class QPushButton;
class QWidget;

namespace dealboard {

// What is wrong with one field of an editor (field nullptr: the record as a whole).
struct FieldProblem
{
    QWidget *field = nullptr;
    QString text;
};

// Shows an editor's problems the same way everywhere: a field the user has been to is tinted
// and its problem written under the form; OK stays disabled, with every reason in its tooltip,
// while any problem remains. A new record does not open in red.
class FieldProblems
{
public:
    // Makes `label` the place problems are written: wrapped plain text in the alert colour.
    static void setUpErrorLabel(QLabel *label, const QString &objectName);
    // Returns every problem's text (what keeps OK disabled).
    QStringList show(const QList<FieldProblem> &found, const QSet<QWidget *> &touched,
                     QLabel *error, QPushButton *ok);

private:
    QList<QWidget *> m_flagged;
};

} // namespace dealboard
