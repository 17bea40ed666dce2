#pragma once

#include "model/company.h"
#include "model/contact.h"
#include "model/deal.h"
#include "model/event.h"
#include "model/qualification.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dealboard {
class Playbook;
}

namespace dealboard::cli {

// How records look on stdout: JSON objects (money as *_cents integers) and plain tables.
QJsonObject toJson(const Company &company);
QJsonObject toJson(const Contact &contact);
QJsonObject toJson(const Deal &deal);
QJsonObject toJson(const Event &event);
QJsonObject toJson(const Qualification &qualification);
QString describe(const Event &event, const Playbook &playbook);
// Columns padded to their widest cell; the header row first.
QString table(const QStringList &header, const QList<QStringList> &rows);

} // namespace dealboard::cli
