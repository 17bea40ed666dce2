#include "followupeditor.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

FollowUpEditor::FollowUpEditor(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(tr("Score at least one criterion to see the follow-ups the playbook "
                            "proposes."),
                         this))
{
    setObjectName(u"followUps"_s);
    setAccessibleName(tr("Follow-ups"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty->setObjectName(u"followUpsEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);
}

void FollowUpEditor::setProposals(const QList<Activity> &activities)
{
    for (const Row &row : std::as_const(m_rows)) {
        delete row.keep;
        delete row.title;
        delete row.due;
    }
    m_rows.clear();
    m_proposals = activities;
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const Activity &a = activities.at(i);
        Row row;
        row.keep = new QCheckBox(this);
        row.keep->setObjectName(u"followUpKeep_%1"_s.arg(i));
        row.keep->setChecked(true);
        row.keep->setAccessibleName(tr("Keep “%1”").arg(a.title));
        row.title = new QLineEdit(a.title, this);
        row.title->setObjectName(u"followUpTitle_%1"_s.arg(i));
        row.title->setAccessibleName(tr("Follow-up title"));
        row.due = new QDateEdit(a.due, this);
        row.due->setObjectName(u"followUpDue_%1"_s.arg(i));
        row.due->setCalendarPopup(true);
        row.due->setAccessibleName(tr("Due date"));
        connect(row.keep, &QCheckBox::toggled, row.title, &QWidget::setEnabled);
        connect(row.keep, &QCheckBox::toggled, row.due, &QWidget::setEnabled);
        const int r = static_cast<int>(i);
        m_grid->addWidget(row.keep, r, 0);
        m_grid->addWidget(row.title, r, 1);
        m_grid->addWidget(row.due, r, 2);
        m_rows.append(row);
    }
    m_empty->setVisible(m_rows.isEmpty());
}

QList<Activity> FollowUpEditor::kept() const
{
    QList<Activity> kept;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (!row.keep->isChecked())
            continue;
        Activity a = m_proposals.at(i);
        a.title = row.title->text().trimmed();
        a.due = row.due->date();
        if (!a.title.isEmpty())
            kept.append(a);
    }
    return kept;
}

} // namespace dealboard
