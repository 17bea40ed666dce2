// Email in the real main window (issue 7): the SMTP settings with the password in a
// SecretStore (an in-memory one here; the OS keychain is tst_keychain's), Deal ▸ Send Email…
// blocking an unknown placeholder then sending to a real SMTP server on loopback (aiosmtpd),
// the email logged and the follow-up it answers closed, a wrong password keeping the draft,
// the quote's PDF attached, and the mailto: URL and the clipboard without SMTP.

#include "emailwindowfixture.h"

using namespace dealboard;
using namespace dealboard::test;

class TestEmailWindow : public QObject, public EmailWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpApplication("tst_emailwindow", &m_secrets); }
    void init();
    void cleanup();
    void smtpSettingsSavedWithThePasswordInTheSecretStore();
    void unknownPlaceholderBlocksThenSendCloses();
    void wrongPasswordKeepsTheDraft();
    void quotePdfAttached();
    void mailClientAndClipboardWithoutSmtp();
    void screenshotsInFrench();
};

void TestEmailWindow::init()
{
    m_secrets.m_secrets.clear();
    openWindow();
}

void TestEmailWindow::cleanup()
{
    EmailComposeDialog::setTestHook({});
    EmailComposeDialog::setUrlOpener({});
    m_window.reset();
}

void TestEmailWindow::smtpSettingsSavedWithThePasswordInTheSecretStore()
{
    SmtpServer server;
    if (const QString why = server.start(u"lea"_s, u"s3cret pass"_s); !why.isEmpty())
        QFAIL(qPrintable(why));
    m_window->showSection(MainWindow::Section::Settings);
    auto *form = child<SmtpSettingsForm>(*m_window, "smtpSettings");
    QVERIFY(form);
    auto *save = child<QPushButton>(*form, "smtpSave");
    QVERIFY(!save->isEnabled()); // nothing typed yet, and no red
    QVERIFY(child<QLabel>(*form, "smtpHostError")->text().isEmpty());

    child<QLineEdit>(*form, "smtpHost")->setText(u"127.0.0.1"_s);
    auto *security = child<QComboBox>(*form, "smtpSecurity");
    security->setCurrentIndex(security->findData(u"none"_s));
    child<QSpinBox>(*form, "smtpPort")->setValue(server.port());
    child<QLineEdit>(*form, "smtpUser")->setText(u"lea"_s);
    child<QLineEdit>(*form, "smtpPassword")->setText(u"s3cret pass"_s);
    child<QLineEdit>(*form, "smtpSenderName")->setText(u"Léa Fondatrice"_s);
    child<QLineEdit>(*form, "smtpSenderEmail")->setText(u"lea@vmcloud"_s);
    child<QLineEdit>(*form, "smtpBookingLink")->setText(u"cal.vmcloud.example"_s);
    // Each problem next to its field; Save waits.
    QCOMPARE(child<QLabel>(*form, "smtpSenderEmailError")->text(), u"Not a valid email address."_s);
    QCOMPARE(child<QLabel>(*form, "smtpBookingLinkError")->text(), u"Not an http(s) address."_s);
    QVERIFY(child<QLabel>(*form, "smtpHostError")->text().isEmpty());
    QVERIFY(!save->isEnabled());
    child<QLineEdit>(*form, "smtpSenderEmail")->setText(u"lea@vmcloud.example"_s);
    child<QLineEdit>(*form, "smtpBookingLink")->setText(u"https://cal.vmcloud.example/lea"_s);
    QVERIFY(child<QLabel>(*form, "smtpSenderEmailError")->text().isEmpty());
    QVERIFY(save->isEnabled());
    screenshot(*form, u"email-settings-en"_s);

    // The test email goes off the GUI thread, to the sender.
    child<QPushButton>(*form, "smtpTest")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!form->isTesting(), 20000);
    QVERIFY2(form->testResult().contains(u"was sent"_s), qPrintable(form->testResult()));
    QTRY_COMPARE(server.messages().size(), 1);
    QCOMPARE(server.envelope(0).value(1), u"lea@vmcloud.example"_s);

    QUndoStack *undo = m_window->undoStack();
    const int before = undo->count();
    save->click();
    QCOMPARE(undo->count(), before + 1);
    const Result<std::optional<SmtpSettings>> saved =
        SmtpSettingsRepository(*m_window->database()).load();
    QVERIFY(saved && saved->has_value());
    QCOMPARE(saved->value().port, int(server.port()));
    QCOMPARE(m_secrets.m_secrets.value(u"smtp:lea@127.0.0.1"_s), u"s3cret pass"_s);
    QVERIFY(child<QLineEdit>(*form, "smtpPassword")->text().isEmpty());
    QCOMPARE(child<QLabel>(*form, "smtpPasswordStatus")->text(), u"saved in the keychain"_s);
    // Never in QSettings, never in the database.
    for (const QString &key : QSettings().allKeys())
        QVERIFY(!QSettings().value(key).toString().contains(u"s3cret"_s));
    QSqlQuery q(m_window->database()->connection());
    QVERIFY(q.exec(u"SELECT * FROM smtp_settings"_s));
    while (q.next())
        for (int i = 0; i < q.record().count(); ++i)
            QVERIFY(!q.value(i).toString().contains(u"s3cret"_s));

    undo->undo();
    QVERIFY(!SmtpSettingsRepository(*m_window->database()).load()->has_value());
    QVERIFY(child<QLineEdit>(*form, "smtpHost")->text().isEmpty());
    undo->redo();
    QCOMPARE(child<QLineEdit>(*form, "smtpHost")->text(), u"127.0.0.1"_s);

    // Another user: the old keychain entry goes.
    child<QLineEdit>(*form, "smtpUser")->setText(u"lea2"_s);
    child<QLineEdit>(*form, "smtpPassword")->setText(u"other"_s);
    save->click();
    QVERIFY(!m_secrets.m_secrets.contains(u"smtp:lea@127.0.0.1"_s));
    QCOMPARE(m_secrets.m_secrets.value(u"smtp:lea2@127.0.0.1"_s), u"other"_s);
}

