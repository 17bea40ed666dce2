#include "smtpsettingsform.h"

#include "email/secretstore.h"
#include "email/smtpsettingsrepository.h"
#include "emailservice.h"
#include "messagebox.h"
#include "mimemessage.h"
#include "setvaluecommand.h"
#include "smtpjob.h"
#include "validation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

bool isLoopback(const QString &host)
{
    return host == "localhost"_L1 || host.startsWith(u"127."_s) || host == "::1"_L1;
}

int defaultPort(SmtpSettings::Security security)
{
    return security == SmtpSettings::Security::Tls    ? 465
           : security == SmtpSettings::Security::None ? 25
                                                      : 587;
}

} // namespace

SmtpSettingsForm::SmtpSettingsForm(SecretStore &secrets, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_undoStack(undoStack)
    , m_job(new SmtpJob(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordStatus(new QLabel(this))
    , m_senderName(new QLineEdit(this))
    , m_senderEmail(new QLineEdit(this))
    , m_bookingLink(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save Email Settings"), this))
    , m_test(new QPushButton(tr("Send a &Test Email"), this))
    , m_testResult(new QLabel(this))
{
    m_host->setObjectName(u"smtpHost"_s);
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port->setObjectName(u"smtpPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security->setObjectName(u"smtpSecurity"_s);
    m_security->addItem(tr("STARTTLS (port 587)"), u"starttls"_s);
    m_security->addItem(tr("TLS (port 465)"), u"tls"_s);
    m_security->addItem(tr("None (local relay only)"), u"none"_s);
    m_user->setObjectName(u"smtpUser"_s);
    m_user->setPlaceholderText(tr("none: no authentication"));
    m_password->setObjectName(u"smtpPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordStatus->setObjectName(u"smtpPasswordStatus"_s);
    m_passwordStatus->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_senderName->setObjectName(u"smtpSenderName"_s);
    m_senderEmail->setObjectName(u"smtpSenderEmail"_s);
    m_bookingLink->setObjectName(u"smtpBookingLink"_s);
    m_bookingLink->setPlaceholderText(tr("https://cal.example.com/you"));
    m_save->setObjectName(u"smtpSave"_s);
    m_test->setObjectName(u"smtpTest"_s);
    m_testResult->setObjectName(u"smtpTestResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    auto row = [this, form](const QString &label, QWidget *field, QWidget *extra = nullptr) {
        auto *line = new QHBoxLayout;
        line->addWidget(field, 3);
        if (extra)
            line->addWidget(extra);
        line->addWidget(errorLabel(field->objectName()), 2);
        auto *name = new QLabel(label, this);
        name->setBuddy(field); // a label beside a layout has no buddy by itself
        form->addRow(name, line);
    };
    row(tr("SMTP &server:"), m_host);
    row(tr("&Port:"), m_port);
    row(tr("Se&curity:"), m_security);
    row(tr("&User:"), m_user);
    row(tr("Pass&word:"), m_password, m_passwordStatus);
    row(tr("Sender &name:"), m_senderName);
    row(tr("Sender &email:"), m_senderEmail);
    row(tr("&Booking link:"), m_bookingLink);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addStretch();
    form->addRow(buttons);
    form->addRow(m_testResult);

    for (QLineEdit *edit : {m_host, m_user, m_password, m_senderName, m_senderEmail, m_bookingLink})
        connect(edit, &QLineEdit::textChanged, this, &SmtpSettingsForm::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &SmtpSettingsForm::updateState);
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        // The usual port of the chosen security, unless the user typed another one.
        if (!m_loading &&
            (m_port->value() == 587 || m_port->value() == 465 || m_port->value() == 25))
            m_port->setValue(defaultPort(settings().security));
        updateState();
    });
    connect(m_save, &QPushButton::clicked, this, &SmtpSettingsForm::save);
    connect(m_test, &QPushButton::clicked, this, &SmtpSettingsForm::sendTestEmail);
    connect(m_job, &SmtpJob::finished, this, &SmtpSettingsForm::testFinished);
    updateState();
}

SmtpSettingsForm::~SmtpSettingsForm() = default;

QLabel *SmtpSettingsForm::errorLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName + u"Error"_s);
    label->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    label->setWordWrap(true);
    m_errors.insert(objectName, label);
    return label;
}

void SmtpSettingsForm::setDatabase(Database *database)
{
    m_db = database;
    refresh();
}

void SmtpSettingsForm::refresh()
{
    m_stored.reset();
    SmtpSettings s;
    if (m_db)
        if (const Result<std::optional<SmtpSettings>> loaded = SmtpSettingsRepository(*m_db).load())
            m_stored = loaded.value();
    if (m_stored)
        s = *m_stored;
    m_loading = true;
    m_host->setText(s.host);
    m_security->setCurrentIndex(
        std::max(0, m_security->findData(SmtpSettings::securityKey(s.security))));
    m_port->setValue(s.port);
    m_user->setText(s.userName);
    m_password->clear();
    m_senderName->setText(s.senderName);
    m_senderEmail->setText(s.senderEmail);
    m_bookingLink->setText(s.bookingLink);
    m_loading = false;
    m_passwordStatus->clear();
    if (isVisible())
        updatePasswordStatus();
    updateState();
}

void SmtpSettingsForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The keychain is asked only when the user looks (a locked one would prompt at start).
    updatePasswordStatus();
}

void SmtpSettingsForm::updatePasswordStatus()
{
    const SmtpSettings s = settings();
    if (!m_stored || !s.needsPassword()) {
        m_passwordStatus->clear();
        m_password->setPlaceholderText({});
        return;
    }
    const Result<std::optional<QString>> saved = m_secrets.read(s.secretKey());
    if (!saved)
        m_passwordStatus->setText(tr("keychain unavailable"));
    else if (saved->has_value())
        m_passwordStatus->setText(tr("saved in the keychain"));
    else
        m_passwordStatus->setText(tr("not saved yet"));
    m_passwordStatus->setToolTip(saved ? QString() : saved.errorMessage());
    m_password->setPlaceholderText(saved && saved->has_value() ? tr("type a new one to replace it")
                                                               : QString());
}

SmtpSettings SmtpSettingsForm::settings() const
{
    SmtpSettings s = m_stored.value_or(SmtpSettings{});
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.security = SmtpSettings::securityFromKey(m_security->currentData().toString())
                     .value_or(SmtpSettings::Security::StartTls);
    s.userName = m_user->text().trimmed();
    s.senderName = m_senderName->text().trimmed();
    s.senderEmail = m_senderEmail->text().trimmed();
    s.bookingLink = m_bookingLink->text().trimmed();
    return s;
}

QMap<QString, QString> SmtpSettingsForm::problems() const
{
    QMap<QString, QString> out;
    const SmtpSettings s = settings();
    if (s.host.isEmpty())
        out.insert(m_host->objectName(), tr("Enter the SMTP server's host name."));
    else if (s.host.contains(u' ') || s.host.contains(u'/'))
        out.insert(m_host->objectName(), tr("Not a host name."));
    if (s.security == SmtpSettings::Security::None && s.needsPassword() && !isLoopback(s.host))
        out.insert(m_security->objectName(),
                   tr("A password is never sent unencrypted: choose STARTTLS or TLS."));
    if (!m_password->text().isEmpty() && !s.needsPassword())
        out.insert(m_user->objectName(), tr("A password needs a user name."));
    if (s.senderEmail.isEmpty())
        out.insert(m_senderEmail->objectName(), tr("Enter the address emails come from."));
    else if (!isValidEmail(s.senderEmail))
        out.insert(m_senderEmail->objectName(), tr("Not a valid email address."));
    if (!s.bookingLink.isEmpty()) {
        const QUrl url(s.bookingLink, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1) ||
            url.host().isEmpty())
            out.insert(m_bookingLink->objectName(), tr("Not an http(s) address."));
    }
    return out;
}

