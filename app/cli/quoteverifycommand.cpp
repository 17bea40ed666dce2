#include "quoteverifycommand.h"

#include "documentformat.h"
#include "documents/quoteissuer.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

QuoteVerifyCommand::QuoteVerifyCommand()
    : DatabaseCommand(u"quote verify"_s,
                      tr("Tell whether a PDF is one Dealboard issued, byte for byte (exit 0), or "
                         "not (exit 1)."),
                      Database::Mode::ReadOnly)
{
    addPositional({u"file"_s, tr("The PDF file to check."), u"FILE"_s});
}

int QuoteVerifyCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().at(0);
    const Result<VerifyOutcome> outcome = QuoteIssuer(db).verify(path);
    if (!outcome)
        return fail(outcome.error());
    const std::optional<IssuedDocument> &issued = outcome->issued;
    if (json()) {
        QJsonObject o{
            {u"file"_s, path},
            {u"issued"_s, issued.has_value()},
            {u"altered"_s, !issued && !outcome->claimedNumber.isEmpty()},
            {u"claimed_number"_s,
             outcome->claimedNumber.isEmpty() ? QJsonValue() : QJsonValue(outcome->claimedNumber)},
            {u"record"_s, issued ? QJsonValue(DocumentFormat::json(*issued)) : QJsonValue()}};
        printJson(o);
        return issued ? Success : UserError;
    }
    if (issued) {
        QString text = tr("%1 is %2 (quote %3), issued %4 as %5")
                           .arg(path, issued->displayNumber)
                           .arg(issued->quoteId)
                           .arg(issued->issuedAt.toUTC().date().toString(Qt::ISODate),
                                Quote::statusName(issued->status).toLower());
        if (!issued->fingerprint.isEmpty())
            text += tr(", fingerprint %1").arg(issued->fingerprint);
        out() << text << u'.' << Qt::endl;
        return Success;
    }
    if (!outcome->claimedNumber.isEmpty())
        out() << tr("%1 is not a PDF Dealboard issued: it claims to be %2 but its content was "
                    "altered.")
                     .arg(path, outcome->claimedNumber)
              << Qt::endl;
    else
        out() << tr("%1 is not a PDF Dealboard issued.").arg(path) << Qt::endl;
    return UserError;
}

} // namespace dealboard::cli
