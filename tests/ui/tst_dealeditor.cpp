#include "dealeditordialog.h"
#include "i18n.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/eventlog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

template<typename W = QWidget>
W *child(DealEditorDialog &dialog, const QString &name)
{
    return dialog.findChild<W *>(name);
}

// Types at the cursor as a user would (QTest types ASCII only: the rest is inserted).
void type(QLineEdit *edit, const QString &text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c < u'\x80'; });
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

// Replaces what a user would select and type in a line edit.
void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    type(edit, text);
}

// Spaces of any kind (French groups digits with a narrow no-break space) as plain spaces.
QString plainSpaces(QString text)
{
    for (QChar &c : text)
        if (c.isSpace())
            c = u' ';
    return text;
}

} // namespace

class TestDealEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void editsAnExistingDeal();
    void createsWithNewCompanyAndContact();
    void refusesEmptyTitleAndBadAmount();
    void cancelReturnsNothing();
    void showsTheHistory();
    void frenchAmounts();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_companyId = 0;
    qint64 m_contactId = 0;
    Deal m_deal;
};

void TestDealEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(u"en"_s);
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(u"editor.db"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_db->setActor(u"claire"_s);

    Company company;
    company.name = u"Agence Élan"_s;
    company.segment = u"agency"_s;
    const Result<qint64> companyId = CompanyRepository(*m_db).create(company);
    QVERIFY2(companyId.ok(), qPrintable(companyId.errorMessage()));
    m_companyId = *companyId;
    Contact contact;
    contact.companyId = m_companyId;
    contact.name = u"Marc Petit"_s;
    contact.email = u"marc@elan.fr"_s;
    const Result<qint64> contactId = ContactRepository(*m_db).create(contact);
    QVERIFY2(contactId.ok(), qPrintable(contactId.errorMessage()));
    m_contactId = *contactId;

    Deal deal;
    deal.title = u"Multi-project hosting"_s;
    deal.companyId = m_companyId;
    deal.contactId = m_contactId;
    deal.mrr = Money::fromUnits(1800);
    deal.stage = u"lead"_s;
    deal.owner = u"claire"_s;
    const Result<qint64> dealId = DealRepository(*m_db).create(deal);
    QVERIFY2(dealId.ok(), qPrintable(dealId.errorMessage()));
    const Result<Deal> stored = DealRepository(*m_db).find(*dealId);
    QVERIFY(stored.ok());
    m_deal = *stored;
}

