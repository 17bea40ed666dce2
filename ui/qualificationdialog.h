#pragma once

#include "model/activity.h"
#include "model/company.h"
#include "model/contact.h"
#include "model/deal.h"
#include "model/qualification.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;

namespace dealboard {

class BantScoreForm;
class Database;
class DiscoveryScriptPanel;
class FollowUpEditor;
class Playbook;
class QualificationChecklist;
struct BantBand;

// What the qualification dialog proposes; the caller saves it in one undoable step.
struct QualificationDraft
{
    Qualification qualification;
    QList<Activity> followUps; // the ones the user kept, as edited
    bool markLostNoFit = false;
    Contact contactUpdates; // the deal's primary contact (id 0: none yet) with the identity edits
    Company companyUpdates;
};

// BANT+ qualification (§2.2, annex B), filled during the 15-minute discovery call (§6.1): the
// checklist, the five criteria with their live total and band, the follow-ups the band sets
// and the call script with its timer. Criteria may be left unanswered (a draft). Writes nothing.
class QualificationDialog : public QDialog
{
    Q_OBJECT

public:
    QualificationDialog(Database &db, const Deal &deal, QWidget *parent = nullptr);

    QualificationDraft draft() const;
    int answeredCount() const;
    int total() const;       // of the answered criteria
    int maxTotal() const;    // the sum of the criteria's maxima
    QString bandKey() const; // empty while nothing is answered
    // Same as the user choosing in the criterion's combo (nullopt: "Not answered").
    void setScore(const QString &criterionKey, std::optional<int> score);
    DiscoveryScriptPanel *script() const { return m_script; }

    // Runs the dialog; nullopt on Cancel.
    static std::optional<QualificationDraft> ask(Database &db, const Deal &deal, QWidget *parent);
    // Test hook (as in KeePassXC): called with the dialog once built; it then counts as
    // accepted if the hook called accept(), cancelled otherwise. An empty function removes it.
    static void setTestHook(std::function<void(QualificationDialog &)> hook);

private:
    void updateScore();
    const BantBand *currentBand() const;
    bool isLowestBand(const BantBand &band) const;
    QString gateText() const;

    const Playbook &m_playbook;
    Deal m_deal;
    Contact m_contact;
    Company m_company;
    QualificationChecklist *m_checklist;
    BantScoreForm *m_scores;
    DiscoveryScriptPanel *m_script;
    FollowUpEditor *m_followUps;
    QCheckBox *m_markLost;
    QLabel *m_total;
    QLabel *m_band;
    QLabel *m_nextStep;
    QDialogButtonBox *m_buttons;
    QString m_shownBand; // the band whose follow-ups are shown
    QString m_loadError;
};

} // namespace dealboard
