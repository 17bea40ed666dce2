#include "clock.h"
#include "filedialog.h"
#include "messagebox.h"
#include "model/quote.h"
#include "signaturepad.h"
#include "signquotedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointingDevice>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabletEvent>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

// Pixels clearly darker than the paper.
int darkPixels(const QImage &image)
{
    int n = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            if (qGray(rgb.pixel(x, y)) < 128)
                ++n;
    return n;
}

void drawWithMouse(SignaturePad *pad, const QList<QPoint> &points)
{
    QTest::mousePress(pad, Qt::LeftButton, {}, points.first());
    for (qsizetype i = 1; i < points.size(); ++i)
        QTest::mouseMove(pad, points.at(i));
    QTest::mouseRelease(pad, Qt::LeftButton, {}, points.last());
}

// A pen stroke along `points` at constant `pressure`, as a graphics tablet sends it.
void drawWithPen(SignaturePad *pad, const QPointingDevice *pen, const QList<QPointF> &points,
                 qreal pressure)
{
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QEvent::Type type = i == 0                   ? QEvent::TabletPress
                                  : i + 1 == points.size() ? QEvent::TabletRelease
                                                           : QEvent::TabletMove;
        const QPointF global = pad->mapToGlobal(points.at(i));
        QTabletEvent event(type, pen, points.at(i), global, pressure, 0, 0, 0, 0, 0, Qt::NoModifier,
                           Qt::LeftButton,
                           type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton);
        QApplication::sendEvent(pad, &event);
        QVERIFY(event.isAccepted());
    }
}

QList<QPoint> zigzag()
{
    return {{30, 100}, {60, 50}, {90, 110}, {120, 40}, {150, 100}, {200, 70}, {260, 90}};
}

} // namespace

class TestSignaturePad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mouseStrokeDraws();
    void clearAndUndo();
    void penStrokeFollowsPressure();
    void touchDraws();
    void importedImage();
    void dialogRequiresSignerAndReference();
    void dialogInPersonNeedsNoReference();
    void dialogReturnsTheSignature();
    void dialogRefusesDatesOutsideSentAndNow();
    void dialogImportsAnImage();

private:
    Quote sentQuote() const;
    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    SignaturePad *m_pad = nullptr;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30, 20), Qt::UTC)};
};

void TestSignaturePad::initTestCase()
{
    Clock::setCurrent(&m_clock);
}