void TestDealEditor::cleanup()
{
    DealEditorDialog::setTestHook({});
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDealEditor::editsAnExistingDeal()
{
    QString title, company, mrr, stage, okText;
    qint64 contact = -2;
    bool titleHasFocus = false;
    bool stageIsReadOnly = false;
    DealEditorDialog::setTestHook([&](DealEditorDialog &dialog) {
        auto *titleEdit = child<QLineEdit>(dialog, u"dealTitle"_s);
        auto *mrrEdit = child<QLineEdit>(dialog, u"dealMrr"_s);
        title = titleEdit->text();
        company = child<QComboBox>(dialog, u"dealCompany"_s)->currentText();
        contact = child<QComboBox>(dialog, u"dealContact"_s)->currentData().toLongLong();
        mrr = mrrEdit->text();
        stage = child<QLabel>(dialog, u"dealStage"_s)
                    ? child<QLabel>(dialog, u"dealStage"_s)->text()
                    : QString();
        stageIsReadOnly = !child<QComboBox>(dialog, u"dealStage"_s);
        titleHasFocus = dialog.focusWidget() == titleEdit;
        okText = child<QPushButton>(dialog, u"dealEditorOk"_s)->text();
        retype(titleEdit, u"Multi-project hosting, phase 2"_s);
        retype(mrrEdit, u"2,500"_s);
        QTest::keyClick(titleEdit, Qt::Key_Return); // Enter is OK
    });
    const std::optional<DealDraft> draft = DealEditorDialog::edit(*m_db, &m_deal, nullptr);
    QCOMPARE(title, u"Multi-project hosting"_s);
    QCOMPARE(company, u"Agence Élan"_s);
    QCOMPARE(contact, m_contactId);
    QCOMPARE(mrr, u"€1,800"_s);
    QCOMPARE(stage, u"Lead"_s);
    QVERIFY(stageIsReadOnly);
    QVERIFY(titleHasFocus);
    QCOMPARE(okText, u"Save"_s);
    QVERIFY(draft.has_value());
    QCOMPARE(draft->deal.id, m_deal.id);
    QCOMPARE(draft->deal.title, u"Multi-project hosting, phase 2"_s);
    QCOMPARE(draft->deal.mrr.cents(), qint64(250000));
    QCOMPARE(draft->deal.companyId, m_companyId);
    QCOMPARE(draft->deal.contactId, m_contactId);
    QCOMPARE(draft->deal.contactName, u"Marc Petit"_s);
    QCOMPARE(draft->deal.stage, u"lead"_s);
    QVERIFY(!draft->newCompany);
    QVERIFY(!draft->newContact);
    // The dialog wrote nothing.
    QCOMPARE(DealRepository(*m_db).find(m_deal.id)->title, u"Multi-project hosting"_s);
}

void TestDealEditor::createsWithNewCompanyAndContact()
{
    bool okAtOpen = true, errorAtOpen = true, segmentAtOpen = true, segmentShown = false;
    bool okWithBadEmail = true, okWithGoodEmail = false;
    QString badEmailError, segment, stage, okTipAtOpen;
    DealEditorDialog::setTestHook([&](DealEditorDialog &dialog) {
        auto *ok = child<QPushButton>(dialog, u"dealEditorOk"_s);
        auto *error = child<QLabel>(dialog, u"dealEditorError"_s);
        auto *segmentBox = child<QComboBox>(dialog, u"newCompanySegment"_s);
        okAtOpen = ok->isEnabled();
        okTipAtOpen = ok->toolTip();
        errorAtOpen = error->isVisibleTo(&dialog);
        segmentAtOpen = segmentBox->isVisibleTo(&dialog);
        stage = child<QComboBox>(dialog, u"dealStage"_s)->currentData().toString();
        QTest::keyClicks(child<QLineEdit>(dialog, u"dealTitle"_s), u"Backup offer"_s);
        QTest::keyClicks(child<QComboBox>(dialog, u"dealCompany"_s)->lineEdit(), u"Studio Nova"_s);
        segmentShown = segmentBox->isVisibleTo(&dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, u"dealMrr"_s), u"300"_s);
        segment = segmentBox->currentData().toString();
        auto *contact = child<QComboBox>(dialog, u"dealContact"_s);
        contact->setCurrentIndex(contact->findData(qint64(-1)));
        type(child<QLineEdit>(dialog, u"newContactName"_s), u"Léa Dupont"_s);
        auto *email = child<QLineEdit>(dialog, u"newContactEmail"_s);
        QTest::keyClicks(email, u"lea@nova"_s);
        okWithBadEmail = ok->isEnabled();
        badEmailError = error->isVisibleTo(&dialog) ? error->text() : QString();
        QTest::keyClicks(email, u".fr"_s);
        okWithGoodEmail = ok->isEnabled();
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    const std::optional<DealDraft> draft = DealEditorDialog::edit(*m_db, nullptr, nullptr);
    QVERIFY(!okAtOpen);    // nothing typed yet: OK waits for a title and a company
    QVERIFY(!errorAtOpen); // … without opening in red, but says why on OK
    QVERIFY2(okTipAtOpen.contains(u"title"_s), qPrintable(okTipAtOpen));
    QVERIFY(!segmentAtOpen); // the segment is asked only for a new company
    QVERIFY(segmentShown);
    QCOMPARE(stage, u"lead"_s);
    QCOMPARE(segment, u"tpe"_s); // the playbook's suggestion for 300 €
    QVERIFY(!okWithBadEmail);
    QVERIFY2(badEmailError.contains(u"email"_s), qPrintable(badEmailError));
    QVERIFY2(badEmailError.contains(u"lea@nova"_s), qPrintable(badEmailError));
    QVERIFY(okWithGoodEmail);
    QVERIFY(draft.has_value());
    QCOMPARE(draft->deal.id, qint64(0));
    QCOMPARE(draft->deal.companyId, qint64(0));
    QCOMPARE(draft->deal.contactId, qint64(0));
    QCOMPARE(draft->deal.title, u"Backup offer"_s);
    QCOMPARE(draft->deal.mrr.cents(), qint64(30000));
    QCOMPARE(draft->deal.stage, u"lead"_s);
    QCOMPARE(draft->deal.owner, u"claire"_s);
    QVERIFY(draft->newCompany.has_value());
    QCOMPARE(draft->newCompany->name, u"Studio Nova"_s);
    QCOMPARE(draft->newCompany->segment, u"tpe"_s);
    QVERIFY(draft->newContact.has_value());
    QCOMPARE(draft->newContact->name, u"Léa Dupont"_s);
    QCOMPARE(draft->newContact->email, u"lea@nova.fr"_s);
    QCOMPARE(draft->newContact->companyId, qint64(0));
    // Typing an existing company's name in another case picks that company.
    DealEditorDialog::setTestHook([&](DealEditorDialog &dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, u"dealTitle"_s), u"Second site"_s);
        QLineEdit *company = child<QComboBox>(dialog, u"dealCompany"_s)->lineEdit();
        type(company, u"agence élan"_s);
        QTest::keyClick(company, Qt::Key_Enter); // Enter in the company field is OK too
    });
    const std::optional<DealDraft> existing = DealEditorDialog::edit(*m_db, nullptr, nullptr);
    QVERIFY(existing.has_value());
    QCOMPARE(existing->deal.companyId, m_companyId);
    QCOMPARE(existing->deal.contactId, m_contactId); // the company's first contact
    QVERIFY(!existing->newCompany);
}

