#include "analyticsrunner.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace dealboard {

// Touched only on the worker thread.
struct AnalyticsRunner::State
{
    QString path;
    std::unique_ptr<Database> db;
};

AnalyticsRunner::AnalyticsRunner(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_state(std::make_shared<State>())
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
    m_thread.setObjectName(u"analytics"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

AnalyticsRunner::~AnalyticsRunner()
{
    // The connection belongs to the worker thread: close it there, then stop.
    std::shared_ptr<State> state = m_state;
    QMetaObject::invokeMethod(
        m_worker, [state] { state->db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void AnalyticsRunner::setPath(const QString &path)
{
    std::shared_ptr<State> state = m_state;
    QMetaObject::invokeMethod(m_worker, [state, path] {
        if (state->path == path)
            return;
        state->db.reset();
        state->path = path;
    });
}

void AnalyticsRunner::submit(Job job, std::function<void(const QString &)> failed)
{
    const int generation = ++m_generation;
    m_latest->store(generation);
    ++m_pending;
    std::shared_ptr<State> state = m_state;
    std::shared_ptr<std::atomic<int>> latest = m_latest;
    QObject *self = this;
    const auto done = [this](const Apply &apply) {
        if (apply)
            apply();
        if (--m_pending == 0)
            Q_EMIT idle();
    };
    QMetaObject::invokeMethod(
        m_worker, [=, job = std::move(job), failed = std::move(failed)]() mutable {
            if (latest->load() != generation) { // overtaken: show only the newest
                QMetaObject::invokeMethod(self, [done] { done({}); });
                return;
            }
            if (!state->db && !state->path.isEmpty()) {
                Result<std::unique_ptr<Database>> db =
                    Database::open(state->path, Database::Mode::ReadOnly);
                if (!db) {
                    const QString why = db.errorMessage();
                    QMetaObject::invokeMethod(self, [done, failed, why] {
                        failed(why);
                        done({});
                    });
                    return;
                }
                state->db = std::move(db).value();
            }
            Apply apply = state->db ? job(*state->db) : Apply();
            QMetaObject::invokeMethod(self, [done, apply = std::move(apply), latest, generation] {
                // A newer job is on its way: its result replaces this one.
                done(latest->load() == generation ? apply : Apply());
            });
        });
}

bool AnalyticsRunner::waitForIdle(int timeoutMs)
{
    if (m_pending == 0)
        return true;
    QEventLoop loop;
    connect(this, &AnalyticsRunner::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return m_pending == 0;
}

} // namespace dealboard
