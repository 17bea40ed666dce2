#pragma once

#include "model/activity.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace dealboard {

// The follow-ups the playbook proposes, for review before they are created: each one can be
// kept or dropped, its title and due date edited.
class FollowUpEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpEditor(QWidget *parent = nullptr);

    void setProposals(const QList<Activity> &activities);
    QList<Activity> proposals() const { return m_proposals; }
    // The ones kept, as edited.
    QList<Activity> kept() const;
    int count() const { return static_cast<int>(m_rows.size()); }

private:
    struct Row
    {
        QCheckBox *keep = nullptr;
        QLineEdit *title = nullptr;
        QDateEdit *due = nullptr;
    };

    QGridLayout *m_grid;
    QLabel *m_empty;
    QList<Activity> m_proposals;
    QList<Row> m_rows;
};

} // namespace dealboard
