#pragma once

// The fixture of the quote GUI tests: a database with one deal (Atelier Béranger, demo stage,
// a contact with an email), the real main window on it, a fixed clock, and helpers to drive
// the quote editor and the Quotes section.

#include "boardpage.h"
#include "clock.h"
#include "dealactions.h"
#include "dealeditordialog.h"
#include "dealstore.h"
#include "filedialog.h"
#include "gatedialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "productcatalogdialog.h"
#include "producteditordialog.h"
#include "quotes/quoteactions.h"
#include "quotes/quotediscountseditor.h"
#include "quotes/quoteeditordialog.h"
#include "quotes/quotelinesmodel.h"
#include "quotes/quotespage.h"
#include "quotes/quotetablemodel.h"
#include "signaturepad.h"
#include "signquotedialog.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/issueddocumentrepository.h"
#include "storage/productrepository.h"
#include "storage/quoterepository.h"
#include "winlossdialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// Test-only header: the suites that include it write strings as u"…"_s.
using namespace Qt::StringLiterals;

namespace dealboard {

class QuoteWindowFixture
{
public:
    static void setUpApplication(const char *name)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DealboardTests"));
        QCoreApplication::setApplicationName(QString::fromLatin1(name));
        installTranslations(QStringLiteral("en"));
    }

    void openWindow()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
        QSettings().clear();
        auto db = Database::open(m_dir.filePath(u"quotes%1.db"_s.arg(++m_run)));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        Company c;
        c.name = u"Atelier Béranger"_s;
        QVERIFY(CompanyRepository(*db.value()).create(c));
        Contact person;
        person.name = u"Camille Martin"_s;
        person.email = u"camille@beranger.example"_s;
        person.companyId = c.id;
        QVERIFY(ContactRepository(*db.value()).create(person));
        Deal d;
        d.title = u"Hébergement multi-sites"_s;
        d.companyId = c.id;
        d.contactId = person.id;
        d.mrr = Money(120000);
        d.stage = u"demo"_s;
        QVERIFY(DealRepository(*db.value()).create(d));
        m_deal = d.id;
        m_window = std::make_unique<MainWindow>(std::move(db).value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void closeWindow()
    {
        QuoteActions::setEditorHook({});
        QuoteActions::setSignHook({});
        QuoteActions::setPrintHook({});
        QuoteActions::setCatalogueHook({});
        ProductEditorDialog::setTestHook({});
        DealEditorDialog::setTestHook({});
        GateDialog::setTestHook({});
        WinLossDialog::setTestHook({});
        m_window.reset();
    }

    qint64 product(const QString &key)
    {
        const Result<Product> p = ProductRepository(*m_window->database()).findByKey(key);
        return p ? p->id : 0;
    }

    QString ruleTexts(QuoteEditorDialog &editor, const QString &state)
    {
        auto *rules = editor.findChild<QListWidget *>(u"quoteRules"_s);
        QStringList out;
        for (int i = 0; i < rules->count(); ++i)
            if (rules->item(i)->data(Qt::UserRole).toString() == state)
                out << rules->item(i)->text();
        return out.join(u'\n');
    }

    QString total(QuoteEditorDialog &editor, const QString &name)
    {
        auto *label = editor.findChild<QLabel *>(name);
        if (!label)
            return {};
        QString text = label->text();
        return text.remove(u"<b>"_s).remove(u"</b>"_s);
    }

    QAction *button(const QString &name)
    {
        return m_window->quotesPage()->findChild<QAction *>(name);
    }

    qint64 makeDraft(const QList<std::pair<QString, int>> &lines, const QString &contract)
    {
        QuoteActions::setEditorHook([&](QuoteEditorDialog &editor) {
            auto *contracts = editor.findChild<QComboBox *>(u"quoteContract"_s);
            contracts->setCurrentIndex(contracts->findData(contract));
            for (const auto &[key, quantity] : lines)
                editor.addProduct(product(key), quantity * QuoteLine::kQuantityScale);
            editor.findChild<QPushButton *>(u"quoteSave"_s)->click();
        });
        const qint64 id = m_window->quoteActions()->newQuote(m_deal);
        QuoteActions::setEditorHook({});
        return id;
    }

    QTemporaryDir m_dir;
    int m_run = 0;
    qint64 m_deal = 0;
    std::unique_ptr<MainWindow> m_window;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)};
};

} // namespace dealboard
