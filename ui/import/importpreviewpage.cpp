#include "importpreviewpage.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

QTableWidgetItem *number(qint64 n)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, n);
    return item;
}

} // namespace

ImportPreviewPage::ImportPreviewPage(QWidget *parent)
    : QWidget(parent)
    , m_counts(new QLabel(this))
    , m_problems(table(this, u"importProblems"_s, {tr("Line"), tr("Column"), tr("Problem")}))
    , m_skip(new QCheckBox(tr("&Leave out the rows with problems and import the others"), this))
    , m_rows(table(this, u"importRows"_s, {tr("Line"), tr("Action"), tr("Name")}))
{
    m_counts->setObjectName(u"importCounts"_s);
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);
    m_skip->setObjectName(u"importSkipProblems"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_problems, 2);
    layout->addWidget(m_skip);
    layout->addWidget(new QLabel(tr("First rows:"), this));
    layout->addWidget(m_rows, 3);
    connect(m_skip, &QCheckBox::toggled, this, &ImportPreviewPage::changed);
}

QString ImportPreviewPage::countsText(const ImportReport &r)
{
    const QLocale l;
    QStringList lines;
    auto line = [&lines, &l](const QString &what, const ImportCounts &c) {
        if (c.created + c.updated + c.unchanged > 0)
            lines << tr("%1: %2 new, %3 updated, %4 unchanged.")
                         .arg(what, l.toString(c.created), l.toString(c.updated),
                              l.toString(c.unchanged));
    };
    line(tr("Deals"), r.deals);
    line(tr("Companies"), r.companies);
    line(tr("Contacts"), r.contacts);
    if (r.deleted > 0)
        lines << tr("%n row(s) marked deleted in the other CRM left out.", nullptr, int(r.deleted));
    if (r.skipped > 0)
        lines << tr("%n row(s) with problems.", nullptr, int(r.skipped));
    if (r.problemCount > r.problems.size())
        lines << tr("The first %1 problems of %2 are listed.")
                     .arg(l.toString(r.problems.size()), l.toString(r.problemCount));
    if (lines.isEmpty())
        lines << tr("The file has no rows.");
    return tr("%n row(s) read.", nullptr, int(r.rows)) + u'\n' + lines.join(u'\n');
}

void ImportPreviewPage::setReport(const ImportReport &r)
{
    m_report = r;
    m_counts->setText(countsText(r));
    m_problems->setRowCount(int(r.problems.size()));
    for (int i = 0; i < r.problems.size(); ++i) {
        const ImportProblem &p = r.problems.at(i);
        m_problems->setItem(i, 0, number(p.line));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.message));
    }
    m_problems->setVisible(!r.problems.isEmpty());
    m_skip->setVisible(!r.problems.isEmpty());
    m_skip->setChecked(false);
    m_rows->setRowCount(int(r.outcomes.size()));
    for (int i = 0; i < r.outcomes.size(); ++i) {
        const ImportRowOutcome &o = r.outcomes.at(i);
        QString action;
        switch (o.action) {
        case ImportRowOutcome::Action::Created:
            action = tr("New");
            break;
        case ImportRowOutcome::Action::Updated:
            action = tr("Updated");
            break;
        case ImportRowOutcome::Action::Unchanged:
            action = tr("Unchanged");
            break;
        case ImportRowOutcome::Action::Skipped:
            action = tr("Left out");
            break;
        }
        m_rows->setItem(i, 0, number(o.line));
        m_rows->setItem(i, 1, new QTableWidgetItem(action));
        m_rows->setItem(i, 2, new QTableWidgetItem(QString(o.label).replace(u'\n', u' ')));
    }
    m_problems->resizeColumnsToContents();
    m_rows->resizeColumnsToContents();
}

bool ImportPreviewPage::skipProblemRows() const
{
    return m_skip->isChecked();
}

bool ImportPreviewPage::canImport() const
{
    const ImportCounts &d = m_report.deals, &c = m_report.companies, &p = m_report.contacts;
    const bool changes = d.created + d.updated + c.created + c.updated + p.created + p.updated > 0;
    return changes && (m_report.problems.isEmpty() || m_skip->isChecked());
}

} // namespace dealboard
