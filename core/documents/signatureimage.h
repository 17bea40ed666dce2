#pragma once

#include <QByteArray>
#include <QImage>

namespace dealboard {

// A handwritten signature as a quote keeps it, whether drawn on the app's pad or imported
// (app or `quote sign --image`): ink on white (PDF/A has no transparency), cropped to the ink
// with a small margin, scaled down to fit 600 × 200 px, stored as PNG — so both ways give the
// same size of image and the same look on paper.
class SignatureImage
{
public:
    static constexpr int kMaxWidth = 600;
    static constexpr int kMaxHeight = 200;

    // Null when the image has no ink (blank, or fully transparent).
    static QImage normalized(const QImage &image);
    // normalized() as PNG bytes; empty when there is no ink.
    static QByteArray png(const QImage &image);
};

} // namespace dealboard
