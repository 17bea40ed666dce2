// Settings ▸ Email templates in the real main window (issue 7): a template edited with a
// placeholder inserted, its live preview pointing at what a deal cannot fill, save, undo and
// redo, and "Reset to the built-in text" asking first and undone.

#include "emailwindowfixture.h"

using namespace dealboard;
using namespace dealboard::test;

class TestEmailTemplateEditor : public QObject, public EmailWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpApplication("tst_emailtemplateeditor", &m_secrets); }
    void init() { openWindow(); }
    void cleanup() { m_window.reset(); }
    void templateEditedAndUndone();
};

void TestEmailTemplateEditor::templateEditedAndUndone()
{
    m_window->showSection(MainWindow::Section::Settings);
    auto *editor = child<EmailTemplateEditor>(*m_window, "emailTemplateEditor");
    QVERIFY(editor);
    editor->choose(u"post-demo"_s, u"en"_s);
    auto *subject = child<QLineEdit>(*editor, "templateSubject");
    auto *body = child<QPlainTextEdit>(*editor, "templateBody");
    QCOMPARE(subject->text(), u"Following our call – {deal.title}"_s);
    QCOMPARE(child<QLabel>(*editor, "templateState")->text(), u"Built-in"_s);
    // The preview fills from the deal and points at what it cannot fill.
    QVERIFY(editor->previewProblems().contains(u"{booking_link}"_s));
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    editor->insertPlaceholder(u"{deal.titel}"_s);
    QVERIFY(editor->previewProblems().contains(u"{deal.titel}"_s));
    QVERIFY(editor->previewHtml().contains(u"{deal.titel}"_s));
    subject->setText(u"After the demo – {deal.title}"_s);
    QVERIFY(editor->save());
    EmailTemplates templates(*m_window->database());
    QCOMPARE(templates.find(u"post-demo"_s, u"en"_s)->subject, u"After the demo – {deal.title}"_s);
    QCOMPARE(child<QLabel>(*editor, "templateState")->text(), u"Edited"_s);

    m_window->undoStack()->undo();
    QVERIFY(!templates.find(u"post-demo"_s, u"en"_s)->edited);
    QCOMPARE(subject->text(), u"Following our call – {deal.title}"_s);
    m_window->undoStack()->redo();
    QVERIFY(templates.find(u"post-demo"_s, u"en"_s)->edited);

    // Reset asks first; undo brings the edit back.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!editor->resetToBuiltIn());
    QVERIFY(templates.find(u"post-demo"_s, u"en"_s)->edited);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(editor->resetToBuiltIn());
    QVERIFY(!templates.find(u"post-demo"_s, u"en"_s)->edited);
    m_window->undoStack()->undo();
    QCOMPARE(templates.find(u"post-demo"_s, u"en"_s)->subject, u"After the demo – {deal.title}"_s);
    screenshot(*editor, u"email-templates-en"_s);
}

QTEST_MAIN(TestEmailTemplateEditor)
#include "tst_emailtemplateeditor.moc"
