#include "emailcomposedialog.h"

#include "clock.h"
#include "dialoghook.h"
#include "documents/quoteissuer.h"
#include "email/emailfollowup.h"
#include "email/emailtemplates.h"
#include "email/smtpsettingsrepository.h"
#include "email/templaterenderer.h"
#include "emaillogcommand.h"
#include "messagebox.h"
#include "smtpjob.h"
#include "storage/quoterepository.h"
#include "validation.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

std::function<void(EmailComposeDialog &)> s_testHook;
std::function<bool(const QUrl &)> s_urlOpener;

} // namespace

EmailComposeDialog::EmailComposeDialog(Database &db, SecretStore &secrets, QUndoStack *undoStack,
                                       qint64 dealId, std::function<void()> notify, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_secrets(secrets)
    , m_undoStack(undoStack)
    , m_dealId(dealId)
    , m_notify(std::move(notify))
    , m_job(new SmtpJob(this))
    , m_template(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_to(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_attach(new QCheckBox(this))
    , m_followUp(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"emailComposeDialog"_s);
    setWindowTitle(tr("Send Email"));
    m_template->setObjectName(u"emailTemplate"_s);
    for (const auto &key : EmailTemplates::keys())
        m_template->addItem(EmailTemplates::description(key), key);
    m_language->setObjectName(u"emailLanguage"_s);
    m_language->addItem(tr("French"), u"fr"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_to->setObjectName(u"emailTo"_s);
    m_subject->setObjectName(u"emailSubject"_s);
    m_body->setObjectName(u"emailBody"_s);
    m_body->setTabChangesFocus(true);
    m_attach->setObjectName(u"emailAttachQuote"_s);
    m_followUp->setObjectName(u"emailFollowUp"_s);
    m_followUp->setWordWrap(true);
    m_problems->setObjectName(u"emailProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_status->setObjectName(u"emailStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setObjectName(u"emailBusy"_s);
    m_busy->setRange(0, 0); // busy, with no known end
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();

    m_send = m_buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"emailSend"_s);
    m_openClient = m_buttons->addButton(tr("Open in &Mail Client"), QDialogButtonBox::ActionRole);
    m_openClient->setObjectName(u"emailOpenClient"_s);
    m_copy = m_buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"emailCopy"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"emailCancel"_s);
    // Only Cancel is wired to the box: Send closes the dialog once the email went.
    connect(m_send, &QPushButton::clicked, this, &EmailComposeDialog::send);
    connect(m_openClient, &QPushButton::clicked, this, [this] { handOver(true); });
    connect(m_copy, &QPushButton::clicked, this, [this] { handOver(false); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_template, 1);
    choice->addWidget(m_language);
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_template);
    form->addRow(templateLabel, choice);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("S&ubject:"), m_subject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_attach);
    layout->addWidget(m_followUp);
    layout->addWidget(m_problems);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    resize(640, 560);

    const Result<std::optional<SmtpSettings>> smtp = SmtpSettingsRepository(m_db).load();
    m_smtpReady = smtp && smtp->has_value();
    if (!m_smtpReady)
        m_status->setText(tr("No SMTP server is set up (Settings ▸ Email sending): open the "
                             "message in your mail client or copy it."));

    // The deal's latest quote, for the templates that talk about it.
    if (const Result<QList<Quote>> quotes = QuoteRepository(m_db).forDeal(m_dealId)) {
        const Quote *latest = nullptr;
        for (const auto &q : quotes.value())
            if ((q.status == QuoteStatus::Sent || q.status == QuoteStatus::Draft) &&
                (!latest || q.createdAt > latest->createdAt))
                latest = &q;
        if (latest) {
            m_quoteId = latest->id;
            m_quoteNumber = latest->displayNumber();
        }
    }
    const Result<QString> suggested = EmailFollowUp::suggestedTemplate(m_db, m_dealId);
    setTemplate(suggested ? suggested.value() : EmailTemplates::keys().first(), u"fr"_s);

    connect(m_template, &QComboBox::currentIndexChanged, this, &EmailComposeDialog::render);
    connect(m_language, &QComboBox::currentIndexChanged, this, &EmailComposeDialog::render);
    connect(m_to, &QLineEdit::textChanged, this, &EmailComposeDialog::updateState);
    connect(m_subject, &QLineEdit::textChanged, this, &EmailComposeDialog::updateState);
    connect(m_body, &QPlainTextEdit::textChanged, this, &EmailComposeDialog::updateState);
    connect(m_job, &SmtpJob::finished, this, &EmailComposeDialog::sendFinished);
}

EmailComposeDialog::~EmailComposeDialog() = default;

void EmailComposeDialog::setTemplate(const QString &key, const QString &language)
{
    const QSignalBlocker a(m_template);
    const QSignalBlocker b(m_language);
    m_template->setCurrentIndex(std::max(0, m_template->findData(key)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    render();
}

QString EmailComposeDialog::templateKey() const
{
    return m_template->currentData().toString();
}

QString EmailComposeDialog::language() const
{
    return m_language->currentData().toString();
}

void EmailComposeDialog::render()
{
    EmailService service(m_db, m_secrets);
    const Result<EmailDraft> draft = service.draft(templateKey(), m_dealId, language());
    if (!draft) {
        m_status->setText(draft.errorMessage());
        return;
    }
    m_draft = draft.value();
    m_to->setText(m_draft.to.email);
    m_subject->setText(m_draft.subject);
    m_body->setPlainText(m_draft.body);
    // About a quote: the template names one ({quote.number}, filled or not).
    EmailTemplates templates(m_db);
    const Result<EmailTemplate> tmpl = templates.find(templateKey(), language());
    const bool aboutQuote = tmpl && (tmpl->subject + tmpl->body).contains(u"{quote."_s);
    m_attach->setVisible(aboutQuote && m_quoteId);
    m_attach->setChecked(aboutQuote && m_quoteId);
    m_attach->setText(tr("Attach the quote PDF (%1)").arg(m_quoteNumber));
    const Result<std::optional<Activity>> followUp =
        EmailFollowUp::openFollowUp(m_db, m_dealId, templateKey());
    m_followUp->setText(
        followUp && followUp->has_value()
            ? tr("Once sent, the follow-up \"%1\" is marked done.").arg(followUp->value().title)
            : QString());
    m_followUp->setVisible(!m_followUp->text().isEmpty());
    updateState();
}

QStringList EmailComposeDialog::blanks(const QString &text)
{
    static const QRegularExpression re(u"\\[[^\\[\\]\\n]{1,60}\\]"_s);
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString b = it.next().captured(0);
        if (!out.contains(b))
            out.append(b);
    }
    return out;
}

QStringList EmailComposeDialog::problems() const
{
    const QString text = m_subject->text() + u'\n' + m_body->toPlainText();
    QStringList out = TemplateRenderer::placeholders(text) + blanks(text);
    QStringList why;
    if (!out.isEmpty())
        why << tr("Fill or remove: %1").arg(out.join(u", "_s));
    const QString to = m_to->text().trimmed();
    if (to.isEmpty())
        why << tr("The deal's contact has no email address: type one in To.");
    else if (!isValidEmail(to))
        why << tr("\"%1\" is not an email address.").arg(to);
    if (m_subject->text().trimmed().isEmpty())
        why << tr("The subject is empty.");
    return why;
}

void EmailComposeDialog::reject()
{
    // The exchange cannot be taken back half-way: wait for its outcome.
    if (m_preparing || m_job->isRunning())
        return;
    QDialog::reject();
}

bool EmailComposeDialog::isSending() const
{
    return m_preparing || m_job->isRunning();
}

QString EmailComposeDialog::statusText() const
{
    return m_status->text();
}

void EmailComposeDialog::updateState()
{
    const QStringList why = problems();
    m_problems->setText(why.join(u'\n'));
    m_problems->setVisible(!why.isEmpty());
    const bool idle = !m_preparing && !m_job->isRunning();
    m_send->setEnabled(idle && why.isEmpty() && m_smtpReady);
    m_send->setToolTip(m_smtpReady ? why.join(u'\n')
                                   : tr("Set up the SMTP server in Settings to send from here."));
    m_openClient->setEnabled(idle && why.isEmpty());
    m_copy->setEnabled(idle && why.isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_template, m_language, m_to, m_subject,
                                                       m_body, m_attach})
        w->setEnabled(idle);
    m_busy->setVisible(!idle);
}

EmailDraft EmailComposeDialog::currentDraft() const
{
    EmailDraft d = m_draft;
    d.templateKey = templateKey();
    d.language = language();
    const QString to = m_to->text().trimmed();
    if (to != m_draft.to.email)
        d.to = MailAddress{{}, to};
    d.subject = m_subject->text().trimmed();
    d.body = m_body->toPlainText();
    d.problems = problems();
    return d;
}

bool EmailComposeDialog::attachQuote(EmailDraft &draft)
{
    if (!m_attach->isVisible() || !m_attach->isChecked() || !m_quoteId)
        return true;
    QTemporaryDir dir;
    const QString path = dir.filePath(m_quoteNumber + u".pdf"_s);
    const Result<IssuedDocument> issued = QuoteIssuer(m_db).writePdf(m_quoteId, path);
    QFile pdf(path);
    if (!issued || !pdf.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("The quote's PDF could not be made: %1")
                              .arg(issued ? pdf.errorString() : issued.errorMessage()));
        return false;
    }
    draft.attachments.append(
        MailAttachment{m_quoteNumber + u".pdf"_s, "application/pdf", pdf.readAll()});
    return true;
}

