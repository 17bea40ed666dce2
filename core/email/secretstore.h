#pragma once

#include "result.h"

#include <QString>

#include <optional>

namespace dealboard {

// Where secrets (the SMTP password) are kept: the OS keychain in the app and the CLI, an
// in-memory one in unit tests. Never the database, never a plain file.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // The secret saved under `key`; nullopt when there is none. An error when the store cannot
    // be reached (no keychain, a locked one that did not answer in time …).
    virtual Result<std::optional<QString>> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &secret) = 0;
    // Removing a secret that is not there is not an error.
    virtual Status remove(const QString &key) = 0;

protected:
    SecretStore() = default;
    SecretStore(const SecretStore &) = default;
    SecretStore &operator=(const SecretStore &) = default;
};

} // namespace dealboard
