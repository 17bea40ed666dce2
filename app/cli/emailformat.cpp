#include "emailformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

QString EmailFormat::text(const EmailDraft &draft)
{
    const QString to = draft.to.email.isEmpty()  ? tr("(no email address)")
                       : draft.to.name.isEmpty() ? draft.to.email
                                                 : u"%1 <%2>"_s.arg(draft.to.name, draft.to.email);
    QString out = tr("To: %1").arg(to) + u'\n' + tr("Subject: %1").arg(draft.subject) + u'\n';
    for (const auto &a : draft.attachments)
        out +=
            tr("Attachment: %1 (%n byte(s))", nullptr, int(a.data.size())).arg(a.fileName) + u'\n';
    out += u'\n' + draft.body;
    if (!out.endsWith(u'\n'))
        out += u'\n';
    return out;
}

QJsonObject EmailFormat::json(const EmailDraft &draft)
{
    QJsonArray attachments;
    for (const auto &a : draft.attachments)
        attachments.append(
            QJsonObject{{u"file_name"_s, a.fileName}, {u"bytes"_s, qint64(a.data.size())}});
    return QJsonObject{{u"template"_s, draft.templateKey},
                       {u"language"_s, draft.language},
                       {u"deal_id"_s, draft.dealId},
                       {u"to"_s, draft.to.email},
                       {u"to_name"_s, draft.to.name},
                       {u"subject"_s, draft.subject},
                       {u"body"_s, draft.body},
                       {u"problems"_s, QJsonArray::fromStringList(draft.problems)},
                       {u"attachments"_s, attachments}};
}

QString EmailFormat::problems(const EmailDraft &draft)
{
    return tr("Not filled, so not sendable: %1 (unknown placeholders, or values the deal does "
              "not have yet).")
        .arg(draft.problems.join(u", "_s));
}

} // namespace dealboard::cli
