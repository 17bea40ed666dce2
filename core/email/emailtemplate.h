#pragma once

#include <QDateTime>
#include <QString>

namespace dealboard {

// One email template in one language: the built-in default of the playbook (annex A) or the
// user's edited version, which overrides it.
struct EmailTemplate
{
    QString key;      // "inbound-reply", "post-demo" … (EmailTemplates::keys())
    QString language; // "fr" or "en"
    QString subject;
    QString body;
    bool edited = false; // the user's version, stored in email_templates
    QDateTime updatedAt; // when it was edited; invalid for a built-in one
};

} // namespace dealboard