void TestEmailWindow::unknownPlaceholderBlocksThenSendCloses()
{
    SmtpServer server;
    if (const QString why = server.start(u"lea"_s, u"s3cret"_s); !why.isEmpty())
        QFAIL(qPrintable(why));
    setUpSmtp(server.port(), u"s3cret"_s);
    // The user's version of the inbound reply has a typo in a placeholder.
    EmailTemplate edited = EmailTemplates::builtIn(u"inbound-reply"_s, u"fr"_s).value();
    edited.body.replace(u"{contact.first_name}"_s, u"{contact.firstname}"_s);
    QVERIFY(EmailTemplates(*m_window->database()).save(edited));

    composeWith([&server](EmailComposeDialog &d) {
        // The open follow-up calls for the inbound reply.
        QCOMPARE(d.templateKey(), u"inbound-reply"_s);
        QCOMPARE(child<QLineEdit>(d, "emailTo")->text(), u"camille@beranger.example"_s);
        QCOMPARE(child<QLabel>(d, "emailFollowUp")->text(),
                 u"Once sent, the follow-up \"Reply to the new lead: Hébergement multi-sites\" "
                 "is marked done."_s);
        auto *send = child<QPushButton>(d, "emailSend");
        QVERIFY(child<QLabel>(d, "emailProblems")->text().contains(u"{contact.firstname}"_s));
        QVERIFY(!send->isEnabled());
        QVERIFY(!child<QPushButton>(d, "emailOpenClient")->isEnabled());
        auto *body = child<QPlainTextEdit>(d, "emailBody");
        // A "[Prénom]" blank is refused as well.
        body->setPlainText(body->toPlainText().replace(u"{contact.firstname}"_s, u"[Prénom]"_s));
        QVERIFY(child<QLabel>(d, "emailProblems")->text().contains(u"[Prénom]"_s));
        QVERIFY(!send->isEnabled());
        body->setPlainText(body->toPlainText().replace(u"[Prénom]"_s, u"Camille"_s));
        QVERIFY(d.problems().isEmpty());
        QVERIFY(send->isEnabled());
        screenshot(d, u"email-compose-en"_s);
        send->click();
        QVERIFY(d.isSending() || !d.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!d.isVisible(), 20000);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(server.messages().size(), 1);
    });
    const MimePart message = splitPart(server.message(0));
    QCOMPARE(decodeWords(message.headers.value("subject")),
             u"Re: votre demande – Hébergement multi-sites"_s);
    QCOMPARE(server.envelope(0).value(1), u"camille@beranger.example"_s);
    const QString body = QString::fromUtf8(decodeQuotedPrintable(message.body));
    QVERIFY2(body.startsWith(u"Bonjour Camille,"_s), qPrintable(body));
    QVERIFY(body.contains(u"https://cal.vmcloud.example/lea"_s));

    QList<Activity> all = activities();
    const auto email = std::find_if(all.cbegin(), all.cend(), [](const Activity &a) {
        return a.kind == Activity::Kind::Email && a.rule.isEmpty();
    });
    QVERIFY(email != all.cend());
    QVERIFY(email->isDone());
    QCOMPARE(email->title, u"Re: votre demande – Hébergement multi-sites"_s);
    auto followUp = [this] {
        for (const auto &a : activities())
            if (a.rule == "inbound-reply"_L1)
                return a;
        return Activity{};
    };
    QVERIFY(followUp().isDone());
    // Undo reopens the follow-up; the sent email stays logged.
    m_window->undoStack()->undo();
    QVERIFY(!followUp().isDone());
    QCOMPARE(activities().size(), 2);
    m_window->undoStack()->redo();
    QVERIFY(followUp().isDone());
}

