#include "fieldproblems.h"

#include "palette.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>

namespace dealboard {

void FieldProblems::setUpErrorLabel(QLabel *label, const QString &objectName)
{
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(QCoreApplication::translate("dealboard::FieldProblems", "Problems"));
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, Palette::overdue(palette));
    label->setPalette(palette);
    label->hide();
}

QStringList FieldProblems::show(const QList<FieldProblem> &found, const QSet<QWidget *> &touched,
                                QLabel *error, QPushButton *ok)
{
    for (QWidget *w : std::as_const(m_flagged)) {
        w->setPalette(QPalette());
        w->setAccessibleDescription({});
    }
    m_flagged.clear();
    QStringList all;
    QStringList shown;
    for (const FieldProblem &p : found) {
        all << p.text;
        if (p.field && !touched.contains(p.field))
            continue;
        shown << p.text;
        if (!p.field || m_flagged.contains(p.field))
            continue;
        QPalette palette = p.field->palette();
        palette.setColor(QPalette::Base, Palette::fieldError(palette));
        p.field->setPalette(palette);
        p.field->setAccessibleDescription(p.text);
        m_flagged << p.field;
    }
    error->setText(shown.join(u'\n'));
    error->setVisible(!shown.isEmpty());
    ok->setEnabled(all.isEmpty());
    ok->setToolTip(all.join(u'\n')); // also why OK waits while nothing is red yet
    return all;
}

} // namespace dealboard
