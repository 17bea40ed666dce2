#include "keychainsecretstore.h"

#ifdef DEALBOARD_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>
#endif

using namespace Qt::StringLiterals;

namespace dealboard {

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{}

#ifdef DEALBOARD_HAVE_KEYCHAIN

namespace {

enum class Outcome
{
    Finished,
    TimedOut,
};

// Starts the job and waits for its finished signal, at most timeoutMs.
Outcome runJob(QKeychain::Job &job, int timeoutMs)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    job.start();
    if (!finished)
        loop.exec();
    return finished ? Outcome::Finished : Outcome::TimedOut;
}

} // namespace

bool KeychainSecretStore::isAvailable()
{
    return true;
}

Result<std::optional<QString>> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (runJob(job, m_timeoutMs) == Outcome::TimedOut)
        return userError(tr("The system keychain did not answer within %n second(s) (is it "
                            "locked?); the password of %1 could not be read.",
                            nullptr, m_timeoutMs / 1000)
                             .arg(key));
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (job.error() != QKeychain::NoError)
        return userError(tr("The system keychain cannot be reached, so the password of %1 "
                            "could not be read: %2")
                             .arg(key, job.errorString()));
    return std::optional<QString>(job.textData());
}

Status KeychainSecretStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    if (runJob(job, m_timeoutMs) == Outcome::TimedOut)
        return userError(tr("The system keychain did not answer within %n second(s) (is it "
                            "locked?); the password of %1 was not saved.",
                            nullptr, m_timeoutMs / 1000)
                             .arg(key));
    if (job.error() != QKeychain::NoError)
        return userError(tr("The system keychain cannot be reached, so the password of %1 "
                            "was not saved (it is never stored anywhere else): %2")
                             .arg(key, job.errorString()));
    return {};
}

Status KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    if (runJob(job, m_timeoutMs) == Outcome::TimedOut)
        return userError(tr("The system keychain did not answer within %n second(s) (is it "
                            "locked?); the password of %1 was not removed.",
                            nullptr, m_timeoutMs / 1000)
                             .arg(key));
    if (job.error() == QKeychain::EntryNotFound)
        return {};
    if (job.error() != QKeychain::NoError)
        return userError(tr("The system keychain cannot be reached, so the password of %1 "
                            "was not removed: %2")
                             .arg(key, job.errorString()));
    return {};
}

#else // no QtKeychain in this build

bool KeychainSecretStore::isAvailable()
{
    return false;
}

Result<std::optional<QString>> KeychainSecretStore::read(const QString &key)
{
    return userError(tr("This build of Dealboard has no keychain support, so the password of "
                        "%1 cannot be read.")
                         .arg(key));
}

Status KeychainSecretStore::write(const QString &key, const QString &)
{
    return userError(tr("This build of Dealboard has no keychain support, so the password of "
                        "%1 cannot be saved (it is never stored anywhere else).")
                         .arg(key));
}

Status KeychainSecretStore::remove(const QString &key)
{
    return userError(tr("This build of Dealboard has no keychain support, so the password of "
                        "%1 cannot be removed.")
                         .arg(key));
}

#endif

} // namespace dealboard
