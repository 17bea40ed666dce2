#include "importdialog.h"

#include "dialoghook.h"
#include "importjob.h"
#include "importmappingpage.h"
#include "importpreviewpage.h"
#include "messagebox.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

std::function<void(ImportDialog &)> &testHook()
{
    static std::function<void(ImportDialog &)> hook;
    return hook;
}

} // namespace

ImportDialog::ImportDialog(Database &database, QString file, QWidget *parent)
    : QDialog(parent)
    , m_file(std::move(file))
    , m_job(new ImportJob(database.path(), this))
    , m_pages(new QStackedWidget(this))
    , m_working(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_mapping(new ImportMappingPage(database.playbook(), this))
    , m_preview(new ImportPreviewPage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_back(m_buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole))
    , m_next(m_buttons->addButton(tr("&Preview"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_file).fileName()));
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setRange(0, 1000);
    m_back->setObjectName(u"importBack"_s);
    m_next->setObjectName(u"importNext"_s);
    m_next->setDefault(true);

    auto *working = new QWidget(this);
    auto *workingLayout = new QVBoxLayout(working);
    workingLayout->addStretch();
    workingLayout->addWidget(m_working);
    workingLayout->addWidget(m_progress);
    workingLayout->addStretch();
    m_pages->addWidget(working);
    m_pages->addWidget(m_mapping);
    m_pages->addWidget(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);
    resize(760, 620);

    // The dialog's own accept is the Import step: OK never closes it by itself.
    disconnect(m_buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentWidget(m_mapping);
        updateButtons();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (step() == Step::Mapping)
            preview();
        else if (step() == Step::Preview)
            import();
    });
    connect(m_mapping, &ImportMappingPage::changed, this, &ImportDialog::updateButtons);
    connect(m_preview, &ImportPreviewPage::changed, this, &ImportDialog::updateButtons);
    connect(m_job, &ImportJob::finished, this, &ImportDialog::jobFinished);
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this] { m_progress->setValue(m_job->progress()); });
    poll->start(100);

    connect(m_mapping, &ImportMappingPage::entityChosen, this, [this](CsvEntity entity) {
        // Stages, dates and amounts depend on what the rows are: the file is read again.
        m_return = Step::Mapping;
        m_working->setText(tr("Reading %1 again…").arg(QFileInfo(m_file).fileName()));
        ImportMapping forced;
        forced.entity = entity;
        startJob(int(ImportJob::Kind::Scan), forced);
    });

    m_return = Step::Working;
    m_working->setText(tr("Reading %1…").arg(QFileInfo(m_file).fileName()));
    startJob(int(ImportJob::Kind::Scan), ImportMapping());
}

ImportDialog::~ImportDialog() = default;

ImportDialog::Step ImportDialog::step() const
{
    if (m_pages->currentWidget() == m_mapping)
        return Step::Mapping;
    if (m_pages->currentWidget() == m_preview)
        return Step::Preview;
    return Step::Working;
}

bool ImportDialog::isBusy() const
{
    return m_job->isRunning();
}

void ImportDialog::startJob(int kind, const ImportMapping &mapping)
{
    m_progress->setValue(0);
    m_pages->setCurrentIndex(0);
    m_job->start(ImportJob::Kind(kind), m_file, mapping, m_preview->skipProblemRows());
    updateButtons();
}

void ImportDialog::preview()
{
    m_return = Step::Mapping;
    m_working->setText(tr("Checking every row…"));
    startJob(int(ImportJob::Kind::Preview), m_mapping->mapping());
}

void ImportDialog::import()
{
    m_return = Step::Preview;
    m_working->setText(tr("Importing…"));
    startJob(int(ImportJob::Kind::Import), m_mapping->mapping());
}

void ImportDialog::stepBack()
{
    if (m_return == Step::Working) {
        QDialog::reject();
        return;
    }
    m_pages->setCurrentWidget(m_return == Step::Preview ? static_cast<QWidget *>(m_preview)
                                                        : m_mapping);
    updateButtons();
}

void ImportDialog::fail(const QString &title, const QString &message)
{
    MessageBox::critical(this, title, message);
    stepBack();
}

void ImportDialog::jobFinished()
{
    const bool cancelled = std::exchange(m_cancelling, false);
    const std::optional<Result<ImportReport>> &report = m_job->report();
    // A cancel that came too late: the import is in, say so.
    if (m_job->kind() == ImportJob::Kind::Import && report && *report && (*report)->committed) {
        m_imported = report->value();
        accept();
        return;
    }
    if (cancelled) {
        stepBack();
        return;
    }
    const QString unknown = tr("The step ended without an answer.");
    switch (m_job->kind()) {
    case ImportJob::Kind::Scan: {
        const std::optional<Result<ImportMapping>> &mapping = m_job->mapping();
        if (!mapping || !*mapping) {
            fail(tr("Cannot import this file"), mapping ? mapping->errorMessage() : unknown);
            return;
        }
        m_mapping->setMapping(QFileInfo(m_file).fileName(), mapping->value());
        m_pages->setCurrentWidget(m_mapping);
        break;
    }
    case ImportJob::Kind::Preview:
        if (!report || !*report) {
            fail(tr("Cannot import this file"), report ? report->errorMessage() : unknown);
            return;
        }
        m_preview->setReport(report->value());
        m_pages->setCurrentWidget(m_preview);
        break;
    case ImportJob::Kind::Import:
        fail(tr("Nothing was imported"),
             !report    ? unknown
             : !*report ? report->errorMessage()
                        : tr("Nothing in the file differs from the database any more: it changed "
                             "since the preview."));
        return;
    case ImportJob::Kind::Json:
        break;
    }
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const Step s = step();
    m_back->setVisible(s == Step::Preview);
    m_next->setVisible(s != Step::Working);
    m_next->setText(s == Step::Preview ? tr("&Import") : tr("&Preview"));
    m_next->setEnabled((s == Step::Mapping && m_mapping->missingChoice().isEmpty()) ||
                       (s == Step::Preview && m_preview->canImport()));
}

void ImportDialog::reject()
{
    if (m_job->isRunning()) {
        // A running step is cancelled; the import's transaction rolls back. Its end comes
        // back through jobFinished(), with the cancel as its error.
        m_cancelling = true;
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

std::optional<ImportReport> ImportDialog::run(Database &database, const QString &file,
                                              QWidget *parent)
{
    ImportDialog dialog(database, file, parent);
    if (!execWithHook<ImportDialog>(dialog, testHook()))
        return std::nullopt;
    return dialog.imported();
}

void ImportDialog::setTestHook(std::function<void(ImportDialog &)> hook)
{
    testHook() = std::move(hook);
}

} // namespace dealboard
