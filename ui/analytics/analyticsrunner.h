#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace dealboard {

class Database;

// Runs the analytics of a screen off the GUI thread (ARCHITECTURE.md: heavy work never freezes
// the window), on its own read-only connection to the open database. A job computes there and
// returns what to show, which runs back on the GUI thread; a job overtaken by a newer one is
// skipped, and its result dropped.
class AnalyticsRunner : public QObject
{
    Q_OBJECT

public:
    using Apply = std::function<void()>;
    using Job = std::function<Apply(Database &)>;

    explicit AnalyticsRunner(QObject *parent = nullptr);
    ~AnalyticsRunner() override;

    // The database the jobs read (empty: none); opened read-only on the worker thread.
    void setPath(const QString &path);
    // Runs `job`; its Apply runs here on the GUI thread, or `failed` with why it could not.
    void submit(Job job, std::function<void(const QString &)> failed);
    bool isBusy() const { return m_pending > 0; }
    // Processes events until every submitted job has been applied (tests, before a grab).
    bool waitForIdle(int timeoutMs = 30000);

Q_SIGNALS:
    void idle();

private:
    struct State;

    QThread m_thread;
    QObject *m_worker;
    std::shared_ptr<State> m_state;
    std::shared_ptr<std::atomic<int>> m_latest;
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace dealboard
