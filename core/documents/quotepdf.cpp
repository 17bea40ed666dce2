#include "quotepdf.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// 96 dpi: the document's pixel sizes (cell padding, logo height) read as on screen; the text
// stays vector and images keep their own resolution.
constexpr int kResolution = 96;

} // namespace

Result<QByteArray> QuotePdf::render(const QuoteDocument &document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return internalError(u"QuotePdf: cannot open the memory buffer"_s);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(kResolution);
        // The document draws its own margins, letterhead and footers.
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(document.title());
        writer.setCreator(u"Dealboard "_s + QStringLiteral(DEALBOARD_VERSION));
        const Result<int> pages = document.print(writer);
        if (!pages)
            return pages.error();
    } // the writer finishes the file when destroyed
    buffer.close();
    if (bytes.isEmpty())
        return internalError(u"QuotePdf: the PDF writer produced nothing"_s);
    return bytes;
}

Result<QByteArray> QuotePdf::write(const QuoteDocument &document, const QString &path)
{
    const Result<QByteArray> bytes = render(document);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return userError(tr("Cannot write the PDF to %1: %2").arg(path, file.errorString()));
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return userError(tr("Cannot write the PDF to %1: %2").arg(path, file.errorString()));
    return QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace dealboard
