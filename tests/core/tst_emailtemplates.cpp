// Email templates (issue 7): the built-in ones, the user's edits and reset, and rendering
// from a deal with every placeholder, missing and empty values and unknown ones.

#include "email/emailfollowup.h"
#include "email/emailtemplates.h"
#include "email/smtpsettingsrepository.h"
#include "email/templaterenderer.h"
#include "rules/followuprules.h"
#include "storage/activityrepository.h"
#include "storage/contactrepository.h"
#include "storage/productrepository.h"
#include "storage/quoterepository.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestEmailTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.reset(); }

    void everyBuiltInIsThereInBothLanguages();
    void builtInsUseOnlyKnownPlaceholders();
    void everyPlaceholderIsFilled_data();
    void everyPlaceholderIsFilled();
    void missingValuesAreListedAndKept();
    void unknownPlaceholderIsListed();
    void bothLanguages();
    void editedTemplateOverridesAndResets();
    void unknownKeyOrLanguageIsRefused();
    void smtpSettingsRoundTrip();
    void followUpsAnsweredByTemplates();

private:
    Database &db() { return *m_fx->db; }
    qint64 dealWithEverything();
    SmtpSettings sender() const;

    std::unique_ptr<DatabaseFixture> m_fx;
};

void TestEmailTemplates::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    const QString error = m_fx->open(u"email.db"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

SmtpSettings TestEmailTemplates::sender() const
{
    SmtpSettings s;
    s.host = u"smtp.example.org"_s;
    s.port = 587;
    s.senderName = u"Léa Fondatrice"_s;
    s.senderEmail = u"lea@vmcloud.example"_s;
    s.bookingLink = u"https://cal.com/lea"_s;
    return s;
}

// A deal with a company, a contact and a draft quote.
qint64 TestEmailTemplates::dealWithEverything()
{
    Company company = sampleCompany(u"Boulangerie Martin"_s);
    const auto companyId = CompanyRepository(db()).create(company);
    if (!companyId)
        return 0;
    Contact contact;
    contact.companyId = *companyId;
    contact.name = u"Élodie  Martin"_s;
    contact.email = u"elodie@martin.example"_s;
    const auto contactId = ContactRepository(db()).create(contact);
    if (!contactId)
        return 0;
    Deal deal = sampleDeal(*companyId, u"Migration cloud"_s);
    deal.contactId = *contactId;
    const auto dealId = DealRepository(db()).create(deal);
    if (!dealId)
        return 0;
    const auto vps = ProductRepository(db()).findByKey(u"vps-m"_s);
    if (!vps)
        return 0;
    Quote q;
    q.dealId = *dealId;
    q.contract = u"annual-standard"_s;
    QuoteLine l;
    l.productId = vps->id;
    l.description = u"VPS M"_s;
    l.unitPrice = vps->price;
    q.lines << l;
    if (!QuoteRepository(db()).create(q))
        return 0;
    return *dealId;
}

void TestEmailTemplates::everyBuiltInIsThereInBothLanguages()
{
    QCOMPARE(EmailTemplates::keys(),
             (QStringList{u"inbound-reply"_s, u"post-demo"_s, u"silent-followup"_s,
                          u"qualified-recap"_s, u"nurture"_s}));
    for (const auto &key : EmailTemplates::keys()) {
        QVERIFY(!EmailTemplates::description(key).isEmpty());
        for (const auto &language : EmailTemplates::languages()) {
            const auto t = EmailTemplates::builtIn(key, language);
            QVERIFY2(t.has_value(), qPrintable(key + u'/' + language));
            QVERIFY(!t->subject.isEmpty());
            QVERIFY(!t->body.isEmpty());
            QVERIFY(!t->edited);
            // No "[Prénom]" blanks left from the playbook.
            QVERIFY2(!t->body.contains(u'['), qPrintable(t->body));
        }
    }
    const auto list = EmailTemplates(db()).list();
    DB_CHECK(list);
    QCOMPARE(list->size(), 10);
    QVERIFY(
        EmailTemplates::builtIn(u"inbound-reply"_s, u"fr"_s)->body.contains(u"call de 15 min"_s));
}

void TestEmailTemplates::builtInsUseOnlyKnownPlaceholders()
{
    const QStringList known = TemplateRenderer::knownPlaceholders();
    for (const auto &key : EmailTemplates::keys())
        for (const auto &language : EmailTemplates::languages()) {
            const auto t = EmailTemplates::builtIn(key, language);
            for (const auto &p : TemplateRenderer::placeholders(t->subject + t->body))
                QVERIFY2(known.contains(p), qPrintable(key + u": "_s + p));
        }
}

void TestEmailTemplates::everyPlaceholderIsFilled_data()
{
    QTest::addColumn<QString>("placeholder");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first name") << u"{contact.first_name}"_s << u"Élodie"_s;
    QTest::newRow("name") << u"{contact.name}"_s << u"Élodie Martin"_s;
    QTest::newRow("email") << u"{contact.email}"_s << u"elodie@martin.example"_s;
    QTest::newRow("company") << u"{company.name}"_s << u"Boulangerie Martin"_s;
    QTest::newRow("deal") << u"{deal.title}"_s << u"Migration cloud"_s;
    QTest::newRow("sender") << u"{sender.name}"_s << u"Léa Fondatrice"_s;
    QTest::newRow("sender email") << u"{sender.email}"_s << u"lea@vmcloud.example"_s;
    QTest::newRow("booking") << u"{booking_link}"_s << u"https://cal.com/lea"_s;
    QTest::newRow("quote") << u"{quote.number}"_s << u"DEV-2026-0001"_s;
    // A draft is valid 30 days from its creation (the fixed clock: 2 March 2026).
    QTest::newRow("valid until") << u"{quote.valid_until}"_s << u"1 avril 2026"_s;
    QTest::newRow("today") << u"{today}"_s << u"2 mars 2026"_s;
}

void TestEmailTemplates::everyPlaceholderIsFilled()
{
    QFETCH(QString, placeholder);
    QFETCH(QString, expected);
    const qint64 dealId = dealWithEverything();
    QVERIFY(dealId > 0);
    QVERIFY(TemplateRenderer::knownPlaceholders().contains(placeholder));
    const auto values = TemplateRenderer(db()).valuesForDeal(dealId, sender(), u"fr"_s);
    DB_CHECK(values);
    const EmailTemplate t{u"x"_s, u"fr"_s, u"S "_s + placeholder, u"<"_s + placeholder + u">"_s,
                          false,  {}};
    const RenderedEmail r = TemplateRenderer::render(t, values.value());
    QVERIFY2(r.canSend(), qPrintable(r.problems().join(u' ')));
    QCOMPARE(r.subject, u"S "_s + expected);
    QCOMPARE(r.body, u"<"_s + expected + u">"_s);
}

void TestEmailTemplates::missingValuesAreListedAndKept()
{
    // A deal without contact, quote or sender.
    Company company = sampleCompany(u"Sans Contact"_s);
    const auto companyId = CompanyRepository(db()).create(company);
    DB_CHECK(companyId);
    Deal deal = sampleDeal(*companyId, u"Hébergement"_s);
    const auto dealId = DealRepository(db()).create(deal);
    DB_CHECK(dealId);
    const auto values = TemplateRenderer(db()).valuesForDeal(*dealId, SmtpSettings{}, u"fr"_s);
    DB_CHECK(values);
    const auto tmpl = EmailTemplates(db()).find(u"silent-followup"_s, u"fr"_s);
    DB_CHECK(tmpl);
    const RenderedEmail r = TemplateRenderer::render(tmpl.value(), values.value());
    QVERIFY(!r.canSend());
    QVERIFY(r.unknown.isEmpty());
    QCOMPARE(r.empty, (QStringList{u"{contact.first_name}"_s, u"{quote.number}"_s,
                                   u"{quote.valid_until}"_s, u"{sender.name}"_s}));
    // Shown as written, never as a made-up value.
    QVERIFY(r.subject.startsWith(u"{contact.first_name}"_s));
    QVERIFY(r.body.contains(u"Sans Contact"_s));
    QVERIFY(!r.body.contains(u"[Prénom]"_s));

    // A value of only spaces counts as empty.
    const RenderedEmail blank = TemplateRenderer::render(
        EmailTemplate{u"x"_s, u"fr"_s, u"s"_s, u"{deal.title}"_s, false, {}},
        {{u"deal.title"_s, u"   "_s}});
    QCOMPARE(blank.empty, QStringList{u"{deal.title}"_s});
}

void TestEmailTemplates::unknownPlaceholderIsListed()
{
    const EmailTemplate t{u"x"_s,
                          u"fr"_s,
                          u"Bonjour {contact.firstname}"_s,
                          u"{deal.title} {contact.firstname} {foo.bar} {not a placeholder}"_s,
                          false,
                          {}};
    const RenderedEmail r = TemplateRenderer::render(t, {{u"deal.title"_s, u"D"_s}});
    QCOMPARE(r.unknown, (QStringList{u"{contact.firstname}"_s, u"{foo.bar}"_s}));
    QVERIFY(r.empty.isEmpty());
    QCOMPARE(r.problems().size(), 2);
    QCOMPARE(r.body, u"D {contact.firstname} {foo.bar} {not a placeholder}"_s);
}

void TestEmailTemplates::bothLanguages()
{
    const qint64 dealId = dealWithEverything();
    QVERIFY(dealId > 0);
    TemplateRenderer renderer(db());
    const auto fr = renderer.valuesForDeal(dealId, sender(), u"fr"_s);
    const auto en = renderer.valuesForDeal(dealId, sender(), u"en"_s);
    DB_CHECK(fr);
    DB_CHECK(en);
    QCOMPARE(fr->value(u"today"_s), u"2 mars 2026"_s);
    QCOMPARE(en->value(u"today"_s), u"2 March 2026"_s);
    EmailTemplates templates(db());
    for (const auto &key : EmailTemplates::keys()) {
        const RenderedEmail f = TemplateRenderer::render(*templates.find(key, u"fr"_s), *fr);
        const RenderedEmail e = TemplateRenderer::render(*templates.find(key, u"en"_s), *en);
        QVERIFY2(f.canSend(), qPrintable(key + f.problems().join(u' ')));
        QVERIFY2(e.canSend(), qPrintable(key + e.problems().join(u' ')));
        QVERIFY(f.subject != e.subject);
        QVERIFY(f.body.contains(u"Élodie"_s) || f.subject.contains(u"Élodie"_s));
    }
    const RenderedEmail silentEn =
        TemplateRenderer::render(*templates.find(u"silent-followup"_s, u"en"_s), *en);
    QVERIFY(silentEn.body.contains(u"valid until 1 April 2026"_s));
    const RenderedEmail inboundFr =
        TemplateRenderer::render(*templates.find(u"inbound-reply"_s, u"fr"_s), *fr);
    QVERIFY(inboundFr.body.startsWith(u"Bonjour Élodie,"_s));
    QVERIFY(inboundFr.body.contains(u"https://cal.com/lea"_s));
}

void TestEmailTemplates::editedTemplateOverridesAndResets()
{
    EmailTemplates templates(db());
    const EmailTemplate edited{
        u"nurture"_s, u"en"_s, u"Hi {contact.first_name}"_s, u"Still there, {company.name}?"_s,
        false,        {}};
    DB_CHECK(templates.save(edited));
    auto found = templates.find(u"nurture"_s, u"en"_s);
    DB_CHECK(found);
    QVERIFY(found->edited);
    QCOMPARE(found->subject, edited.subject);
    QCOMPARE(found->body, edited.body);
    QCOMPARE(found->updatedAt, fixedNow());
    // The other language is untouched.
    QVERIFY(!templates.find(u"nurture"_s, u"fr"_s)->edited);
    // Saved again: replaced.
    EmailTemplate again = edited;
    again.body = u"Second"_s;
    DB_CHECK(templates.save(again));
    QCOMPARE(templates.find(u"nurture"_s, u"en"_s)->body, u"Second"_s);
    QCOMPARE(countRows(db(), u"SELECT COUNT(*) FROM email_templates"_s), 1);

    DB_CHECK(templates.reset(u"nurture"_s, u"en"_s));
    found = templates.find(u"nurture"_s, u"en"_s);
    DB_CHECK(found);
    QVERIFY(!found->edited);
    QCOMPARE(found->body, EmailTemplates::builtIn(u"nurture"_s, u"en"_s)->body);
    DB_CHECK(templates.reset(u"nurture"_s, u"en"_s)); // nothing to reset: fine

    EmailTemplate empty = edited;
    empty.subject = u"  "_s;
    QVERIFY(!templates.save(empty));
}

void TestEmailTemplates::unknownKeyOrLanguageIsRefused()
{
    EmailTemplates templates(db());
    const auto noKey = templates.find(u"welcome"_s, u"fr"_s);
    QVERIFY(!noKey);
    QCOMPARE(noKey.errorKind(), ErrorKind::User);
    QVERIFY(noKey.errorMessage().contains(u"inbound-reply"_s));
    QVERIFY(!templates.find(u"nurture"_s, u"de"_s));
    QVERIFY(!EmailTemplates::builtIn(u"nurture"_s, u"de"_s));
}

void TestEmailTemplates::smtpSettingsRoundTrip()
{
    SmtpSettingsRepository repo(db());
    auto none = repo.load();
    DB_CHECK(none);
    QVERIFY(!none->has_value());
    SmtpSettings s = sender();
    s.userName = u"lea"_s;
    s.security = SmtpSettings::Security::Tls;
    s.port = 465;
    DB_CHECK(repo.save(s));
    const auto loaded = repo.load();
    DB_CHECK(loaded);
    QVERIFY(loaded->has_value());
    QCOMPARE((*loaded)->host, s.host);
    QCOMPARE((*loaded)->port, 465);
    QCOMPARE((*loaded)->security, SmtpSettings::Security::Tls);
    QCOMPARE((*loaded)->userName, u"lea"_s);
    QCOMPARE((*loaded)->secretKey(), u"smtp:lea@smtp.example.org"_s);
    QCOMPARE((*loaded)->bookingLink, s.bookingLink);

    SmtpSettings bad = s;
    bad.senderEmail = u"nope"_s;
    QVERIFY(!repo.save(bad));
    bad = s;
    bad.port = 70000;
    QVERIFY(!repo.save(bad));
    bad = s;
    bad.bookingLink = u"cal.com"_s;
    QVERIFY(!repo.save(bad));
}

void TestEmailTemplates::followUpsAnsweredByTemplates()
{
    QVERIFY(EmailFollowUp::answers(u"inbound-reply"_s, u"inbound-reply"_s));
    QVERIFY(EmailFollowUp::answers(u"post-demo"_s, u"post-demo:12"_s));
    QVERIFY(EmailFollowUp::answers(u"post-demo"_s, u"demo-recap:12"_s));
    QVERIFY(EmailFollowUp::answers(u"silent-followup"_s, u"silent:3"_s));
    QVERIFY(EmailFollowUp::answers(u"nurture"_s, u"recontact"_s));
    QVERIFY(!EmailFollowUp::answers(u"qualified-recap"_s, u"demo-prep:12"_s));
    QVERIFY(!EmailFollowUp::answers(u"post-demo"_s, u"demo-prep:12"_s));

    // A new inbound lead: the reply follow-up calls for the inbound reply, until it is done.
    const qint64 deal = dealWithEverything();
    QVERIFY(deal);
    const auto made = FollowUpRules::apply(db(), m_fx->clock.now());
    DB_CHECK(made);
    QCOMPARE(made->size(), 1);
    QCOMPARE(EmailFollowUp::suggestedTemplate(db(), deal).value(), u"inbound-reply"_s);
    const auto open = EmailFollowUp::openFollowUp(db(), deal, u"inbound-reply"_s);
    DB_CHECK(open);
    QVERIFY(open->has_value());
    QCOMPARE(open->value().id, made->first().id);
    QVERIFY(!EmailFollowUp::openFollowUp(db(), deal, u"post-demo"_s)->has_value());
    QVERIFY(ActivityRepository(db()).complete(made->first().id));
    QVERIFY(!EmailFollowUp::openFollowUp(db(), deal, u"inbound-reply"_s)->has_value());

    // Without an open follow-up, the stage decides.
    const qint64 company = DealRepository(db()).find(deal)->companyId;
    Deal qualified = sampleDeal(company, u"Qualified one"_s);
    qualified.stage = u"qualified"_s;
    DB_CHECK(DealRepository(db()).create(qualified));
    QCOMPARE(EmailFollowUp::suggestedTemplate(db(), qualified.id).value(), u"qualified-recap"_s);
    Deal proposal = sampleDeal(company, u"Proposal one"_s);
    proposal.stage = u"proposal"_s;
    DB_CHECK(DealRepository(db()).create(proposal));
    QCOMPARE(EmailFollowUp::suggestedTemplate(db(), proposal.id).value(), u"silent-followup"_s);
}

QTEST_GUILESS_MAIN(TestEmailTemplates)
#include "tst_emailtemplates.moc"