void SmtpSettingsForm::updateState()
{
    const QMap<QString, QString> found = problems();
    // A form never saved opens without red: nothing typed yet is no mistake.
    const bool quiet = !m_stored && m_host->text().isEmpty() && m_senderEmail->text().isEmpty();
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        it.value()->setText(quiet ? QString() : found.value(it.key()));
    const bool idle = !m_job->isRunning();
    m_save->setEnabled(m_db && found.isEmpty());
    m_save->setToolTip(QStringList(found.values()).join(u'\n'));
    m_test->setEnabled(m_db && idle && found.isEmpty());
}

bool SmtpSettingsForm::save()
{
    if (!m_db || !problems().isEmpty())
        return false;
    const SmtpSettings after = settings();
    if (Status v = SmtpSettingsRepository::validate(after); !v) {
        MessageBox::critical(this, tr("Email settings"), v.errorMessage());
        return false;
    }
    const std::optional<SmtpSettings> before = m_stored;
    // The password first: when the keychain refuses it, nothing is saved.
    if (!m_password->text().isEmpty()) {
        if (Status w = m_secrets.write(after.secretKey(), m_password->text()); !w) {
            MessageBox::critical(this, tr("Email settings"), w.errorMessage());
            return false;
        }
    }
    auto same = [](const SmtpSettings &a, const SmtpSettings &b) {
        return a.host == b.host && a.port == b.port && a.security == b.security &&
               a.userName == b.userName && a.senderName == b.senderName &&
               a.senderEmail == b.senderEmail && a.bookingLink == b.bookingLink;
    };
    if (!before || !same(*before, after)) {
        const int index = m_undoStack->index();
        Database &db = *m_db;
        m_undoStack->push(new SetValueCommand<std::optional<SmtpSettings>>(
            [&db](const std::optional<SmtpSettings> &settings) {
                SmtpSettingsRepository repo(db);
                return settings ? repo.save(*settings) : repo.clear();
            },
            before, after, tr("Cannot save the SMTP settings"),
            [this](const std::optional<SmtpSettings> &) { refresh(); }, tr("Email settings")));
        if (m_undoStack->index() == index) // failed, said, and dropped
            return false;
    }
    // Another user or server: the old password must not linger in the keychain.
    if (before && before->needsPassword() && before->secretKey() != after.secretKey())
        if (Status r = m_secrets.remove(before->secretKey()); !r)
            MessageBox::critical(this, tr("Email settings"), r.errorMessage());
    refresh();
    Q_EMIT saved();
    return true;
}

