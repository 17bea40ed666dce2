#pragma once

#include "email/emailtemplate.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QUndoCommand;
class QUndoStack;

namespace dealboard {

class Database;
class DealStore;

// Settings ▸ Email templates: the playbook's five templates in French and English, subject
// and body, the placeholders to insert, and a live preview filled from a chosen deal where
// unknown or empty placeholders stand out. Save and "Reset to the built-in text" (after a
// confirmation) are undoable steps.
class EmailTemplateEditor : public QWidget
{
    Q_OBJECT

public:
    EmailTemplateEditor(DealStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void refresh(); // reads the chosen template again
    void choose(const QString &key, const QString &language);
    void insertPlaceholder(const QString &placeholder);
    bool save();
    bool resetToBuiltIn();
    // The preview's problem placeholders (unknown, then empty), for the tests.
    QStringList previewProblems() const { return m_previewProblems; }
    QString previewHtml() const;

private:
    QUndoCommand *templateCommand(const QString &key, const QString &language,
                                  std::optional<EmailTemplate> before,
                                  std::optional<EmailTemplate> after, const QString &text);
    void load();
    void updatePreview();
    void fillDeals();

    DealStore *m_store;
    QUndoStack *m_undoStack;
    Database *m_db = nullptr;
    bool m_edited = false; // the shown template is the user's version
    QStringList m_previewProblems;

    QComboBox *m_template;
    QComboBox *m_language;
    QLabel *m_state;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QListWidget *m_placeholders;
    QComboBox *m_deal;
    QTextBrowser *m_preview;
    QPushButton *m_save;
    QPushButton *m_reset;
};

} // namespace dealboard
