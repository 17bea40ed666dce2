#pragma once

#include "email/emailtemplate.h"
#include "email/smtpsettings.h"
#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dealboard {

class Database;

// A template filled in: what would be sent, and what could not be filled. An unknown or
// empty placeholder stays in the text as written ("{contact.first_name}") so that it shows,
// and the message must not be sent while `problems` is not empty.
struct RenderedEmail
{
    QString subject;
    QString body;
    QStringList unknown; // placeholders no deal can fill ("{contact.firstname}")
    QStringList empty;   // known placeholders with no value for this deal
    bool canSend() const { return unknown.isEmpty() && empty.isEmpty(); }
    // unknown and empty together, each once, in order of appearance.
    QStringList problems() const { return unknown + empty; }
};

// Fills `{name}` placeholders from a deal: its contact, company, latest quote, the sender
// (SMTP settings) and today's date.
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)

public:
    using Values = QMap<QString, QString>;

    explicit TemplateRenderer(Database &db)
        : m_db(db)
    {}

    // Every placeholder the renderer knows, with its braces.
    static QStringList knownPlaceholders();
    // The placeholders a text uses, with their braces, each once, in order.
    static QStringList placeholders(const QString &text);
    // Fills the template with `values` (keyed by name without braces).
    static RenderedEmail render(const EmailTemplate &tmpl, const Values &values);
    // A date as the templates write it: "24 novembre 2026", "24 November 2026".
    static QString formatDate(const QDate &date, const QString &language);

    // The values of a deal: contact (the deal's, else its company's first one), company, the
    // latest sent or draft quote, the sender from `sender`, and today. Missing ones are empty.
    Result<Values> valuesForDeal(qint64 dealId, const SmtpSettings &sender,
                                 const QString &language);
    // The contact's email the message goes to by default (empty when none).
    Result<QString> recipientForDeal(qint64 dealId);

private:
    Database &m_db;
};

} // namespace dealboard
