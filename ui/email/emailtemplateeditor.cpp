#include "emailtemplateeditor.h"

#include "dealstore.h"
#include "email/emailtemplates.h"
#include "email/smtpsettingsrepository.h"
#include "email/templaterenderer.h"
#include "messagebox.h"
#include "setvaluecommand.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

constexpr int kMaxPreviewDeals = 300; // the newest; a combo of 100,000 would be of no use

} // namespace

EmailTemplateEditor::EmailTemplateEditor(DealStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_template(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_placeholders(new QListWidget(this))
    , m_deal(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_save(new QPushButton(tr("Save &Template"), this))
    , m_reset(new QPushButton(tr("Reset to the &Built-in Text…"), this))
{
    m_template->setObjectName(u"templateKey"_s);
    for (const auto &key : EmailTemplates::keys())
        m_template->addItem(EmailTemplates::description(key), key);
    m_language->setObjectName(u"templateLanguage"_s);
    m_language->addItem(tr("French"), u"fr"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_state->setObjectName(u"templateState"_s);
    m_subject->setObjectName(u"templateSubject"_s);
    m_body->setObjectName(u"templateBody"_s);
    m_body->setMinimumHeight(220);
    m_placeholders->setObjectName(u"templatePlaceholders"_s);
    m_placeholders->addItems(TemplateRenderer::knownPlaceholders());
    m_placeholders->setToolTip(tr("Double-click to insert at the cursor."));
    m_placeholders->setMaximumWidth(200);
    m_deal->setObjectName(u"templatePreviewDeal"_s);
    m_preview->setObjectName(u"templatePreview"_s);
    m_save->setObjectName(u"templateSave"_s);
    m_reset->setObjectName(u"templateReset"_s);

    auto *grid = new QGridLayout(this);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_template, 1);
    choice->addWidget(m_language);
    choice->addWidget(m_state);
    grid->addLayout(choice, 0, 0, 1, 2);
    auto *form = new QFormLayout;
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(tr("B&ody:"), m_body);
    grid->addLayout(form, 1, 0);
    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Placeholders:"), this));
    side->addWidget(m_placeholders);
    grid->addLayout(side, 1, 1);
    auto *preview = new QFormLayout;
    preview->addRow(tr("Preview &with:"), m_deal);
    grid->addLayout(preview, 2, 0, 1, 2);
    grid->addWidget(m_preview, 3, 0, 1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    grid->addLayout(buttons, 4, 0, 1, 2);
    m_preview->setMinimumHeight(200);

    connect(m_template, &QComboBox::currentIndexChanged, this, &EmailTemplateEditor::load);
    connect(m_language, &QComboBox::currentIndexChanged, this, &EmailTemplateEditor::load);
    connect(m_subject, &QLineEdit::textChanged, this, &EmailTemplateEditor::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &EmailTemplateEditor::updatePreview);
    connect(m_deal, &QComboBox::currentIndexChanged, this, &EmailTemplateEditor::updatePreview);
    connect(m_placeholders, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { insertPlaceholder(item->text()); });
    connect(m_save, &QPushButton::clicked, this, &EmailTemplateEditor::save);
    connect(m_reset, &QPushButton::clicked, this, &EmailTemplateEditor::resetToBuiltIn);
    if (m_store) {
        connect(m_store, &DealStore::resetDone, this, &EmailTemplateEditor::fillDeals);
        connect(m_store, &DealStore::appended, this, &EmailTemplateEditor::fillDeals);
    }
}

void EmailTemplateEditor::setDatabase(Database *database)
{
    m_db = database;
    fillDeals();
    load();
}

void EmailTemplateEditor::fillDeals()
{
    const qint64 current = m_deal->currentData().toLongLong();
    const QSignalBlocker block(m_deal);
    m_deal->clear();
    if (m_store) {
        const QList<Deal> &deals = m_store->deals();
        for (qsizetype i = deals.size() - 1; i >= 0 && m_deal->count() < kMaxPreviewDeals; --i)
            m_deal->addItem(deals.at(i).title, deals.at(i).id);
    }
    m_deal->setCurrentIndex(std::max(0, m_deal->findData(current)));
    updatePreview();
}

void EmailTemplateEditor::choose(const QString &key, const QString &language)
{
    const QSignalBlocker a(m_template);
    const QSignalBlocker b(m_language);
    m_template->setCurrentIndex(std::max(0, m_template->findData(key)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    load();
}

void EmailTemplateEditor::refresh()
{
    load();
}

void EmailTemplateEditor::load()
{
    const QString key = m_template->currentData().toString();
    const QString language = m_language->currentData().toString();
    EmailTemplate t = EmailTemplates::builtIn(key, language).value_or(EmailTemplate{});
    if (m_db)
        if (const Result<EmailTemplate> found = EmailTemplates(*m_db).find(key, language))
            t = found.value();
    m_edited = t.edited;
    m_state->setText(t.edited ? tr("Edited") : tr("Built-in"));
    m_reset->setEnabled(m_db && t.edited);
    m_save->setEnabled(m_db != nullptr);
    {
        const QSignalBlocker a(m_subject);
        const QSignalBlocker b(m_body);
        m_subject->setText(t.subject);
        m_body->setPlainText(t.body);
    }
    updatePreview();
}

void EmailTemplateEditor::insertPlaceholder(const QString &placeholder)
{
    if (m_subject->hasFocus())
        m_subject->insert(placeholder);
    else
        m_body->insertPlainText(placeholder);
}

void EmailTemplateEditor::updatePreview()
{
    m_previewProblems.clear();
    const qint64 dealId = m_deal->currentData().toLongLong();
    if (!m_db || !dealId) {
        m_preview->setPlainText(tr("Choose a deal to preview the email with its values."));
        return;
    }
    const QString language = m_language->currentData().toString();
    const Result<std::optional<SmtpSettings>> smtp = SmtpSettingsRepository(*m_db).load();
    const SmtpSettings sender = smtp ? smtp->value_or(SmtpSettings{}) : SmtpSettings{};
    const Result<TemplateRenderer::Values> values =
        TemplateRenderer(*m_db).valuesForDeal(dealId, sender, language);
    if (!values) {
        m_preview->setPlainText(values.errorMessage());
        return;
    }
    EmailTemplate t;
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    const RenderedEmail r = TemplateRenderer::render(t, values.value());
    m_previewProblems = r.problems();
    auto html = [&r](const QString &text) {
        QString out = text.toHtmlEscaped();
        for (const auto &p : r.unknown)
            out.replace(p, u"<span style=\"background:#f8d0cc; color:#8c1d18\" "
                           "title=\"unknown\">%1</span>"_s.arg(p));
        for (const auto &p : r.empty)
            out.replace(p, u"<span style=\"background:#fbe7b5; color:#6b4a00\">%1</span>"_s.arg(p));
        return out.replace(u'\n', u"<br>"_s);
    };
    QString page = u"<p><b>%1</b></p><p>%2</p>"_s.arg(html(r.subject), html(r.body));
    if (!r.unknown.isEmpty())
        page += u"<p style=\"color:#8c1d18\">%1</p>"_s.arg(
            tr("Unknown placeholders: %1").arg(r.unknown.join(u", "_s)).toHtmlEscaped());
    if (!r.empty.isEmpty())
        page += u"<p style=\"color:#6b4a00\">%1</p>"_s.arg(
            tr("No value for this deal: %1").arg(r.empty.join(u", "_s)).toHtmlEscaped());
    m_preview->setHtml(page);
}

QString EmailTemplateEditor::previewHtml() const
{
    return m_preview->toHtml();
}

bool EmailTemplateEditor::save()
{
    if (!m_db)
        return false;
    const QString key = m_template->currentData().toString();
    const QString language = m_language->currentData().toString();
    EmailTemplate after{key,  language, m_subject->text().trimmed(), m_body->toPlainText(),
                        true, {}};
    if (Status v = EmailTemplates::validateKey(key, language);
        !v || after.subject.isEmpty() || after.body.trimmed().isEmpty()) {
        MessageBox::critical(this, tr("Email template"),
                             v ? tr("The subject and the body cannot be empty.")
                               : v.errorMessage());
        return false;
    }
    const Result<EmailTemplate> current = EmailTemplates(*m_db).find(key, language);
    if (!current)
        return false;
    if (current->subject == after.subject && current->body == after.body)
        return true; // nothing changed
    std::optional<EmailTemplate> before;
    if (current->edited)
        before = current.value();
    const int index = m_undoStack->index();
    m_undoStack->push(templateCommand(key, language, before, after,
                                      tr("Edit the email template \"%1\"").arg(key)));
    return m_undoStack->index() != index;
}

// Saves the user's version of a template, or (nullopt) goes back to the built-in text.
QUndoCommand *EmailTemplateEditor::templateCommand(const QString &key, const QString &language,
                                                   std::optional<EmailTemplate> before,
                                                   std::optional<EmailTemplate> after,
                                                   const QString &text)
{
    Database &db = *m_db;
    return new SetValueCommand<std::optional<EmailTemplate>>(
        [&db, key, language](const std::optional<EmailTemplate> &edited) {
            EmailTemplates templates(db);
            return edited ? templates.save(*edited) : templates.reset(key, language);
        },
        std::move(before), std::move(after), tr("Cannot save the email template"),
        [this, key, language](const std::optional<EmailTemplate> &) { choose(key, language); },
        text);
}

bool EmailTemplateEditor::resetToBuiltIn()
{
    if (!m_db || !m_edited)
        return false;
    const QString key = m_template->currentData().toString();
    const QString language = m_language->currentData().toString();
    if (MessageBox::question(this, tr("Reset the template"),
                             tr("Replace your version of this template by the built-in text? "
                                "(Edit ▸ Undo brings it back.)"),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return false;
    const Result<EmailTemplate> current = EmailTemplates(*m_db).find(key, language);
    if (!current)
        return false;
    const int index = m_undoStack->index();
    m_undoStack->push(templateCommand(key, language, current.value(), std::nullopt,
                                      tr("Reset the email template \"%1\"").arg(key)));
    return m_undoStack->index() != index;
}

} // namespace dealboard
