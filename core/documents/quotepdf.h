#pragma once

#include "documents/quotedocument.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dealboard {

// A quote as an A4 PDF/A-1b file (fonts embedded as subsets), painted by QuoteDocument::print.
// QtGui only: works headless (QT_QPA_PLATFORM=offscreen) for the CLI.
class QuotePdf
{
    Q_DECLARE_TR_FUNCTIONS(QuotePdf)

public:
    // The PDF's bytes. Two renders differ (creation date, PDF/A /ID): compare the text.
    static Result<QByteArray> render(const QuoteDocument &document);
    // Writes the PDF to `path` whole or not at all (QSaveFile) and returns the SHA-256 of the
    // bytes written, lowercase hex: what Dealboard records to recognise the file later.
    static Result<QByteArray> write(const QuoteDocument &document, const QString &path);
};

} // namespace dealboard