void SmtpSettingsForm::sendTestEmail()
{
    if (!m_db || m_job->isRunning() || !problems().isEmpty())
        return;
    OutgoingEmail out;
    out.settings = settings();
    out.password = m_password->text();
    if (out.password.isEmpty() && out.settings.needsPassword()) {
        const Result<std::optional<QString>> saved = m_secrets.read(out.settings.secretKey());
        if (!saved || !saved->has_value()) {
            m_testResult->setText(saved ? tr("Type the password first: none is saved for %1.")
                                              .arg(out.settings.secretKey())
                                        : saved.errorMessage());
            return;
        }
        out.password = saved->value();
    }
    MimeMessage message;
    const MailAddress self{out.settings.senderName, out.settings.senderEmail};
    message.setFrom(self);
    message.setTo({self});
    message.setSubject(tr("Dealboard test email"));
    message.setBody(
        tr("This test email shows that Dealboard can send through %1.").arg(out.settings.host));
    out.message = message.toBytes();
    out.from = self.email;
    out.recipients = {self.email};
    m_testResult->setText(tr("Sending a test email to %1…").arg(self.email));
    m_job->start(out);
    updateState();
}

void SmtpSettingsForm::testFinished()
{
    updateState();
    m_testResult->setText(
        m_job->status()
            ? tr("The test email was sent to %1.").arg(settings().senderEmail)
            : tr("The test email was not sent: %1").arg(m_job->status().errorMessage()));
}

bool SmtpSettingsForm::isTesting() const
{
    return m_job->isRunning();
}

QString SmtpSettingsForm::testResult() const
{
    return m_testResult->text();
}

} // namespace dealboard
