#include "firstrundialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::optional<FirstRunDialog::Choice> s_testAnswer;
}

FirstRunDialog::FirstRunDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"firstRunDialog"_s);
    setWindowTitle(tr("Welcome to Dealboard"));
    auto *intro = new QLabel(tr("<p><b>Welcome to Dealboard.</b></p>"
                                "<p>Your pipeline will live in one file on this computer:<br>"
                                "<code>%1</code></p>"
                                "<p>Start with sample data to look around (French companies, "
                                "deals in every stage, a year of history), or start empty and "
                                "add your own deals.</p>")
                                 .arg(databasePath.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *sample =
        buttons->addButton(tr("Start with &sample data"), QDialogButtonBox::AcceptRole);
    sample->setObjectName(u"startWithSample"_s);
    sample->setDefault(true);
    QPushButton *empty = buttons->addButton(tr("Start &empty"), QDialogButtonBox::AcceptRole);
    empty->setObjectName(u"startEmpty"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(sample, &QPushButton::clicked, this, [this] {
        m_choice = Choice::SampleData;
        accept();
    });
    connect(empty, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Empty;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

FirstRunDialog::Choice FirstRunDialog::ask(QWidget *parent, const QString &databasePath)
{
    if (s_testAnswer) {
        const Choice answer = *s_testAnswer;
        s_testAnswer.reset();
        return answer;
    }
    FirstRunDialog dialog(databasePath, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.choice() : Choice::Cancel;
}

void FirstRunDialog::setTestAnswer(Choice choice)
{
    s_testAnswer = choice;
}

} // namespace dealboard
