#pragma once

#include "model/activity.h"
#include "model/contact.h"
#include "model/deal.h"
#include "model/qualification.h"

#include <QUndoCommand>

#include <optional>

namespace dealboard {

class Database;
class DealStore;

// Stores a BANT+ qualification and the follow-ups the user kept, in one transaction. Undo
// removes both and marks their events undone; the deal's band falls back to the previous one.
class SaveQualificationCommand : public QUndoCommand
{
public:
    SaveQualificationCommand(Database &db, DealStore &store, Deal deal, Qualification qualification,
                             QList<Activity> followUps, std::optional<Contact> contact = {});

    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    Database &m_db;
    DealStore &m_store;
    Deal m_deal;
    Qualification m_qualification;
    QList<Activity> m_followUps;
    std::optional<Contact> m_contact; // the primary contact as corrected during the call
    QList<qint64> m_eventIds;
    bool m_failed = false;
};

} // namespace dealboard