void EmailComposeDialog::send()
{
    if (m_preparing || m_job->isRunning() || !problems().isEmpty())
        return;
    // Reading the keychain spins an event loop: no second Send, Cancel or close meanwhile.
    m_preparing = true;
    updateState();
    m_sending = currentDraft();
    const bool attached = attachQuote(m_sending);
    EmailService service(m_db, m_secrets);
    const Result<OutgoingEmail> outgoing =
        attached ? service.prepare(m_sending) : Result<OutgoingEmail>(userError(QString()));
    m_preparing = false;
    if (!attached) {
        updateState();
        return;
    }
    if (!outgoing) {
        updateState();
        m_status->setText(outgoing.errorMessage());
        return;
    }
    m_outgoing = outgoing.value();
    m_status->setText(tr("Sending to %1…").arg(m_sending.to.email));
    m_job->start(m_outgoing);
    updateState();
}

void EmailComposeDialog::sendFinished()
{
    updateState();
    if (!m_job->status()) {
        QString kind;
        switch (m_job->failure()) {
        case SmtpSender::Failure::Authentication:
            kind = tr("Authentication failed");
            break;
        case SmtpSender::Failure::Tls:
            kind = tr("Secure connection (TLS) failed");
            break;
        case SmtpSender::Failure::Network:
            kind = tr("Network problem");
            break;
        case SmtpSender::Failure::Sender:
        case SmtpSender::Failure::Recipient:
        case SmtpSender::Failure::Refused:
            kind = tr("Refused by the server");
            break;
        default:
            kind = tr("Not sent");
            break;
        }
        m_status->setText(tr("%1 — the email was not sent and your draft is kept. %2")
                              .arg(kind, m_job->status().errorMessage()));
        return;
    }
    EmailService service(m_db, m_secrets);
    const Result<SentEmail> sent = service.logSent(m_sending, m_outgoing.message);
    if (!sent || !sent->logError.isEmpty()) {
        MessageBox::critical(this, tr("Email sent"), sent ? sent->logError : sent.errorMessage());
        accept();
        return;
    }
    logAndClose(sent->activityId, false);
}

