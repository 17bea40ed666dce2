#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace dealboard {

class Playbook;
struct HiringTrigger;
struct ObjectiveProgress;

// Each quarter's objectives (§4.1) as progress bars, and the hiring triggers (§1.2) met or not.
class ObjectivesView : public QWidget
{
    Q_OBJECT

public:
    explicit ObjectivesView(QWidget *parent = nullptr);

    void show(const QList<ObjectiveProgress> &objectives, const Playbook &playbook);
    void showTriggers(const QList<HiringTrigger> &triggers);
    // Read back for tests: "quarter/what" → the bar's text and value (per mille of the target).
    QString barText(const QString &quarter, const QString &what) const;
    int barValue(const QString &quarter, const QString &what) const;
    QString triggerText(const QString &key) const;

Q_SIGNALS:
    void editRequested();

private:
    QWidget *m_objectives;
    QGridLayout *m_grid;
    QVBoxLayout *m_triggers;
    QPushButton *m_edit;
};

} // namespace dealboard
