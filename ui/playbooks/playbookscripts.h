#pragma once

#include <QCoreApplication>

class QObject;
class QStandardItemModel;

namespace dealboard {

// The inbound (§6.1) and demo (§6.2) playbooks as trees of steps for the Playbooks panel:
// each phase (a time slot), its steps, and their questions.
class PlaybookScripts
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookScripts)

public:
    // On the demo's "features to show" items: the company segment they are for ("pme",
    // "agency"; "ml" has no segment of its own in the playbook).
    static constexpr int SegmentRole = Qt::UserRole + 101;

    static QStandardItemModel *inbound(QObject *parent);
    static QStandardItemModel *demo(QObject *parent);
};

} // namespace dealboard
