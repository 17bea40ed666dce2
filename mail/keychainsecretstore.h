#pragma once

#include "email/secretstore.h"

#include <QCoreApplication>

namespace dealboard {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows), under the service "Dealboard". Jobs are asynchronous: each call waits in
// a local event loop, at most timeoutMs (a locked keyring would otherwise wait for an unlock
// prompt forever). Nothing is ever written anywhere else: without a keychain the calls fail
// with a message that says so.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Dealboard"),
                                 int timeoutMs = 10000);

    Result<std::optional<QString>> read(const QString &key) override;
    Status write(const QString &key, const QString &secret) override;
    Status remove(const QString &key) override;

    // Whether this build has QtKeychain at all (the core-only build has not).
    static bool isAvailable();

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace dealboard
