#include "clock.h"
#include "discoveryscriptpanel.h"
#include "i18n.h"
#include "playbook/playbook.h"
#include "qualificationdialog.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

template<typename W = QWidget>
W *child(QualificationDialog &dialog, const QString &name)
{
    return dialog.findChild<W *>(name);
}

QString text(QualificationDialog &dialog, const QString &name)
{
    auto *label = child<QLabel>(dialog, name);
    return label ? label->text() : u"<no %1>"_s.arg(name);
}

// Budget, authority, need, timeline, fit.
void score(QualificationDialog &dialog, const QList<std::optional<int>> &scores)
{
    const QStringList keys = {u"budget"_s, u"authority"_s, u"need"_s, u"timeline"_s, u"fit"_s};
    for (qsizetype i = 0; i < keys.size(); ++i)
        dialog.setScore(keys.at(i), scores.value(i));
}

QStringList comboItems(QComboBox *combo)
{
    QStringList items;
    for (int i = 0; combo && i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

} // namespace

class TestQualificationDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void prefillsWhatIsKnown();
    void totalAndBand_data();
    void totalAndBand();
    void partialAnswers();
    void followUpsFollowTheBand();
    void draftCarriesAnswers();
    void cancelReturnsNothing();
    void timerHighlightsThePart();
    void englishAndFrenchLabels();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<ScopedClock> m_scopedClock;
    Deal m_deal;
};

void TestQualificationDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(u"en"_s);
    m_scopedClock = std::make_unique<ScopedClock>(m_clock);
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(u"qual.db"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_db->setActor(u"claire"_s);

    Company company;
    company.name = u"Agence Élan"_s;
    company.source = u"Webinar"_s;
    const Result<qint64> companyId = CompanyRepository(*m_db).create(company);
    QVERIFY2(companyId.ok(), qPrintable(companyId.errorMessage()));
    Contact contact;
    contact.companyId = *companyId;
    contact.name = u"Marc Petit"_s;
    contact.email = u"marc@elan.fr"_s;
    contact.phone = u"+33 6 12 34 56 78"_s;
    contact.role = u"CTO"_s;
    contact.linkedin = u"https://linkedin.com/in/marcpetit"_s;
    const Result<qint64> contactId = ContactRepository(*m_db).create(contact);
    QVERIFY2(contactId.ok(), qPrintable(contactId.errorMessage()));

    Deal deal;
    deal.title = u"Multi-project hosting"_s;
    deal.companyId = *companyId;
    deal.contactId = *contactId;
    deal.stage = u"lead"_s;
    deal.owner = u"claire"_s;
    const Result<qint64> dealId = DealRepository(*m_db).create(deal);
    QVERIFY2(dealId.ok(), qPrintable(dealId.errorMessage()));
    const Result<Deal> stored = DealRepository(*m_db).find(*dealId);
    QVERIFY(stored.ok());
    m_deal = *stored;
}

void TestQualificationDialog::cleanup()
{
    QualificationDialog::setTestHook({});
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestQualificationDialog::prefillsWhatIsKnown()
{
    QualificationDialog dialog(*m_db, m_deal);
    QCOMPARE(dialog.objectName(), u"qualificationDialog"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"answer_fullName"_s)->text(), u"Marc Petit"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"answer_email"_s)->text(), u"marc@elan.fr"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"answer_phone"_s)->text(), u"+33 6 12 34 56 78"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"answer_role"_s)->text(), u"CTO"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"answer_linkedin"_s)->text(),
             u"https://linkedin.com/in/marcpetit"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"answer_company"_s)->text(), u"Agence Élan"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"answer_source"_s)->text(), u"Webinar"_s);
    QVERIFY(child(dialog, u"discoveryScript"_s));
    QVERIFY(child(dialog, u"followUps"_s));
    // Nothing answered yet: no band, OK disabled.
    QCOMPARE(dialog.answeredCount(), 0);
    QCOMPARE(dialog.total(), 0);
    QVERIFY(dialog.bandKey().isEmpty());
    QVERIFY(!child<QWidget>(dialog, u"qualificationOk"_s)->isEnabled());
    // Every criterion of the playbook has a combo with "Not answered" first.
    for (const BantCriterion &c : m_db->playbook().bantCriteria()) {
        auto *combo = child<QComboBox>(dialog, u"bant_"_s + c.key);
        QVERIFY2(combo, qPrintable(c.key));
        QCOMPARE(combo->count(), c.levels.size() + 1);
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(text(dialog, u"bantQuestions_"_s + c.key).contains(c.questions.first().text()));
    }
}

