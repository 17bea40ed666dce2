#include "bantscoreform.h"

#include "playbook/playbook.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace dealboard {

BantScoreForm::BantScoreForm(const Playbook &playbook, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"bantScores"_s);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(2, 1);
    int row = 0;
    for (const BantCriterion &criterion : playbook.bantCriteria()) {
        m_keys << criterion.key;
        m_maxTotal += criterion.max;
        auto *combo = new QComboBox(this);
        combo->setObjectName(u"bant_"_s + criterion.key);
        combo->addItem(tr("Not answered"));
        for (const BantLevel &level : criterion.levels)
            combo->addItem(tr("%1 (%2)").arg(level.label.text()).arg(level.score), level.score);
        combo->setAccessibleName(criterion.name.text());
        m_combos.insert(criterion.key, combo);

        auto *name = new QLabel(criterion.name.text(), this);
        name->setObjectName(u"bantName_"_s + criterion.key);
        name->setBuddy(combo);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);

        QStringList questions;
        for (const LocalizedText &question : criterion.questions)
            questions << question.text();
        auto *hint = new QLabel(questions.join(u" · "_s), this);
        hint->setObjectName(u"bantQuestions_"_s + criterion.key);
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        hint->setTextFormat(Qt::PlainText);
        combo->setToolTip(questions.join(u'\n'));

        grid->addWidget(name, row, 0);
        grid->addWidget(combo, row, 1);
        grid->addWidget(hint, row, 2);
        ++row;
        connect(combo, &QComboBox::currentIndexChanged, this, &BantScoreForm::changed);
    }
}

std::optional<int> BantScoreForm::score(const QString &criterionKey) const
{
    const QComboBox *combo = m_combos.value(criterionKey);
    if (!combo || combo->currentIndex() <= 0)
        return std::nullopt;
    return combo->currentData().toInt();
}

void BantScoreForm::setScore(const QString &criterionKey, std::optional<int> score)
{
    QComboBox *combo = m_combos.value(criterionKey);
    if (!combo)
        return;
    combo->setCurrentIndex(score ? combo->findData(*score) : 0);
}

QStringList BantScoreForm::unansweredKeys() const
{
    QStringList keys;
    for (const QString &key : m_keys)
        if (!score(key))
            keys << key;
    return keys;
}

int BantScoreForm::answeredCount() const
{
    return static_cast<int>(m_keys.size() - unansweredKeys().size());
}

int BantScoreForm::total() const
{
    int sum = 0;
    for (const QString &key : m_keys)
        sum += score(key).value_or(0);
    return sum;
}

} // namespace dealboard