void TestSignaturePad::init()
{
    m_window = std::make_unique<QWidget>();
    m_pad = new SignaturePad(m_window.get());
    m_pad->setGeometry(0, 0, 400, 160);
    m_window->resize(400, 160);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSignaturePad::cleanup()
{
    m_window.reset();
    m_pad = nullptr;
}

Quote TestSignaturePad::sentQuote() const
{
    Quote q;
    q.id = 7;
    q.number = u"DEV-2026-0007"_s;
    q.status = QuoteStatus::Sent;
    q.sentAt = m_clock.now().addDays(-2);
    return q;
}

void TestSignaturePad::mouseStrokeDraws()
{
    QVERIFY(m_pad->isEmpty());
    QVERIFY(m_pad->png().isEmpty());
    QVERIFY(m_pad->image().isNull());
    QVERIFY(m_pad->focusPolicy() & Qt::TabFocus);
    QVERIFY(!m_pad->accessibleName().isEmpty());
    QVERIFY(m_pad->testAttribute(Qt::WA_AcceptTouchEvents));
    QSignalSpy changed(m_pad, &SignaturePad::changed);
    drawWithMouse(m_pad, zigzag());
    QVERIFY(!m_pad->isEmpty());
    QVERIFY(changed.count() >= 1);
    const QByteArray png = m_pad->png();
    QVERIFY(png.startsWith("\x89PNG"));
    const QImage image = QImage::fromData(png, "PNG");
    QVERIFY(!image.isNull());
    QVERIFY(image.width() <= SignaturePad::kMaxImageWidth);
    QVERIFY(image.height() <= SignaturePad::kMaxImageHeight);
    QVERIFY2(darkPixels(image) > 100, qPrintable(QString::number(darkPixels(image))));
    // Cropped to the ink: far narrower than the pad's 400 px (×2) rendering, white corners.
    QVERIFY(image.width() < 600);
    QCOMPARE(qGray(image.pixel(0, 0)), 255);
}

void TestSignaturePad::clearAndUndo()
{
    drawWithMouse(m_pad, zigzag());
    m_pad->clear();
    QVERIFY(m_pad->isEmpty());
    QVERIFY(m_pad->png().isEmpty());
    // Two strokes; Ctrl+Z in the pad takes back the second, Delete clears the rest.
    drawWithMouse(m_pad, {{20, 40}, {120, 40}});
    drawWithMouse(m_pad, {{20, 120}, {380, 120}});
    const int both = m_pad->image().width();
    m_pad->setFocus();
    QTest::keyClick(m_pad, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!m_pad->isEmpty());
    QVERIFY(m_pad->image().width() < both);
    QTest::keyClick(m_pad, Qt::Key_Delete);
    QVERIFY(m_pad->isEmpty());
    drawWithMouse(m_pad, zigzag());
    QTest::keyClick(m_pad, Qt::Key_Backspace);
    QVERIFY(m_pad->isEmpty());
}

void TestSignaturePad::penStrokeFollowsPressure()
{
    QPointingDevice pen(
        u"test stylus"_s, 4242, QInputDevice::DeviceType::Stylus, QPointingDevice::PointerType::Pen,
        QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1, 2);
    const QList<QPointF> line = {{20, 80}, {100, 82}, {180, 78}, {260, 80}, {340, 81}};
    drawWithPen(m_pad, &pen, line, 0.1);
    QVERIFY(!m_pad->isEmpty());
    const int light = darkPixels(m_pad->image());
    QVERIFY(light > 0);
    m_pad->clear();
    drawWithPen(m_pad, &pen, line, 1.0);
    const int heavy = darkPixels(m_pad->image());
    QVERIFY2(heavy > light * 2, qPrintable(u"light %1, heavy %2"_s.arg(light).arg(heavy)));
}

void TestSignaturePad::touchDraws()
{
    QPointingDevice *touchscreen = QTest::createTouchDevice();
    QSignalSpy changed(m_pad, &SignaturePad::changed);
    QTest::touchEvent(m_pad, touchscreen).press(0, QPoint(40, 100), m_pad);
    QTest::touchEvent(m_pad, touchscreen).move(0, QPoint(120, 50), m_pad);
    QTest::touchEvent(m_pad, touchscreen).move(0, QPoint(200, 110), m_pad);
    QTest::touchEvent(m_pad, touchscreen).release(0, QPoint(300, 60), m_pad);
    QVERIFY(!m_pad->isEmpty());
    QVERIFY(changed.count() >= 2); // the stroke began, and ended
    QVERIFY(darkPixels(QImage::fromData(m_pad->png(), "PNG")) > 100);
}

void TestSignaturePad::importedImage()
{
    drawWithMouse(m_pad, zigzag());
    QImage scan(1800, 900, QImage::Format_ARGB32);
    scan.fill(Qt::transparent);
    {
        QPainter p(&scan);
        p.fillRect(QRect(200, 300, 1400, 200), Qt::black);
    }
    QSignalSpy changed(m_pad, &SignaturePad::changed);
    m_pad->setImage(scan);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_pad->isEmpty());
    const QImage image = QImage::fromData(m_pad->png(), "PNG");
    QVERIFY(!image.isNull());
    // Cropped to the bar, scaled into 600 × 200, transparency turned to white.
    QVERIFY2(image.width() <= 600 && image.height() <= 200,
             qPrintable(u"%1×%2"_s.arg(image.width()).arg(image.height())));
    QVERIFY(image.width() > 3 * image.height());
    QCOMPARE(qGray(image.pixel(0, 0)), 255);
    QVERIFY(qGray(image.pixel(image.width() / 2, image.height() / 2)) < 50);
    m_pad->setImage(QImage());
    QVERIFY(m_pad->isEmpty());
}

void TestSignaturePad::dialogRequiresSignerAndReference()
{
    SignQuoteDialog dialog(sentQuote(), u"Jean Dupont"_s);
    QCOMPARE(dialog.windowTitle(), u"Sign DEV-2026-0007"_s);
    auto *signer = dialog.findChild<QLineEdit *>(u"signSigner"_s);
    auto *reference = dialog.findChild<QLineEdit *>(u"signReference"_s);
    auto *method = dialog.findChild<QComboBox *>(u"signMethod"_s);
    auto *ok = dialog.findChild<QPushButton *>(u"signOk"_s);
    QVERIFY(signer && reference && method && ok);
    QVERIFY(dialog.findChild<QDateTimeEdit *>(u"signAt"_s));
    QCOMPARE(dialog.findChild<SignaturePad *>(u"signPad"_s), dialog.pad());
    QCOMPARE(signer->text(), u"Jean Dupont"_s);
    QCOMPARE(method->count(), 3);
    QCOMPARE(method->currentText(), Quote::methodName(SignatureMethod::Email));
    QCOMPARE(ok->text().remove(u'&'), u"Record Signature"_s);
    QVERIFY(!ok->isEnabled()); // the email reference is missing
    QVERIFY(ok->toolTip().contains(u"email"_s));
    reference->setText(u"Re: Devis DEV-2026-0007"_s);
    QVERIFY(ok->isEnabled());
    signer->clear();
    QVERIFY(!ok->isEnabled());
    auto *error = dialog.findChild<QLabel *>(u"signError"_s);
    QVERIFY(error->text().contains(u"name"_s));
    signer->setText(u"Jean Dupont"_s);
    QVERIFY(ok->isEnabled());
    // An e-signature needs its envelope id; the label says so.
    method->setCurrentIndex(method->findData(static_cast<int>(SignatureMethod::ESign)));
    reference->clear();
    QVERIFY(!ok->isEnabled());
    QLabel *label = nullptr;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        if (l->buddy() == reference)
            label = l;
    QVERIFY(label);
    QCOMPARE(label->text().remove(u'&'), u"Envelope id:"_s);
}