void TestQualificationDialog::totalAndBand_data()
{
    QTest::addColumn<QList<int>>("scores");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("band");
    QTest::newRow("4") << QList<int>{1, 1, 1, 1, 0} << 4 << u"cold"_s;
    QTest::newRow("5") << QList<int>{1, 1, 1, 1, 1} << 5 << u"cold"_s;
    QTest::newRow("6") << QList<int>{1, 1, 1, 1, 2} << 6 << u"cool"_s;
    QTest::newRow("9") << QList<int>{2, 2, 2, 1, 2} << 9 << u"cool"_s;
    QTest::newRow("10") << QList<int>{2, 2, 2, 2, 2} << 10 << u"warm"_s;
    QTest::newRow("13") << QList<int>{3, 3, 3, 2, 2} << 13 << u"warm"_s;
    QTest::newRow("14") << QList<int>{3, 3, 3, 3, 2} << 14 << u"hot"_s;
    QTest::newRow("19") << QList<int>{4, 4, 4, 4, 3} << 19 << u"hot"_s;
}

void TestQualificationDialog::totalAndBand()
{
    QFETCH(QList<int>, scores);
    QFETCH(int, total);
    QFETCH(QString, band);
    QualificationDialog dialog(*m_db, m_deal);
    // Through the combos, as a user would.
    const QStringList keys = {u"budget"_s, u"authority"_s, u"need"_s, u"timeline"_s, u"fit"_s};
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto *combo = child<QComboBox>(dialog, u"bant_"_s + keys.at(i));
        combo->setCurrentIndex(combo->findData(scores.at(i)));
    }
    QCOMPARE(dialog.answeredCount(), 5);
    QCOMPARE(dialog.total(), total);
    QCOMPARE(dialog.bandKey(), band);
    const Playbook &playbook = m_db->playbook();
    int max = 0;
    for (const BantCriterion &c : playbook.bantCriteria())
        max += c.max;
    QCOMPARE(max, 19);
    QVERIFY2(text(dialog, u"bantTotal"_s).contains(u"%1/%2"_s.arg(total).arg(max)),
             qPrintable(text(dialog, u"bantTotal"_s)));
    QVERIFY(!text(dialog, u"bantTotal"_s).contains(u"not answered"_s));
    const BantBand *expected = playbook.bandFor(total);
    QVERIFY(expected);
    QCOMPARE(text(dialog, u"bantBand"_s), expected->name.text());
    QCOMPARE(text(dialog, u"bantNextStep"_s), expected->nextStep.text());
    QVERIFY(child<QWidget>(dialog, u"qualificationOk"_s)->isEnabled());
}

