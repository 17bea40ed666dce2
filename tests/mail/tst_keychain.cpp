// KeychainSecretStore (issue 7) through the real Secret Service: scripts/test.sh runs the
// suite inside dbus-run-session with an unlocked gnome-keyring. Without a session bus the
// test is skipped, and the store must fail with a message, never fall back to a file.

#include "keychainsecretstore.h"

#include <QDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace dealboard;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noBusIsAnErrorNotAFallback();
    void saveLoadRemove();
};

void TestKeychain::noBusIsAnErrorNotAFallback()
{
    if (!KeychainSecretStore::isAvailable())
        QSKIP("This build has no QtKeychain.");
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("A session bus is there: the failure without one is not tested here.");
    const QStringList before = QDir::home().entryList(QDir::AllEntries | QDir::Hidden);
    KeychainSecretStore store(u"Dealboard-test"_s, 5000);
    const Status written = store.write(u"smtp:nobody@example.org"_s, u"secret"_s);
    QVERIFY(!written);
    QVERIFY2(written.errorMessage().contains(u"keychain"_s), qPrintable(written.errorMessage()));
    QCOMPARE(QDir::home().entryList(QDir::AllEntries | QDir::Hidden), before);
    QVERIFY(!store.read(u"smtp:nobody@example.org"_s));
}

void TestKeychain::saveLoadRemove()
{
    if (!KeychainSecretStore::isAvailable())
        QSKIP("This build has no QtKeychain.");
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run under dbus-run-session with an unlocked "
              "gnome-keyring (scripts/test.sh does) to test the real Secret Service.");
    KeychainSecretStore store(u"Dealboard-test"_s, 10000);
    const QString key = u"smtp:tester-%1@127.0.0.1"_s.arg(
        QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    const QString secret = u"pâss wörd ✓ 42"_s;

    const auto missing = store.read(key);
    QVERIFY2(missing.ok(), qPrintable(missing.errorMessage()));
    QVERIFY(!missing->has_value());

    const Status written = store.write(key, secret);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    const auto loaded = store.read(key);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QVERIFY(loaded->has_value());
    QCOMPARE(loaded->value(), secret);

    // A second store (another process would do the same) reads it too.
    KeychainSecretStore again(u"Dealboard-test"_s, 10000);
    QCOMPARE(again.read(key)->value_or(QString()), secret);

    const Status replaced = store.write(key, u"other"_s);
    QVERIFY2(replaced.ok(), qPrintable(replaced.errorMessage()));
    QCOMPARE(store.read(key)->value_or(QString()), u"other"_s);

    const Status removed = store.remove(key);
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    const auto gone = store.read(key);
    QVERIFY2(gone.ok(), qPrintable(gone.errorMessage()));
    QVERIFY(!gone->has_value());
    QVERIFY(store.remove(key).ok()); // nothing to remove: fine
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