void TestDealEditor::refusesEmptyTitleAndBadAmount()
{
    bool okEnabled = true, titleRefused = false, amountRefused = false;
    QString error;
    DealEditorDialog::setTestHook([&](DealEditorDialog &dialog) {
        auto *ok = child<QPushButton>(dialog, u"dealEditorOk"_s);
        retype(child<QLineEdit>(dialog, u"dealTitle"_s), QString());
        retype(child<QLineEdit>(dialog, u"dealMrr"_s), u"abc"_s);
        okEnabled = ok->isEnabled();
        error = child<QLabel>(dialog, u"dealEditorError"_s)->text();
        QTest::mouseClick(ok, Qt::LeftButton); // disabled: nothing happens
        titleRefused = dialog.isVisible();
        retype(child<QLineEdit>(dialog, u"dealMrr"_s), u"-5"_s);
        amountRefused = dialog.problems().join(u' ').contains(u"negative"_s);
    });
    const std::optional<DealDraft> draft = DealEditorDialog::edit(*m_db, &m_deal, nullptr);
    QVERIFY(!okEnabled);
    QVERIFY2(error.contains(u"title"_s), qPrintable(error));
    QVERIFY2(error.contains(u"MRR"_s) && error.contains(u"abc"_s), qPrintable(error));
    QVERIFY(titleRefused);
    QVERIFY(amountRefused);
    QVERIFY(!draft); // left open by the hook: cancelled
}

