#pragma once

#include "backupsettings.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace dealboard {

class BackupScheduler;

// The automatic backup settings for the Settings page: on or off, the interval, the folder,
// "Back Up Now" and the backups present with their date and size. A change is saved in
// QSettings and given to the scheduler at once (these are the machine's settings, not the
// database's: nothing to undo).
class BackupSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit BackupSettingsForm(BackupScheduler *scheduler, QWidget *parent = nullptr);

    // Shows the scheduler's settings and the backups in its folder again (after the database
    // changed, or when the page is shown).
    void refresh();

    // Picks a folder; the default shows QFileDialog. Tests replace it. Empty: cancelled.
    using FolderChooser = std::function<QString(QWidget *parent, const QString &current)>;
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }

Q_SIGNALS:
    void settingsChanged(const BackupSettings &settings);

private:
    void apply();
    void chooseFolder();
    void useDefaultFolder();
    void showRunning(bool running);
    void showBackedUp(const QString &path);
    void showFailure(const QString &message);
    void fillList();

    BackupScheduler *m_scheduler;
    QCheckBox *m_enabled;
    QSpinBox *m_interval;
    QLineEdit *m_folder;
    QPushButton *m_choose;
    QPushButton *m_default;
    QPushButton *m_backUpNow;
    QLabel *m_status;
    QTreeWidget *m_list;
    FolderChooser m_chooseFolder;
    bool m_filling = false;
};

} // namespace dealboard
