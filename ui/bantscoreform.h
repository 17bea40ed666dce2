#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;

namespace dealboard {

class Playbook;

// The BANT+ criteria of the playbook, each a combo ("Not answered" + the playbook's levels) with
// the criterion's questions beside it. Emits changed() whenever a score changes.
class BantScoreForm : public QWidget
{
    Q_OBJECT

public:
    explicit BantScoreForm(const Playbook &playbook, QWidget *parent = nullptr);

    std::optional<int> score(const QString &criterionKey) const;
    void setScore(const QString &criterionKey, std::optional<int> score);
    QStringList keys() const { return m_keys; }
    QStringList unansweredKeys() const;
    int answeredCount() const;
    int total() const; // of the answered criteria only
    int maxTotal() const { return m_maxTotal; }

Q_SIGNALS:
    void changed();

private:
    QStringList m_keys;
    QHash<QString, QComboBox *> m_combos;
    int m_maxTotal = 0;
};

} // namespace dealboard
