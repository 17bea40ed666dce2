#include "signatureimage.h"

#include <QBuffer>
#include <QPainter>

#include <algorithm>

namespace dealboard {

namespace {

constexpr int kMargin = 8;         // around the ink
constexpr int kInkThreshold = 235; // grey level under which a pixel is ink

// The smallest rectangle holding every pixel darker than kInkThreshold; null when none.
// `image` is Format_RGB32.
QRect inkRect(const QImage &image)
{
    int left = image.width();
    int right = -1;
    int top = image.height();
    int bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(line[x]) >= kInkThreshold)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    if (right < 0)
        return {};
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

QImage SignatureImage::normalized(const QImage &image)
{
    if (image.isNull())
        return {};
    // Transparent parts become paper.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    const QRect ink = inkRect(flat);
    if (ink.isNull())
        return {};
    QImage out =
        flat.copy(ink.adjusted(-kMargin, -kMargin, kMargin, kMargin).intersected(flat.rect()));
    if (out.width() > kMaxWidth || out.height() > kMaxHeight)
        out = out.scaled(kMaxWidth, kMaxHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return out;
}

QByteArray SignatureImage::png(const QImage &image)
{
    const QImage signature = normalized(image);
    if (signature.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !signature.save(&buffer, "PNG"))
        return {};
    return bytes;
}

} // namespace dealboard
