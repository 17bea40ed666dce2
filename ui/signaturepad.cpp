#include "signaturepad.h"

#include "documents/signatureimage.h"

#include <QKeyEvent>
#include <QKeySequence>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointingDevice>
#include <QTabletEvent>
#include <QTouchEvent>

#include <algorithm>

namespace dealboard {

namespace {
// The pad is a sheet of paper whatever the theme: the signature is ink on white, as the quote
// prints it, so these colours deliberately do not follow the palette.
QColor paper()
{
    return Qt::white;
}
QColor ink()
{
    return QColor(0x10, 0x18, 0x30);
}
QColor guide()
{
    return QColor(0xa0, 0xa0, 0xa0);
}

constexpr qreal kBaseWidth = 2.6;   // the pen's width at mean pressure, in pixels
constexpr qreal kMinDistance = 0.8; // closer samples are dropped (jitter)
constexpr int kMargin = 8;          // around an imported image on the pad

QRectF fitted(const QSizeF &size, const QRectF &area)
{
    const QSizeF scaled = size.scaled(area.size(), Qt::KeepAspectRatio);
    QRectF r(QPointF(), scaled);
    r.moveCenter(area.center());
    return r;
}
} // namespace

SignaturePad::SignaturePad(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Handwritten signature"));
    setAccessibleDescription(tr("Draw the signature with the mouse, a pen or a finger. Delete "
                                "clears it; Ctrl+Z takes back the last stroke."));
    setToolTip(tr("Sign with the mouse, a pen or a finger"));
}

bool SignaturePad::isEmpty() const
{
    return m_strokes.isEmpty() && m_imported.isNull();
}

void SignaturePad::clear()
{
    m_drawing = false;
    if (isEmpty())
        return;
    m_strokes.clear();
    m_imported = QImage();
    update();
    Q_EMIT changed();
}

void SignaturePad::setImage(const QImage &image)
{
    if (image.isNull()) {
        clear();
        return;
    }
    // Transparent parts become paper.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(paper());
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    m_strokes.clear();
    m_drawing = false;
    m_imported = flat;
    update();
    Q_EMIT changed();
}

bool SignaturePad::undoStroke()
{
    if (m_strokes.isEmpty())
        return false;
    m_strokes.removeLast();
    m_drawing = false;
    update();
    Q_EMIT changed();
    return true;
}

QImage SignaturePad::image() const
{
    if (isEmpty())
        return {};
    if (m_strokes.isEmpty())
        return SignatureImage::normalized(m_imported);
    // Rendered at twice the pad's size, so that a scaled-down signature stays smooth.
    constexpr qreal scale = 2.0;
    const QRectF canvas = QRectF(rect()).united(inkBounds());
    QImage sheet((canvas.size() * scale).toSize(), QImage::Format_RGB32);
    sheet.fill(paper());
    QPainter painter(&sheet);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    painter.translate(-canvas.topLeft());
    paintSheet(painter, QRectF(rect()));
    painter.end();
    return SignatureImage::normalized(sheet);
}

QByteArray SignaturePad::png() const
{
    return SignatureImage::png(image());
}

QSize SignaturePad::sizeHint() const
{
    return {480, 180};
}

QSize SignaturePad::minimumSizeHint() const
{
    return {240, 100};
}

QRectF SignaturePad::inkBounds() const
{
    QRectF bounds;
    for (const Stroke &stroke : m_strokes) {
        for (const Sample &s : stroke) {
            const qreal half = s.width / 2 + 1;
            bounds = bounds.united(QRectF(s.pos - QPointF(half, half), QSizeF(2 * half, 2 * half)));
        }
    }
    return bounds;
}

qreal SignaturePad::widthFor(const QPointingDevice *device, qreal pressure) const
{
    if (!device || !device->capabilities().testFlag(QInputDevice::Capability::Pressure) ||
        pressure <= 0)
        return kBaseWidth;
    return kBaseWidth * (0.35 + 1.3 * std::clamp(pressure, 0.0, 1.0));
}

void SignaturePad::beginStroke(const QPointF &pos, qreal width)
{
    m_drawing = true;
    m_strokes.append(Stroke{Sample{pos, width}});
    update();
    Q_EMIT changed();
}

void SignaturePad::extendStroke(const QPointF &pos, qreal width)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    Stroke &stroke = m_strokes.last();
    if (QLineF(stroke.last().pos, pos).length() < kMinDistance)
        return;
    stroke.append(Sample{pos, width});
    update();
}

