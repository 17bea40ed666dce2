#include "exportdialog.h"

#include "dialoghook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

std::function<void(ExportDialog &)> s_testHook;

constexpr int kWholeDatabase = -1;

} // namespace

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_what(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_bom(new QCheckBox(tr("UTF-8 with BOM (for Excel)"), this))
    , m_note(new QLabel(this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export"));

    m_what->setObjectName(u"exportWhat"_s);
    m_what->addItem(tr("Deals (CSV)"), int(ExportEntity::Deals));
    m_what->addItem(tr("Companies (CSV)"), int(ExportEntity::Companies));
    m_what->addItem(tr("Contacts (CSV)"), int(ExportEntity::Contacts));
    m_what->addItem(tr("Activities (CSV)"), int(ExportEntity::Activities));
    m_what->addItem(tr("Quotes, one row per line (CSV)"), int(ExportEntity::Quotes));
    m_what->addItem(tr("Whole database (JSON)"), kWholeDatabase);

    m_delimiter->setObjectName(u"exportDelimiter"_s);
    m_delimiter->addItem(tr("Semicolon ( ; ), decimal comma"), QChar(u';'));
    m_delimiter->addItem(tr("Comma ( , ), decimal point"), QChar(u','));
    m_delimiter->addItem(tr("Tab, decimal point"), QChar(u'\t'));
    m_delimiter->setCurrentIndex(m_delimiter->findData(defaultDelimiter()));

    m_bom->setObjectName(u"exportBom"_s);
    m_bom->setChecked(true);

    m_note->setObjectName(u"exportNote"_s);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Export:"), m_what);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_bom);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"exportButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(m_what, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

QChar ExportDialog::defaultDelimiter()
{
    return QLocale().decimalPoint() == u","_s ? u';' : u',';
}

ExportDialog::Choice ExportDialog::choice() const
{
    Choice c;
    const int what = m_what->currentData().toInt();
    if (what != kWholeDatabase)
        c.entity = ExportEntity(what);
    c.options.delimiter = m_delimiter->currentData().value<QChar>();
    c.options.bom = m_bom->isChecked();
    return c;
}

void ExportDialog::updateEnabled()
{
    const bool csv = m_what->currentData().toInt() != kWholeDatabase;
    m_delimiter->setEnabled(csv);
    m_bom->setEnabled(csv);
    m_note->setText(csv ? tr("Only the records in use are exported (not the deleted ones), "
                             "with the column names Import recognises.")
                        : tr("Every table and every row, history included: an exact copy "
                             "that can be imported into a new, empty database."));
}

std::optional<ExportDialog::Choice> ExportDialog::ask(QWidget *parent)
{
    ExportDialog dialog(parent);
    if (!execWithHook(dialog, s_testHook))
        return std::nullopt;
    return dialog.choice();
}

void ExportDialog::setTestHook(std::function<void(ExportDialog &)> hook)
{
    s_testHook = std::move(hook);
}

} // namespace dealboard
