#pragma once

// The fixture of the email GUI tests: a database with a new inbound lead (Camille Martin at
// Atelier Béranger) and the playbook's "reply within 4 hours" follow-up open, the real main
// window on it, a fixed clock, secrets in memory instead of the OS keychain, and helpers to
// set up SMTP and to drive the compose dialog.

#include "boardpage.h"
#include "clock.h"
#include "email/emailactions.h"
#include "email/emailcomposedialog.h"
#include "email/emailtemplateeditor.h"
#include "email/emailtemplates.h"
#include "email/smtpsettingsform.h"
#include "email/smtpsettingsrepository.h"
#include "i18n.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "mimeparse.h"
#include "rules/followuprules.h"
#include "smtpserver.h"
#include "storage/activityrepository.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/productrepository.h"
#include "storage/quoterepository.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>
#include <QUrlQuery>

// Test-only header: the suites that include it write strings as u"…"_s.
using namespace Qt::StringLiterals;

namespace dealboard::test {

// The OS keychain stands aside: secrets in memory.
class MemorySecretStore : public SecretStore
{
public:
    Result<std::optional<QString>> read(const QString &key) override
    {
        return m_secrets.contains(key) ? std::optional<QString>(m_secrets.value(key))
                                       : std::optional<QString>();
    }
    Status write(const QString &key, const QString &secret) override
    {
        m_secrets.insert(key, secret);
        return {};
    }
    Status remove(const QString &key) override
    {
        m_secrets.remove(key);
        return {};
    }
    QMap<QString, QString> m_secrets;
};

inline void screenshot(QWidget &w, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("DEALBOARD_SCREENSHOTS"); !dir.isEmpty()) {
        QCoreApplication::processEvents(); // the layouts catch up with the last texts
        w.grab().save(dir + u'/' + name + u".png"_s);
    }
}

template<typename T>
T *child(QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

class EmailWindowFixture
{
public:
    static void setUpApplication(const char *name, MemorySecretStore *secrets)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"DealboardTests"_s);
        QCoreApplication::setApplicationName(QString::fromLatin1(name));
        installTranslations(u"en"_s);
        EmailActions::setSecretStoreForTests(secrets);
    }

    void openWindow()
    {
        QSettings().clear();
        auto db = Database::open(m_dir.filePath(u"email%1.db"_s.arg(++m_run)));
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
        d.stage = u"lead"_s;
        QVERIFY(DealRepository(*db.value()).create(d));
        m_deal = d.id;
        const Result<QList<Activity>> made = FollowUpRules::apply(*db.value(), m_clock.now());
        QVERIFY2(made, qPrintable(made.errorMessage()));
        QCOMPARE(made->size(), 1);
        QCOMPARE(made->first().rule, u"inbound-reply"_s);
        m_window = std::make_unique<MainWindow>(std::move(db).value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void setUpSmtp(quint16 port, const QString &password)
    {
        SmtpSettings s;
        s.host = u"127.0.0.1"_s;
        s.port = port;
        s.security = SmtpSettings::Security::None;
        s.userName = u"lea"_s;
        s.senderName = u"Léa Fondatrice"_s;
        s.senderEmail = u"lea@vmcloud.example"_s;
        s.bookingLink = u"https://cal.vmcloud.example/lea"_s;
        QVERIFY(SmtpSettingsRepository(*m_window->database()).save(s));
        m_secrets.m_secrets.insert(s.secretKey(), password);
    }

    void composeWith(const std::function<void(EmailComposeDialog &)> &hook)
    {
        m_window->showSection(MainWindow::Section::Board);
        // The board acts on the focused column: the window is active again after a dialog.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->board()->selectDeal(m_deal);
        bool driven = false;
        EmailComposeDialog::setTestHook([&driven, hook](EmailComposeDialog &d) {
            hook(d);
            driven = true;
        });
        auto *action = child<QAction>(*m_window, "sendEmailAction");
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+M"_s));
        action->trigger();
        QVERIFY2(driven, qPrintable(m_window->statusBar()->currentMessage()));
    }

    QList<Activity> activities()
    {
        const Result<QList<Activity>> all =
            ActivityRepository(*m_window->database()).forDeal(m_deal);
        return all ? all.value() : QList<Activity>{};
    }

    QTemporaryDir m_dir;
    int m_run = 0;
    MemorySecretStore m_secrets;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)};
    ScopedClock m_scoped{m_clock};
    std::unique_ptr<MainWindow> m_window;
    qint64 m_deal = 0;
};

} // namespace dealboard::test