void TestQualificationDialog::partialAnswers()
{
    QualificationDialog dialog(*m_db, m_deal);
    score(dialog, {4, 4, 3, std::nullopt, std::nullopt});
    QCOMPARE(dialog.answeredCount(), 3);
    QCOMPARE(dialog.total(), 11);
    QCOMPARE(dialog.bandKey(), u"warm"_s);
    const QString summary = text(dialog, u"bantTotal"_s);
    QVERIFY2(summary.contains(u"11/19"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"2 criteri"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"not answered"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Lead → Qualified"_s), qPrintable(summary));
    // Back to "Not answered" through the helper.
    dialog.setScore(u"need"_s, std::nullopt);
    QCOMPARE(dialog.answeredCount(), 2);
    QCOMPARE(dialog.total(), 8);
    score(dialog, {4, 4, 3, 2, 1});
    QCOMPARE(dialog.answeredCount(), 5);
    QVERIFY(!text(dialog, u"bantTotal"_s).contains(u"not answered"_s));
}

void TestQualificationDialog::followUpsFollowTheBand()
{
    const QDate today = m_clock.now().toLocalTime().date();
    QualificationDialog dialog(*m_db, m_deal);
    auto *markLost = child<QCheckBox>(dialog, u"markLostNoFit"_s);
    QVERIFY(markLost);
    QVERIFY(markLost->isHidden());
    QVERIFY(!child(dialog, u"followUpTitle_0"_s));

    score(dialog, {4, 4, 4, 4, 3}); // Hot
    const BantBand *hot = m_db->playbook().bandFor(19);
    QVERIFY(hot && hot->followUpDays);
    QVERIFY(child(dialog, u"followUpTitle_0"_s));
    QVERIFY(!child(dialog, u"followUpTitle_1"_s));
    const QDate due = child<QDateEdit>(dialog, u"followUpDue_0"_s)->date();
    QVERIFY2(due >= today && due <= today.addDays(*hot->followUpDays), qPrintable(due.toString()));
    QVERIFY(markLost->isHidden());
    QCOMPARE(dialog.draft().followUps.size(), 1);

    score(dialog, {2, 2, 1, 1, 1}); // Cool: the email sequence and a requalification
    QCOMPARE(dialog.bandKey(), u"cool"_s);
    QVERIFY(child(dialog, u"followUpTitle_1"_s));
    QVERIFY(!child(dialog, u"followUpTitle_2"_s));
    QVERIFY(markLost->isHidden());
    QCOMPARE(dialog.draft().followUps.size(), 2);
    // Dropping one and editing the other.
    child<QCheckBox>(dialog, u"followUpKeep_0"_s)->setChecked(false);
    auto *title = child<QLineEdit>(dialog, u"followUpTitle_1"_s);
    title->setText(u"Requalify after their budget review"_s);
    child<QDateEdit>(dialog, u"followUpDue_1"_s)->setDate(today.addDays(40));
    QList<Activity> kept = dialog.draft().followUps;
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().title, u"Requalify after their budget review"_s);
    QCOMPARE(kept.first().due, today.addDays(40));
    QCOMPARE(kept.first().dealId, m_deal.id);

    score(dialog, {1, 1, 1, 1, 0}); // Cold: disqualify, offer to mark the deal lost
    QCOMPARE(dialog.bandKey(), u"cold"_s);
    QVERIFY(!markLost->isHidden());
    QVERIFY(!markLost->isChecked());
    QVERIFY(!dialog.draft().markLostNoFit);
    markLost->setChecked(true);
    QVERIFY(dialog.draft().markLostNoFit);
    QVERIFY(child(dialog, u"followUpTitle_0"_s));

    score(dialog, {2, 2, 2, 2, 2}); // Warm again: no more lost offer
    QVERIFY(markLost->isHidden());
    QVERIFY(!dialog.draft().markLostNoFit);
}

void TestQualificationDialog::draftCarriesAnswers()
{
    QualificationDialog::setTestHook([](QualificationDialog &dialog) {
        score(dialog, {3, std::nullopt, 4, 2, std::nullopt});
        child<QLineEdit>(dialog, u"answer_phone"_s)->setText(u"+33 1 23 45 67 89"_s);
        child<QLineEdit>(dialog, u"answer_mainProblem"_s)->setText(u"Outages at peak"_s);
        child<QLineEdit>(dialog, u"answer_currentBudget"_s)->setText(u"800 €/month"_s);
        child<QSpinBox>(dialog, u"answer_urgency"_s)->setValue(8);
        child<QCheckBox>(dialog, u"answer_icpFit"_s)->setChecked(true);
        auto *role = child<QComboBox>(dialog, u"answer_decisionRole"_s);
        role->setCurrentIndex(role->findData(u"decision-maker"_s));
        dialog.script()->setElapsedSeconds(300);
        dialog.accept();
    });
    const std::optional<QualificationDraft> draft =
        QualificationDialog::ask(*m_db, m_deal, nullptr);
    QVERIFY(draft.has_value());
    const Qualification &q = draft->qualification;
    QCOMPARE(q.dealId, m_deal.id);
    QCOMPARE(q.at, m_clock.now());
    QCOMPARE(q.budget, 3);
    QCOMPARE(q.authority, 0);
    QCOMPARE(q.need, 4);
    QCOMPARE(q.timeline, 2);
    QCOMPARE(q.fit, 0);
    QCOMPARE(q.unanswered, (QStringList{u"authority"_s, u"fit"_s}));
    QVERIFY(!q.isComplete());
    QCOMPARE(q.total(), 9);
    QCOMPARE(q.answers.value(u"fullName"_s).toString(), u"Marc Petit"_s);
    QCOMPARE(q.answers.value(u"phone"_s).toString(), u"+33 1 23 45 67 89"_s);
    QCOMPARE(q.answers.value(u"mainProblem"_s).toString(), u"Outages at peak"_s);
    QCOMPARE(q.answers.value(u"currentBudget"_s).toString(), u"800 €/month"_s);
    QCOMPARE(q.answers.value(u"urgency"_s).toInt(), 8);
    QCOMPARE(q.answers.value(u"icpFit"_s).toBool(), true);
    QCOMPARE(q.answers.value(u"decisionRole"_s).toString(), u"decision-maker"_s);
    QCOMPARE(q.answers.value(u"callSeconds"_s).toInt(), 300);
    // Every checklist line has its key, answered or not.
    for (const QString &key :
         {u"email"_s, u"company"_s, u"role"_s, u"linkedin"_s, u"source"_s, u"currentSetup"_s,
          u"infraSize"_s, u"techTeam"_s, u"impact"_s, u"useCase"_s, u"decisionProcess"_s,
          u"stakeholders"_s, u"decisionTimeline"_s, u"availableBudget"_s, u"budgetApprover"_s,
          u"redFlags"_s, u"upsell"_s})
        QVERIFY2(q.answers.contains(key), qPrintable(key));
    QCOMPARE(draft->contactUpdates.id, m_deal.contactId);
    QCOMPARE(draft->contactUpdates.phone, u"+33 1 23 45 67 89"_s);
    QCOMPARE(draft->contactUpdates.decisionRole, u"decision-maker"_s);
    QCOMPARE(draft->companyUpdates.id, m_deal.companyId);
    QCOMPARE(draft->companyUpdates.name, u"Agence Élan"_s);
    QCOMPARE(draft->followUps.size(), 2); // 9: Cool
    QVERIFY(!draft->markLostNoFit);
}

void TestQualificationDialog::cancelReturnsNothing()
{
    QualificationDialog::setTestHook([](QualificationDialog &dialog) {
        score(dialog, {4, 4, 4, 4, 3});
    });
    QVERIFY(!QualificationDialog::ask(*m_db, m_deal, nullptr).has_value());
    QualificationDialog::setTestHook([](QualificationDialog &dialog) { dialog.reject(); });
    QVERIFY(!QualificationDialog::ask(*m_db, m_deal, nullptr).has_value());
}

void TestQualificationDialog::timerHighlightsThePart()
{
    QualificationDialog dialog(*m_db, m_deal);
    DiscoveryScriptPanel *script = dialog.script();
    auto *timer = child<QLabel>(dialog, u"callTimer"_s);
    QVERIFY(timer);
    QCOMPARE(timer->text(), u"00:00"_s);
    QCOMPARE(script->currentPart(), 0);
    QVERIFY(child<QFrame>(dialog, u"callPart_0"_s)->property("current").toBool());
    for (const QString &name : {u"callStart"_s, u"callPause"_s, u"callReset"_s})
        QVERIFY2(child(dialog, name), qPrintable(name));
    QCOMPARE(script->partCount(), 4);
    QVERIFY(text(dialog, u"callQuestion_0"_s).contains(u"VMCloud"_s));
    QVERIFY(child(dialog, u"callQuestion_4"_s));

    script->setElapsedSeconds(119);
    QCOMPARE(script->currentPart(), 0);
    script->setElapsedSeconds(120); // 2 min: the BANT+ questions
    QCOMPARE(timer->text(), u"02:00"_s);
    QCOMPARE(script->currentPart(), 1);
    QVERIFY(child<QFrame>(dialog, u"callPart_1"_s)->property("current").toBool());
    QVERIFY(!child<QFrame>(dialog, u"callPart_0"_s)->property("current").toBool());
    script->setElapsedSeconds(10 * 60); // 2 + 8: qualify the fit
    QCOMPARE(script->currentPart(), 2);
    script->setElapsedSeconds(13 * 60 + 5); // 2 + 8 + 3: next steps
    QCOMPARE(timer->text(), u"13:05"_s);
    QCOMPARE(script->currentPart(), 3);
    script->setElapsedSeconds(20 * 60); // over time: stays on the last part
    QCOMPARE(script->currentPart(), 3);

    // Start / pause / reset through the buttons.
    script->setElapsedSeconds(0);
    QTest::mouseClick(child<QWidget>(dialog, u"callStart"_s), Qt::LeftButton);
    QVERIFY(script->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(script->elapsedSeconds() >= 1, 3000);
    QTest::mouseClick(child<QWidget>(dialog, u"callPause"_s), Qt::LeftButton);
    QVERIFY(!script->isRunning());
    const int paused = script->elapsedSeconds();
    QTest::qWait(1100);
    QCOMPARE(script->elapsedSeconds(), paused);
    QTest::mouseClick(child<QWidget>(dialog, u"callReset"_s), Qt::LeftButton);
    QCOMPARE(script->elapsedSeconds(), 0);
    QCOMPARE(timer->text(), u"00:00"_s);
}

void TestQualificationDialog::englishAndFrenchLabels()
{
    const BantCriterion *authority = nullptr;
    for (const BantCriterion &c : m_db->playbook().bantCriteria())
        if (c.key == u"authority"_s)
            authority = &c;
    QVERIFY(authority);
    const BantLevel &decisionMaker = authority->levels.at(2);
    QCOMPARE(decisionMaker.label.fr, u"Décideur"_s);
    {
        installTranslations(u"en"_s);
        QualificationDialog dialog(*m_db, m_deal);
        const QString items = comboItems(child<QComboBox>(dialog, u"bant_authority"_s)).join(u'|');
        QVERIFY2(items.contains(decisionMaker.label.en), qPrintable(items));
        QVERIFY2(!items.contains(u"Décideur"_s), qPrintable(items));
        QCOMPARE(text(dialog, u"bantName_authority"_s), authority->name.en);
    }
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QualificationDialog dialog(*m_db, m_deal);
        const QString items = comboItems(child<QComboBox>(dialog, u"bant_authority"_s)).join(u'|');
        QVERIFY2(items.contains(u"Décideur"_s), qPrintable(items));
        QCOMPARE(text(dialog, u"bantName_authority"_s), authority->name.fr);
        QVERIFY(text(dialog, u"bantQuestions_authority"_s).contains(u"Rôle du contact ?"_s));
        score(dialog, {4, 4, 4, 4, 3});
        QCOMPARE(text(dialog, u"bantBand"_s), m_db->playbook().bandFor(19)->name.fr);
    }
    installTranslations(u"en"_s);
}

QTEST_MAIN(TestQualificationDialog)
#include "tst_qualificationdialog.moc"