void TestDealEditor::cancelReturnsNothing()
{
    DealEditorDialog::setTestHook([](DealEditorDialog &dialog) {
        retype(child<QLineEdit>(dialog, u"dealTitle"_s), u"Changed"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"dealEditorCancel"_s), Qt::LeftButton);
    });
    QVERIFY(!DealEditorDialog::edit(*m_db, &m_deal, nullptr));
    DealEditorDialog::setTestHook([](DealEditorDialog &dialog) {
        retype(child<QLineEdit>(dialog, u"dealTitle"_s), u"Changed"_s);
        QTest::keyClick(&dialog, Qt::Key_Escape);
    });
    QVERIFY(!DealEditorDialog::edit(*m_db, nullptr, nullptr));
    QCOMPARE(DealRepository(*m_db).find(m_deal.id)->title, u"Multi-project hosting"_s);
}

void TestDealEditor::showsTheHistory()
{
    Deal changed = m_deal;
    changed.title = u"Hosting and backups"_s;
    changed.mrr = Money::fromUnits(2500);
    QVERIFY(DealRepository(*m_db).update(changed).ok());
    QVERIFY(DealRepository(*m_db).move(m_deal.id, u"qualified"_s).ok());
    // An undone change is not part of what the deal went through.
    Deal undone = *DealRepository(*m_db).find(m_deal.id);
    undone.nextStep = u"Call on Tuesday"_s;
    QVERIFY(DealRepository(*m_db).update(undone).ok());
    const Result<qint64> nextStepEvent = EventLog(*m_db).lastId();
    QVERIFY(nextStepEvent.ok());
    Event marker;
    marker.entity = u"deal"_s;
    marker.entityId = m_deal.id;
    marker.kind = Event::Kind::Undone;
    marker.detail = QString::number(*nextStepEvent);
    QVERIFY(EventLog(*m_db).append(marker).ok());
    const Deal current = *DealRepository(*m_db).find(m_deal.id);
    QStringList lines;
    DealEditorDialog::setTestHook([&](DealEditorDialog &dialog) {
        auto *history = child<QListWidget>(dialog, u"dealHistory"_s);
        for (int i = 0; history && i < history->count(); ++i)
            lines << history->item(i)->text();
    });
    QVERIFY(!DealEditorDialog::edit(*m_db, &current, nullptr));
    const QString all = lines.join(u'\n');
    QCOMPARE(lines.size(), 4); // created, title, MRR, moved
    for (const QString &line : std::as_const(lines))
        QVERIFY2(line.count(u" · "_s) == 2 && line.contains(u" · claire · "_s), qPrintable(line));
    QVERIFY2(lines.last().endsWith(u"Created in Lead"_s), qPrintable(all)); // newest first
    QVERIFY2(lines.first().endsWith(u"Moved from Lead to Qualified"_s), qPrintable(all));
    QVERIFY2(all.contains(u"Title: “Multi-project hosting” → “Hosting and backups”"_s),
             qPrintable(all));
    QVERIFY2(all.contains(u"MRR: €1,800 → €2,500"_s), qPrintable(all));
    QVERIFY2(!all.contains(u"Tuesday"_s) && !all.contains(u"Undid"_s), qPrintable(all));
    m_deal = current;
}

void TestDealEditor::frenchAmounts()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QString shown, reformatted;
    DealEditorDialog::setTestHook([&](DealEditorDialog &dialog) {
        auto *mrr = child<QLineEdit>(dialog, u"dealMrr"_s);
        shown = mrr->text();
        retype(mrr, u"3 200,5"_s);
        Q_EMIT mrr->editingFinished(); // leaving the field shows the locale's format
        reformatted = mrr->text();
        QTest::mouseClick(child<QPushButton>(dialog, u"dealEditorOk"_s), Qt::LeftButton);
    });
    const std::optional<DealDraft> draft = DealEditorDialog::edit(*m_db, &m_deal, nullptr);
    QCOMPARE(plainSpaces(shown), u"2 500 €"_s);
    QCOMPARE(plainSpaces(reformatted), u"3 200,50 €"_s);
    QVERIFY(draft.has_value());
    QCOMPARE(draft->deal.mrr.cents(), qint64(320050));
}

QTEST_MAIN(TestDealEditor)
#include "tst_dealeditor.moc"
