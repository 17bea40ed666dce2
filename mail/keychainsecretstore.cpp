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

// What a finished job said; copied out in its finished signal, since the job deletes itself.
struct Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// Starts the job (heap-allocated, deleting itself when it finishes) and waits for it at most
// timeoutMs. A job still running then is left to finish on its own: destroying it mid-way
// would crash, and its late answer goes nowhere because the connection dies with `loop`.
Outcome runJob(QKeychain::Job *job, int timeoutMs)
{
    job->setAutoDelete(true);
    Outcome outcome;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, &loop,
                     [&outcome, &loop](QKeychain::Job *done) {
                         outcome.finished = true;
                         outcome.error = done->error();
                         outcome.errorString = done->errorString();
                         if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                             outcome.text = read->textData();
                         loop.quit();
                     });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    job->start();
    if (!outcome.finished)
        loop.exec();
    return outcome;
}

} // namespace

bool KeychainSecretStore::isAvailable()
{
    return true;
}

Result<std::optional<QString>> KeychainSecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const Outcome done = runJob(job, m_timeoutMs);
    if (!done.finished)
        return userError(tr("The system keychain did not answer within %n second(s) (is it "
                            "locked?); the password of %1 could not be read.",
                            nullptr, m_timeoutMs / 1000)
                             .arg(key));
    if (done.error == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (done.error != QKeychain::NoError)
        return userError(tr("The system keychain cannot be reached, so the password of %1 "
                            "could not be read: %2")
                             .arg(key, done.errorString));
    return std::optional<QString>(done.text);
}

Status KeychainSecretStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    const Outcome done = runJob(job, m_timeoutMs);
    if (!done.finished)
        return userError(tr("The system keychain did not answer within %n second(s) (is it "
                            "locked?); the password of %1 was not saved.",
                            nullptr, m_timeoutMs / 1000)
                             .arg(key));
    if (done.error != QKeychain::NoError)
        return userError(tr("The system keychain cannot be reached, so the password of %1 "
                            "was not saved (it is never stored anywhere else): %2")
                             .arg(key, done.errorString));
    return {};
}

Status KeychainSecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const Outcome done = runJob(job, m_timeoutMs);
    if (!done.finished)
        return userError(tr("The system keychain did not answer within %n second(s) (is it "
                            "locked?); the password of %1 was not removed.",
                            nullptr, m_timeoutMs / 1000)
                             .arg(key));
    if (done.error == QKeychain::EntryNotFound)
        return {};
    if (done.error != QKeychain::NoError)
        return userError(tr("The system keychain cannot be reached, so the password of %1 "
                            "was not removed: %2")
                             .arg(key, done.errorString));
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
