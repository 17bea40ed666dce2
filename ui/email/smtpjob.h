#pragma once

#include "emailservice.h"

#include <QObject>

class QThread;

namespace dealboard {

// One SMTP exchange off the GUI thread (a slow or silent server must never freeze the
// window): EmailService::transmit() on a thread of its own; finished() comes on the GUI
// thread with the outcome. The job waits for its thread when destroyed.
class SmtpJob : public QObject
{
    Q_OBJECT

public:
    explicit SmtpJob(QObject *parent = nullptr);
    ~SmtpJob() override;

    void start(const OutgoingEmail &outgoing);
    bool isRunning() const { return m_thread != nullptr; }
    const Status &status() const { return m_status; }
    SmtpSender::Failure failure() const { return m_failure; }

Q_SIGNALS:
    void finished();

private:
    void collect();

    QThread *m_thread = nullptr;
    Status m_status;
    SmtpSender::Failure m_failure = SmtpSender::Failure::None;
    // Written by the thread, read once it has finished.
    Status m_threadStatus;
    SmtpSender::Failure m_threadFailure = SmtpSender::Failure::None;
};

} // namespace dealboard
