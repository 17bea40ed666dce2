#include "backupsettingsform.h"

#include "backupscheduler.h"
#include "storage/backupservice.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

BackupSettingsForm::BackupSettingsForm(BackupScheduler *scheduler, QWidget *parent)
    : QWidget(parent)
    , m_scheduler(scheduler)
    , m_enabled(new QCheckBox(tr("Back up automatically"), this))
    , m_interval(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose…"), this))
    , m_default(new QPushButton(tr("Default"), this))
    , m_backUpNow(new QPushButton(tr("Back Up Now"), this))
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_chooseFolder([](QWidget *owner, const QString &current) {
        return QFileDialog::getExistingDirectory(owner, tr("Backup Folder"), current);
    })
{
    m_enabled->setObjectName(u"backupEnabled"_s);
    m_interval->setObjectName(u"backupInterval"_s);
    m_folder->setObjectName(u"backupFolder"_s);
    m_choose->setObjectName(u"backupChooseFolder"_s);
    m_default->setObjectName(u"backupDefaultFolder"_s);
    m_backUpNow->setObjectName(u"backupNow"_s);
    m_status->setObjectName(u"backupStatus"_s);
    m_list->setObjectName(u"backupList"_s);

    m_interval->setRange(1, BackupSettings::kMaxIntervalHours);
    m_interval->setSuffix(tr(" h", "hours"));
    m_interval->setToolTip(tr("A backup is made when the app starts and then every so many "
                              "hours while it is open."));
    m_folder->setReadOnly(true);
    m_default->setToolTip(tr("Back up beside the database, in a folder named after it."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Date"), tr("Size")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setToolTip(tr("Kept: the newest backup of each of the last 7 days, and of each of "
                          "the 4 weeks before."));

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    folderRow->addWidget(m_default);
    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("Every:"), m_interval);
    form->addRow(tr("Folder:"), folderRow);
    auto *nowRow = new QHBoxLayout;
    nowRow->addWidget(m_backUpNow);
    nowRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(nowRow);
    layout->addWidget(m_list, 1);

    connect(m_enabled, &QCheckBox::toggled, this, &BackupSettingsForm::apply);
    connect(m_interval, &QSpinBox::valueChanged, this, &BackupSettingsForm::apply);
    connect(m_choose, &QPushButton::clicked, this, &BackupSettingsForm::chooseFolder);
    connect(m_default, &QPushButton::clicked, this, &BackupSettingsForm::useDefaultFolder);
    connect(m_backUpNow, &QPushButton::clicked, m_scheduler, &BackupScheduler::backUpNow);
    connect(m_scheduler, &BackupScheduler::runningChanged, this, &BackupSettingsForm::showRunning);
    connect(m_scheduler, &BackupScheduler::backedUp, this, &BackupSettingsForm::showBackedUp);
    connect(m_scheduler, &BackupScheduler::failed, this, &BackupSettingsForm::showFailure);
    refresh();
}

void BackupSettingsForm::refresh()
{
    const BackupSettings settings = m_scheduler->settings();
    m_filling = true;
    m_enabled->setChecked(settings.enabled);
    m_interval->setValue(settings.intervalHours);
    m_folder->setText(QDir::toNativeSeparators(m_scheduler->folder()));
    m_default->setEnabled(!settings.folder.isEmpty());
    m_filling = false;
    showRunning(m_scheduler->isRunning());
    fillList();
}

void BackupSettingsForm::apply()
{
    if (m_filling)
        return;
    BackupSettings settings = m_scheduler->settings();
    settings.enabled = m_enabled->isChecked();
    settings.intervalHours = m_interval->value();
    settings.save();
    m_scheduler->setSettings(settings);
    Q_EMIT settingsChanged(settings);
}

void BackupSettingsForm::chooseFolder()
{
    const QString chosen = m_chooseFolder(this, m_scheduler->folder());
    if (chosen.isEmpty())
        return;
    BackupSettings settings = m_scheduler->settings();
    settings.folder = QDir::cleanPath(QDir(chosen).absolutePath());
    settings.save();
    m_scheduler->setSettings(settings);
    refresh();
    Q_EMIT settingsChanged(settings);
}

void BackupSettingsForm::useDefaultFolder()
{
    BackupSettings settings = m_scheduler->settings();
    settings.folder.clear();
    settings.save();
    m_scheduler->setSettings(settings);
    refresh();
    Q_EMIT settingsChanged(settings);
}

void BackupSettingsForm::showRunning(bool running)
{
    m_backUpNow->setEnabled(!running && !m_scheduler->databasePath().isEmpty());
    if (running)
        m_status->setText(tr("Backing up…"));
}

void BackupSettingsForm::showBackedUp(const QString &path)
{
    m_status->setText(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)));
    fillList();
}

void BackupSettingsForm::showFailure(const QString &message)
{
    m_status->setText(tr("The backup failed: %1").arg(message));
}

void BackupSettingsForm::fillList()
{
    m_list->clear();
    if (m_scheduler->databasePath().isEmpty())
        return;
    const Result<QList<BackupInfo>> backups = BackupService::list(m_scheduler->folder());
    if (!backups) {
        m_status->setText(backups.errorMessage());
        return;
    }
    const QLocale locale;
    for (const BackupInfo &b : backups.value()) {
        auto *item = new QTreeWidgetItem(m_list, {locale.toString(b.time, QLocale::ShortFormat),
                                                  locale.formattedDataSize(b.bytes)});
        item->setData(0, Qt::UserRole, b.path);
        item->setToolTip(0, QDir::toNativeSeparators(b.path));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace dealboard
