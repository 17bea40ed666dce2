#pragma once

#include <QString>

#include <optional>

namespace dealboard {

// Maps the stages of HubSpot (internal ids such as `closedwon`, and labels) and Pipedrive, in
// English and French, to the playbook's stage keys (lead, qualified, demo, proposal, nego, won,
// lost, customer). Unknown stages give std::nullopt: the user maps them in the import dialog.
class StageNames
{
public:
    static std::optional<QString> stageKey(const QString &stage);
};

} // namespace dealboard
