#include "sellerdetailsform.h"

#include "filedialog.h"
#include "messagebox.h"
#include "storage/sellerrepository.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
constexpr int kPreviewWidth = 200;
constexpr int kPreviewHeight = 80;

QImage decoded(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    return reader.read();
}

QStringList problemsOf(const SellerDetails &details)
{
    const Status s = SellerRepository::validate(details);
    return s ? QStringList() : s.errorMessage().split(u'\n', Qt::SkipEmptyParts);
}
} // namespace

SellerDetailsForm::SellerDetailsForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_siret(new QLineEdit(this))
    , m_vat(new QLineEdit(this))
    , m_iban(new QLineEdit(this))
    , m_termsUrl(new QLineEdit(this))
    , m_logoPreview(new QLabel(this))
    , m_removeLogo(new QPushButton(tr("&Remove Logo"), this))
    , m_error(new QLabel(this))
{
    setObjectName(u"sellerDetailsForm"_s);
    m_name->setObjectName(u"sellerName"_s);
    m_name->setPlaceholderText(tr("The company's legal name"));
    m_address->setObjectName(u"sellerAddress"_s);
    m_address->setPlaceholderText(tr("Street\nPostcode and city\nCountry"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 +
                              2 * m_address->frameWidth() + 8);
    m_siret->setObjectName(u"sellerSiret"_s);
    m_siret->setPlaceholderText(tr("14 digits, e.g. 732 829 320 00074"));
    m_vat->setObjectName(u"sellerVat"_s);
    m_vat->setPlaceholderText(tr("e.g. FR44732829320"));
    m_iban->setObjectName(u"sellerIban"_s);
    m_iban->setPlaceholderText(tr("e.g. FR76 3000 6000 0112 3456 7890 189"));
    m_termsUrl->setObjectName(u"sellerTermsUrl"_s);
    m_termsUrl->setPlaceholderText(tr("https://example.com/terms"));

    m_logoPreview->setObjectName(u"sellerLogo"_s);
    m_logoPreview->setAccessibleName(tr("Logo"));
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setMinimumSize(kPreviewWidth / 2, kPreviewHeight / 2);
    m_logoPreview->setMaximumSize(kPreviewWidth + 8, kPreviewHeight + 8);
    auto *choose = new QPushButton(tr("C&hoose Logo…"), this);
    choose->setObjectName(u"sellerChooseLogo"_s);
    choose->setToolTip(tr("A PNG or JPEG image of 1 MB at most, shown at the top of quotes"));
    m_removeLogo->setObjectName(u"sellerRemoveLogo"_s);
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(choose);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch(1);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Company &name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("SIR&ET:"), m_siret); // Alt+S saves the page
    form->addRow(tr("&VAT number:"), m_vat);
    form->addRow(tr("&IBAN:"), m_iban);
    form->addRow(tr("&Terms of sale (URL):"), m_termsUrl);
    form->addRow(tr("Logo:"), logoRow);
    FieldProblems::setUpErrorLabel(m_error, u"sellerError"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);

    for (QLineEdit *edit : {m_name, m_siret, m_vat, m_iban, m_termsUrl})
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { touch(edit); });
    connect(m_address, &QPlainTextEdit::textChanged, this, [this] { touch(m_address); });
    connect(choose, &QPushButton::clicked, this, &SellerDetailsForm::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        setLogo({});
        touch(m_logoPreview);
    });
    showLogo();
}

void SellerDetailsForm::setSaveButton(QPushButton *button)
{
    m_save = button;
    validate();
}

void SellerDetailsForm::setDetails(const SellerDetails &details)
{
    m_name->setText(details.companyName);
    {
        const QSignalBlocker blocker(m_address);
        m_address->setPlainText(details.addressLines.join(u'\n'));
    }
    m_siret->setText(details.siret);
    m_vat->setText(details.vatNumber);
    m_iban->setText(details.iban);
    m_termsUrl->setText(details.termsUrl);
    m_logo = details.logo;
    m_original = details;
    showLogo();
    m_touched.clear();
    validate();
}

SellerDetails SellerDetailsForm::details() const
{
    QStringList lines;
    const QStringList address = m_address->toPlainText().split(u'\n');
    for (const QString &line : address)
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return SellerDetails{m_name->text().trimmed(),
                         lines,
                         m_siret->text().trimmed(),
                         m_vat->text().trimmed(),
                         m_iban->text().trimmed(),
                         m_termsUrl->text().trimmed(),
                         m_logo};
}