void EmailComposeDialog::logAndClose(qint64 loggedId, bool askFirst)
{
    const EmailDraft d = currentDraft();
    if (askFirst && MessageBox::question(
                        this, tr("Log the email"),
                        tr("Log this email on the deal as sent (and mark the follow-up it "
                           "answers done)?"),
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes) {
        accept();
        return;
    }
    const Result<std::optional<Activity>> followUp =
        EmailFollowUp::openFollowUp(m_db, m_dealId, d.templateKey);
    const qint64 followUpId = followUp && followUp->has_value() ? followUp->value().id : 0;
    Activity log;
    log.id = loggedId;
    log.dealId = m_dealId;
    log.contactId = d.contactId;
    log.kind = Activity::Kind::Email;
    log.title = d.subject;
    log.note = d.to.email;
    log.due = Clock::current().now().toLocalTime().date();
    if (followUpId || !loggedId)
        m_undoStack->push(new EmailLogCommand(m_db, log, followUpId, m_notify,
                                              tr("Email \"%1\"").arg(d.subject)));
    else if (m_notify)
        m_notify();
    accept();
}

QUrl EmailComposeDialog::buildMailtoUrl(const QString &to, const QString &subject,
                                        const QString &body)
{
    QString crlf = body;
    crlf.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);
    const QByteArray encoded = "mailto:" + QUrl::toPercentEncoding(to.trimmed(), "@") +
                               "?subject=" + QUrl::toPercentEncoding(subject) +
                               "&body=" + QUrl::toPercentEncoding(crlf);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QUrl EmailComposeDialog::mailtoUrl() const
{
    return buildMailtoUrl(m_to->text(), m_subject->text(), m_body->toPlainText());
}

void EmailComposeDialog::handOver(bool viaMailClient)
{
    if (!problems().isEmpty())
        return;
    if (viaMailClient) {
        const QUrl url = mailtoUrl();
        const bool opened = s_urlOpener ? s_urlOpener(url) : QDesktopServices::openUrl(url);
        if (!opened) {
            m_status->setText(tr("No mail client opened the message; copy it instead."));
            return;
        }
    } else {
        QGuiApplication::clipboard()->setText(
            tr("To: %1\nSubject: %2\n\n%3")
                .arg(m_to->text().trimmed(), m_subject->text(), m_body->toPlainText()));
    }
    logAndClose(0, true);
}

bool EmailComposeDialog::compose(Database &db, SecretStore &secrets, QUndoStack *undoStack,
                                 qint64 dealId, std::function<void()> notify, QWidget *parent)
{
    EmailComposeDialog dialog(db, secrets, undoStack, dealId, std::move(notify), parent);
    return execWithHook(dialog, s_testHook);
}

void EmailComposeDialog::setTestHook(std::function<void(EmailComposeDialog &)> hook)
{
    s_testHook = std::move(hook);
}

void EmailComposeDialog::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    s_urlOpener = std::move(opener);
}

} // namespace dealboard