void TestSignaturePad::dialogInPersonNeedsNoReference()
{
    SignQuoteDialog dialog(sentQuote(), u"Jean Dupont"_s);
    auto *method = dialog.findChild<QComboBox *>(u"signMethod"_s);
    auto *reference = dialog.findChild<QLineEdit *>(u"signReference"_s);
    auto *ok = dialog.findChild<QPushButton *>(u"signOk"_s);
    QVERIFY(!ok->isEnabled());
    method->setCurrentIndex(method->findData(static_cast<int>(SignatureMethod::InPerson)));
    QVERIFY(reference->text().isEmpty());
    QVERIFY(ok->isEnabled());
    QVERIFY(reference->accessibleName().contains(u"optional"_s));
}

void TestSignaturePad::dialogReturnsTheSignature()
{
    SignQuoteDialog dialog(sentQuote(), u"Jean Dupont"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QComboBox *>(u"signMethod"_s)
        ->setCurrentIndex(static_cast<int>(SignatureMethod::ESign));
    dialog.findChild<QLineEdit *>(u"signReference"_s)->setText(u"  ENV-42  "_s);
    SignatureRecord s = dialog.signature();
    QCOMPARE(s.signer, u"Jean Dupont"_s);
    QCOMPARE(s.method, SignatureMethod::ESign);
    QCOMPARE(s.reference, u"ENV-42"_s);
    QCOMPARE(s.at.timeSpec(), Qt::UTC);
    QCOMPARE(s.at, QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC));
    QVERIFY(s.image.isEmpty()); // nothing drawn
    drawWithMouse(dialog.pad(), zigzag());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"signOk"_s), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    s = dialog.signature();
    QVERIFY(!s.image.isEmpty());
    QVERIFY(darkPixels(QImage::fromData(s.image, "PNG")) > 100);
    // Clear erases the drawing.
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"signClearPad"_s), Qt::LeftButton);
    QVERIFY(dialog.signature().image.isEmpty());
}

void TestSignaturePad::dialogRefusesDatesOutsideSentAndNow()
{
    const Quote quote = sentQuote();
    SignQuoteDialog dialog(quote, u"Jean Dupont"_s);
    dialog.findChild<QLineEdit *>(u"signReference"_s)->setText(u"Re: devis"_s);
    auto *at = dialog.findChild<QDateTimeEdit *>(u"signAt"_s);
    auto *ok = dialog.findChild<QPushButton *>(u"signOk"_s);
    auto *error = dialog.findChild<QLabel *>(u"signError"_s);
    QVERIFY(ok->isEnabled());
    at->setDateTime(quote.sentAt.addSecs(-3600).toLocalTime());
    QVERIFY(!ok->isEnabled());
    QVERIFY2(error->text().contains(u"sent"_s), qPrintable(error->text()));
    at->setDateTime(quote.sentAt.addSecs(3600).toLocalTime());
    QVERIFY(ok->isEnabled());
    at->setDateTime(m_clock.now().addDays(1).toLocalTime());
    QVERIFY(!ok->isEnabled());
    QVERIFY2(error->text().contains(u"future"_s), qPrintable(error->text()));
}

void TestSignaturePad::dialogImportsAnImage()
{
    SignQuoteDialog dialog(sentQuote(), u"Jean Dupont"_s);
    auto *import = dialog.findChild<QPushButton *>(u"signImportImage"_s);
    QVERIFY(import);
    // Not an image.
    const QString notes = m_dir.filePath(u"notes.png"_s);
    QFile f(notes);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are notes, not a picture\n");
    f.close();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(notes);
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"not an image"_s),
             qPrintable(MessageBox::lastText()));
    QVERIFY(dialog.pad()->isEmpty());
    // Too large.
    const QString big = m_dir.filePath(u"big.png"_s);
    QFile b(big);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(QByteArray(SignQuoteDialog::kMaxImportBytes + 1, 'x'));
    b.close();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(big);
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"1 MB"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(dialog.pad()->isEmpty());
    // A picture of a signature.
    QImage scan(300, 100, QImage::Format_RGB32);
    scan.fill(Qt::white);
    {
        QPainter p(&scan);
        p.setPen(QPen(Qt::black, 4));
        p.drawLine(20, 70, 280, 30);
    }
    const QString good = m_dir.filePath(u"signature.jpg"_s);
    QVERIFY(scan.save(good, "PNG")); // the content decides, not the extension
    FileDialog::setNextFileName(good);
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(!dialog.pad()->isEmpty());
    QVERIFY(darkPixels(QImage::fromData(dialog.pad()->png(), "PNG")) > 100);
    // Cancelling the chooser changes nothing.
    FileDialog::setNextFileName(QString());
    QTest::mouseClick(import, Qt::LeftButton);
    QVERIFY(!dialog.pad()->isEmpty());
}

QTEST_MAIN(TestSignaturePad)
#include "tst_signaturepad.moc"