void TestEmailWindow::wrongPasswordKeepsTheDraft()
{
    SmtpServer server;
    if (const QString why = server.start(u"lea"_s, u"right"_s); !why.isEmpty())
        QFAIL(qPrintable(why));
    setUpSmtp(server.port(), u"wrong"_s);
    composeWith([](EmailComposeDialog &d) {
        auto *subject = child<QLineEdit>(d, "emailSubject");
        subject->setText(u"Mon objet à moi"_s);
        child<QPushButton>(d, "emailSend")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!d.isSending(), 20000);
        QVERIFY(d.isVisible());
        QVERIFY2(d.statusText().startsWith(u"Authentication failed"_s), qPrintable(d.statusText()));
        QVERIFY(d.statusText().contains(u"draft is kept"_s));
        QCOMPARE(subject->text(), u"Mon objet à moi"_s);
        QVERIFY(child<QPushButton>(d, "emailSend")->isEnabled());
    });
    QVERIFY(server.messages().isEmpty());
    QCOMPARE(activities().size(), 1); // the follow-up alone, still open
    QVERIFY(!activities().first().isDone());
}

void TestEmailWindow::quotePdfAttached()
{
    SmtpServer server;
    if (const QString why = server.start(u"lea"_s, u"s3cret"_s); !why.isEmpty())
        QFAIL(qPrintable(why));
    setUpSmtp(server.port(), u"s3cret"_s);
    Database &db = *m_window->database();
    const Result<Product> vps = ProductRepository(db).findByKey(u"vps-m"_s);
    QVERIFY(vps);
    Quote q;
    q.dealId = m_deal;
    q.contract = u"annual-standard"_s;
    QuoteLine line;
    line.productId = vps->id;
    line.description = u"VPS M"_s;
    line.unitPrice = vps->price;
    q.lines << line;
    QVERIFY(QuoteRepository(db).create(q));
    const QString number = QuoteRepository(db).find(q.id)->displayNumber();

    composeWith([&server, number](EmailComposeDialog &d) {
        d.setTemplate(u"silent-followup"_s, u"fr"_s);
        auto *attach = child<QCheckBox>(d, "emailAttachQuote");
        QVERIFY(attach->isVisible());
        QVERIFY(attach->isChecked());
        QVERIFY(attach->text().contains(number));
        QVERIFY2(d.problems().isEmpty(), qPrintable(d.problems().join(u'\n')));
        child<QPushButton>(d, "emailSend")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!d.isVisible(), 20000);
        QCOMPARE(server.messages().size(), 1);
    });
    const QList<MimePart> parts = multipartParts(splitPart(server.message(0)));
    QCOMPARE(parts.size(), 2);
    QVERIFY(parts.at(1).headers.value("content-type").startsWith("application/pdf"));
    QVERIFY(parts.at(1).headers.value("content-disposition").contains(number.toUtf8() + ".pdf"));
    QVERIFY(QByteArray::fromBase64(parts.at(1).body).startsWith("%PDF"));
}

