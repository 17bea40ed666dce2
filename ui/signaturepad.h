#pragma once

#include "documents/signatureimage.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QWidget>

class QPainter;
class QPointingDevice;

namespace dealboard {

// A sheet to sign on with the mouse, a pen (tablet events, the width following the pressure)
// or a finger (touch). Strokes are drawn smooth (quadratic segments through the midpoints of
// the sampled points). An imported image (a scanned signature) can replace the strokes.
// Keyboard: Delete or Backspace clears, Ctrl+Z takes back the last stroke.
class SignaturePad : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxImageWidth = SignatureImage::kMaxWidth;
    static constexpr int kMaxImageHeight = SignatureImage::kMaxHeight;

    explicit SignaturePad(QWidget *parent = nullptr);

    bool isEmpty() const;
    void clear();
    // Replaces the strokes by `image`, shown scaled to fit; a null image clears.
    void setImage(const QImage &image);
    // The signature cropped to its ink plus a small margin, on white, at most
    // kMaxImageWidth × kMaxImageHeight; a null image when empty.
    QImage image() const;
    // image() as PNG bytes; empty when empty.
    QByteArray png() const;
    bool undoStroke(); // false when there was no stroke to take back

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void changed();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Sample
    {
        QPointF pos;
        qreal width = 0;
    };
    using Stroke = QList<Sample>;

    void beginStroke(const QPointF &pos, qreal width);
    void extendStroke(const QPointF &pos, qreal width);
    void endStroke();
    qreal widthFor(const QPointingDevice *device, qreal pressure) const;
    void paintSheet(QPainter &painter, const QRectF &area) const;
    static void paintStroke(QPainter &painter, const Stroke &stroke);
    QRectF inkBounds() const;

    QList<Stroke> m_strokes;
    bool m_drawing = false;
    QImage m_imported;
};

} // namespace dealboard
