#include "signquotedialog.h"

#include "clock.h"
#include "filedialog.h"
#include "messagebox.h"
#include "signaturepad.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
// A recorded time is compared to the minute, as the editor shows it.
QDateTime toMinute(const QDateTime &at)
{
    QDateTime t = at.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute()));
    return t;
}
} // namespace

SignQuoteDialog::SignQuoteDialog(const Quote &quote, const QString &buyerName, QWidget *parent)
    : QDialog(parent)
    , m_sentAt(quote.sentAt)
    , m_signer(new QLineEdit(this))
    , m_at(new QDateTimeEdit(this))
    , m_method(new QComboBox(this))
    , m_referenceLabel(new QLabel(this))
    , m_reference(new QLineEdit(this))
    , m_pad(new SignaturePad(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"signQuoteDialog"_s);
    setWindowTitle(tr("Sign %1").arg(quote.displayNumber()));

    auto *intro = new QLabel(tr("Record how the buyer accepted quote %1. Once signed, the quote "
                                "cannot change any more.")
                                 .arg(quote.displayNumber()),
                             this);
    intro->setWordWrap(true);

    m_signer->setObjectName(u"signSigner"_s);
    m_signer->setText(buyerName.trimmed());
    m_signer->setPlaceholderText(tr("The buyer's name"));

    m_at->setObjectName(u"signAt"_s);
    m_at->setCalendarPopup(true);
    m_at->setTimeSpec(Qt::LocalTime);
    m_at->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_at->setDateTime(toMinute(Clock::current().now()).toLocalTime());

    m_method->setObjectName(u"signMethod"_s);
    for (const SignatureMethod m :
         {SignatureMethod::Email, SignatureMethod::ESign, SignatureMethod::InPerson})
        m_method->addItem(Quote::methodName(m), static_cast<int>(m));
    m_method->setItemData(0, tr("The buyer replied “OK” to the email that sent the quote"),
                          Qt::ToolTipRole);

    m_reference->setObjectName(u"signReference"_s);
    m_referenceLabel->setBuddy(m_reference);

    m_pad->setObjectName(u"signPad"_s);
    auto *import = new QPushButton(tr("&Import Image…"), this);
    import->setObjectName(u"signImportImage"_s);
    import->setToolTip(tr("Use a scanned or photographed signature (PNG or JPEG, 1 MB at most)"));
    auto *clear = new QPushButton(tr("C&lear"), this);
    clear->setObjectName(u"signClearPad"_s);
    clear->setToolTip(tr("Erase the handwritten signature"));
    auto *padButtons = new QHBoxLayout;
    padButtons->addWidget(import);
    padButtons->addWidget(clear);
    padButtons->addStretch(1);
    auto *padColumn = new QVBoxLayout;
    padColumn->addWidget(m_pad, 1);
    padColumn->addLayout(padButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("Signed &by:"), m_signer);
    form->addRow(tr("Signed &on:"), m_at);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(m_referenceLabel, m_reference);
    auto *padLabel = new QLabel(tr("&Handwritten signature (optional):"), this);
    padLabel->setBuddy(m_pad);
    padLabel->setWordWrap(true);
    form->addRow(padLabel, padColumn);

    FieldProblems::setUpErrorLabel(m_error, u"signError"_s);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"signOk"_s);
    ok->setText(tr("&Record Signature"));
    ok->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"signCancel"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_touched = {m_signer, m_at, m_reference};
        validate();
        if (m_problems.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_signer, m_reference}) {
        connect(edit, &QLineEdit::textChanged, this, [this, edit] {
            m_touched.insert(edit);
            validate();
        });
    }
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_touched.insert(m_at);
        validate();
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, &SignQuoteDialog::methodChanged);
    connect(import, &QPushButton::clicked, this, &SignQuoteDialog::importImage);
    connect(clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);

    methodChanged();
    (m_signer->text().isEmpty() ? static_cast<QWidget *>(m_signer) : m_reference)
        ->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

SignaturePad *SignQuoteDialog::pad() const
{
    return m_pad;
}

SignatureMethod SignQuoteDialog::method() const
{
    return static_cast<SignatureMethod>(m_method->currentData().toInt());
}

SignatureRecord SignQuoteDialog::signature() const
{
    return SignatureRecord{m_signer->text().trimmed(), m_at->dateTime().toUTC(), method(),
                           m_reference->text().trimmed(), m_pad->png()};
}

void SignQuoteDialog::methodChanged()
{
    switch (method()) {
    case SignatureMethod::Email:
        m_referenceLabel->setText(tr("&Email (subject or date):"));
        m_reference->setPlaceholderText(tr("“Re: Quote DEV-…” of 24 Nov"));
        break;
    case SignatureMethod::ESign:
        m_referenceLabel->setText(tr("&Envelope id:"));
        m_reference->setPlaceholderText(tr("The e-signature service's reference"));
        break;
    case SignatureMethod::InPerson:
        m_referenceLabel->setText(tr("&Note (optional):"));
        m_reference->setPlaceholderText(tr("Where, who was there…"));
        break;
    }
    QString name = m_referenceLabel->text().remove(u'&').trimmed();
    if (name.endsWith(u':'))
        name.chop(1);
    m_reference->setAccessibleName(name.trimmed());
    validate();
}

void SignQuoteDialog::importImage()
{
    const QString path = FileDialog::openFileName(
        this, tr("Import a Signature"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"));
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.size() > kMaxImportBytes) {
        MessageBox::critical(this, tr("Cannot import the signature"),
                             tr("“%1” is %2, larger than the 1 MB a signature may take. Crop it "
                                "or save it smaller (a PNG of the signature alone), then import "
                                "it again.")
                                 .arg(name, QLocale().formattedDataSize(info.size())));
        return;
    }
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        MessageBox::critical(this, tr("Cannot import the signature"),
                             tr("“%1” is not an image Dealboard can read (%2). Choose a PNG or "
                                "JPEG picture of the signature.")
                                 .arg(name, reader.errorString()));
        return;
    }
    m_pad->setImage(image);
}

void SignQuoteDialog::validate()
{
    QList<FieldProblem> found;
    if (m_signer->text().trimmed().isEmpty())
        found.append({m_signer, tr("Enter the name of who signed.")});
    const QDateTime at = toMinute(m_at->dateTime());
    if (at > Clock::current().now())
        found.append({m_at, tr("The signature cannot be in the future.")});
    else if (m_sentAt.isValid() && at < toMinute(m_sentAt))
        found.append(
            {m_at, tr("The quote was sent on %1: it cannot have been signed before.")
                       .arg(QLocale().toString(m_sentAt.toLocalTime(), QLocale::ShortFormat))});
    if (m_reference->text().trimmed().isEmpty()) {
        if (method() == SignatureMethod::Email)
            found.append({m_reference, tr("Enter the email that says OK: its subject or date.")});
        else if (method() == SignatureMethod::ESign)
            found.append({m_reference, tr("Enter the e-signature's envelope id.")});
    }
    m_problems =
        m_fieldProblems.show(found, m_touched, m_error, m_buttons->button(QDialogButtonBox::Ok));
}

} // namespace dealboard
