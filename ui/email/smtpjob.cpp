#include "smtpjob.h"

#include <QThread>

namespace dealboard {

SmtpJob::SmtpJob(QObject *parent)
    : QObject(parent)
{}

SmtpJob::~SmtpJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SmtpJob::start(const OutgoingEmail &outgoing)
{
    if (m_thread)
        return;
    m_thread = QThread::create(
        [this, outgoing] { m_threadStatus = EmailService::transmit(outgoing, &m_threadFailure); });
    connect(m_thread, &QThread::finished, this, &SmtpJob::collect);
    m_thread->start();
}

void SmtpJob::collect()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_status = m_threadStatus;
    m_failure = m_threadFailure;
    Q_EMIT finished();
}

} // namespace dealboard