void SignaturePad::endStroke()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    update();
    Q_EMIT changed();
}

void SignaturePad::paintStroke(QPainter &painter, const Stroke &stroke)
{
    QPen pen(ink(), kBaseWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const auto penOf = [&pen](qreal width) {
        pen.setWidthF(width);
        return pen;
    };
    if (stroke.size() == 1) {
        painter.setPen(penOf(stroke.first().width));
        painter.drawPoint(stroke.first().pos);
        return;
    }
    // Quadratic segments from midpoint to midpoint, each sample the control point: smooth
    // curves through the sampled path, one pen width per segment.
    QPointF start = stroke.first().pos;
    for (qsizetype i = 1; i + 1 < stroke.size(); ++i) {
        const QPointF mid = (stroke.at(i).pos + stroke.at(i + 1).pos) / 2;
        QPainterPath segment(start);
        segment.quadTo(stroke.at(i).pos, mid);
        painter.setPen(penOf(stroke.at(i).width));
        painter.drawPath(segment);
        start = mid;
    }
    painter.setPen(penOf(stroke.last().width));
    painter.drawLine(start, stroke.last().pos);
}

void SignaturePad::paintSheet(QPainter &painter, const QRectF &area) const
{
    if (!m_imported.isNull())
        painter.drawImage(
            fitted(m_imported.size(), area.adjusted(kMargin, kMargin, -kMargin, -kMargin)),
            m_imported);
    painter.setBrush(Qt::NoBrush);
    for (const Stroke &stroke : m_strokes)
        paintStroke(painter, stroke);
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.fillRect(rect(), paper());
    if (m_imported.isNull()) {
        // The line to sign on, and while empty a hint.
        const qreal y = height() * 0.72;
        painter.setPen(QPen(guide(), 1));
        painter.drawLine(QPointF(width() * 0.08, y), QPointF(width() * 0.92, y));
        if (isEmpty()) {
            QFont hint = font();
            hint.setItalic(true);
            painter.setFont(hint);
            painter.drawText(QRectF(width() * 0.08, 0, width() * 0.84, y - 4),
                             Qt::AlignLeft | Qt::AlignBottom, tr("✕ Sign here"));
        }
    }
    paintSheet(painter, QRectF(rect()));
    // The frame, in the highlight colour while the pad has the keyboard focus.
    painter.setPen(
        QPen(hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid),
             hasFocus() ? 2 : 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(hasFocus() ? area.adjusted(0.5, 0.5, -0.5, -0.5) : area);
}

bool SignaturePad::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // Delete, Backspace and Ctrl+Z act on the pad, not on a shortcut of the window.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) ||
            (key->modifiers() == Qt::NoModifier &&
             (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace))) {
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel: {
        // One finger signs; the first point is followed.
        auto *touch = static_cast<QTouchEvent *>(event);
        event->accept();
        if (touch->points().isEmpty())
            return true;
        const QEventPoint &point = touch->points().constFirst();
        const qreal width = widthFor(touch->pointingDevice(), point.pressure());
        if (event->type() == QEvent::TouchBegin) {
            beginStroke(point.position(), width);
        } else {
            extendStroke(point.position(), width);
            if (event->type() != QEvent::TouchUpdate)
                endStroke();
        }
        return true;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    beginStroke(event->position(), kBaseWidth);
    event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drawing || !(event->buttons() & Qt::LeftButton)) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    extendStroke(event->position(), kBaseWidth);
    event->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    extendStroke(event->position(), kBaseWidth);
    endStroke();
    event->accept();
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    const qreal width = widthFor(event->pointingDevice(), event->pressure());
    switch (event->type()) {
    case QEvent::TabletPress:
        beginStroke(event->position(), width);
        break;
    case QEvent::TabletMove:
        extendStroke(event->position(), width);
        break;
    case QEvent::TabletRelease:
        extendStroke(event->position(), width);
        endStroke();
        break;
    default:
        break;
    }
    event->accept();
}

void SignaturePad::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        undoStroke();
        event->accept();
        return;
    }
    if (event->modifiers() == Qt::NoModifier &&
        (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        clear();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace dealboard