void TestEmailWindow::mailClientAndClipboardWithoutSmtp()
{
    QUrl opened;
    EmailComposeDialog::setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    QString subject;
    QString body;
    MessageBox::setNextAnswer(QMessageBox::Yes); // log it
    composeWith([&subject, &body](EmailComposeDialog &d) {
        QVERIFY(!child<QPushButton>(d, "emailSend")->isEnabled());
        QVERIFY(d.statusText().contains(u"No SMTP server"_s));
        // Without SMTP settings the sender placeholders are empty: fill them by hand.
        auto *text = child<QPlainTextEdit>(d, "emailBody");
        QString t = text->toPlainText();
        t.replace(u"{sender.name}"_s, u"Léa & co"_s).replace(u"{sender.email}"_s, u""_s);
        t.replace(u"{booking_link}"_s, u"https://cal.example/a?b=c&d=e"_s);
        text->setPlainText(t);
        QVERIFY2(d.problems().isEmpty(), qPrintable(d.problems().join(u'\n')));
        subject = child<QLineEdit>(d, "emailSubject")->text();
        body = t;
        child<QPushButton>(d, "emailOpenClient")->click();
        QVERIFY(!d.isVisible());
    });
    QCOMPARE(opened.scheme(), u"mailto"_s);
    QCOMPARE(opened.path(), u"camille@beranger.example"_s);
    const QByteArray encoded = opened.toEncoded();
    QVERIFY2(!encoded.contains(' ') && !encoded.contains('\n'), encoded.constData());
    QVERIFY(encoded.contains("%0D%0A"));
    QVERIFY(encoded.contains("b%3Dc%26d%3De")); // the link's own & and = stay in the body
    const QUrlQuery query(opened);
    QCOMPARE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded), subject);
    QString crlf = body;
    crlf.replace(u"\n"_s, u"\r\n"_s);
    QCOMPARE(query.queryItemValue(u"body"_s, QUrl::FullyDecoded), crlf);
    // Logged, and the follow-up closed.
    QCOMPARE(activities().size(), 2);
    for (const auto &a : activities())
        QVERIFY(a.isDone());

    // Copied, not logged.
    MessageBox::setNextAnswer(QMessageBox::No);
    composeWith([](EmailComposeDialog &d) {
        auto *text = child<QPlainTextEdit>(d, "emailBody");
        QString t = text->toPlainText();
        t.replace(u"{sender.name}"_s, u"Léa"_s).replace(u"{sender.email}"_s, u""_s);
        t.replace(u"{booking_link}"_s, u"https://cal.example/a"_s);
        text->setPlainText(t);
        child<QPushButton>(d, "emailCopy")->click();
    });
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"To: camille@beranger.example\nSubject: "_s), qPrintable(copied));
    QVERIFY(copied.contains(u"https://cal.example/a"_s));
    QCOMPARE(activities().size(), 2);
}

void TestEmailWindow::screenshotsInFrench()
{
    if (qEnvironmentVariable("DEALBOARD_SCREENSHOTS").isEmpty())
        QSKIP("DEALBOARD_SCREENSHOTS is not set");
    m_window.reset();
    installTranslations(u"fr"_s);
    openWindow();
    setUpSmtp(2525, u"x"_s);
    m_window->showSection(MainWindow::Section::Settings);
    auto *form = child<SmtpSettingsForm>(*m_window, "smtpSettings");
    form->refresh();
    screenshot(*form, u"email-settings-fr"_s);
    screenshot(*child<EmailTemplateEditor>(*m_window, "emailTemplateEditor"),
               u"email-templates-fr"_s);
    composeWith([](EmailComposeDialog &d) { screenshot(d, u"email-compose-fr"_s); });
    installTranslations(u"en"_s);
}

QTEST_MAIN(TestEmailWindow)
#include "tst_emailwindow.moc"