void SellerDetailsForm::setLogo(const QByteArray &bytes)
{
    m_logo = bytes;
    showLogo();
    validate();
    Q_EMIT edited();
}

void SellerDetailsForm::showLogo()
{
    m_removeLogo->setEnabled(!m_logo.isEmpty());
    m_logoReadable = true;
    m_logoPreview->setPixmap(QPixmap());
    if (m_logo.isEmpty()) {
        m_logoPreview->setText(tr("No logo"));
        m_logoPreview->setToolTip({});
        return;
    }
    const QImage image = decoded(m_logo);
    m_logoReadable = !image.isNull(); // decoded once here, not on every keystroke's check
    if (image.isNull()) {
        m_logoPreview->setText(tr("Unreadable image"));
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap =
        QPixmap::fromImage(image.scaled(QSize(kPreviewWidth, kPreviewHeight) * ratio,
                                        Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_logoPreview->setPixmap(pixmap);
    m_logoPreview->setToolTip(tr("%1 × %2 pixels, %3")
                                  .arg(image.width())
                                  .arg(image.height())
                                  .arg(QLocale().formattedDataSize(m_logo.size())));
}

bool SellerDetailsForm::chooseLogo()
{
    const QString path =
        FileDialog::openFileName(this, tr("Choose the Logo"),
                                 QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                 tr("Images (*.png *.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty())
        return false;
    const QFileInfo info(path);
    const QString title = tr("Cannot use this logo");
    if (info.size() > SellerRepository::kMaxLogoBytes) {
        MessageBox::critical(this, title,
                             tr("“%1” is %2, larger than the 1 MB a logo may take. Save it "
                                "smaller (a PNG a few hundred pixels wide is plenty), then "
                                "choose it again.")
                                 .arg(info.fileName(), QLocale().formattedDataSize(info.size())));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, title,
                             tr("Cannot read “%1”: %2.").arg(info.fileName(), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (decoded(bytes).isNull()) {
        MessageBox::critical(this, title,
                             tr("“%1” is not an image Dealboard can read. Choose a PNG or JPEG "
                                "file.")
                                 .arg(info.fileName()));
        return false;
    }
    m_touched.insert(m_logoPreview);
    setLogo(bytes);
    return true;
}

void SellerDetailsForm::touch(QWidget *field)
{
    m_touched.insert(field);
    validate();
    Q_EMIT edited();
}

QList<FieldProblem> SellerDetailsForm::problems() const
{
    const SellerDetails d = details();
    if (d == SellerDetails{} && m_original == SellerDetails{})
        return {}; // nothing entered, nothing to save
    // Each field checked alone tells which field a message of the whole check belongs to.
    const auto probe = [](const std::function<void(SellerDetails &)> &set) {
        SellerDetails p;
        p.companyName = u"-"_s;
        set(p);
        return problemsOf(p);
    };
    const QList<std::pair<QWidget *, QStringList>> fields = {
        {m_name, problemsOf(SellerDetails{d.companyName, {}, {}, {}, {}, {}, {}})},
        {m_siret, probe([&d](SellerDetails &p) { p.siret = d.siret; })},
        {m_vat, probe([&d](SellerDetails &p) { p.vatNumber = d.vatNumber; })},
        {m_iban, probe([&d](SellerDetails &p) { p.iban = d.iban; })},
        {m_termsUrl, probe([&d](SellerDetails &p) { p.termsUrl = d.termsUrl; })},
        {m_logoPreview, probe([&d](SellerDetails &p) { p.logo = d.logo; })},
    };
    QList<FieldProblem> found;
    const QStringList all = problemsOf(d);
    for (const QString &text : all) {
        QWidget *field = m_vat; // what no field alone explains: the VAT number against the SIRET
        for (const auto &[widget, texts] : fields)
            if (texts.contains(text))
                field = widget;
        found.append({field, text});
    }
    if (!d.logo.isEmpty() && d.logo.size() <= SellerRepository::kMaxLogoBytes && !m_logoReadable)
        found.append({m_logoPreview, tr("Logo: not an image Dealboard can read; choose a PNG "
                                        "or JPEG file.")});
    return found;
}

QStringList SellerDetailsForm::validate(bool showAll)
{
    const QList<FieldProblem> found = problems();
    if (showAll)
        for (const FieldProblem &p : found)
            if (p.field)
                m_touched.insert(p.field);
    if (m_save)
        return m_fieldProblems.show(found, m_touched, m_error, m_save);
    QStringList all;
    for (const FieldProblem &p : found)
        all << p.text;
    return all;
}

} // namespace dealboard
