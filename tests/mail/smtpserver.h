#pragma once

// Starts the real SMTP server of tests/data/smtp/smtpserver.py (Debian's aiosmtpd, run with
// /usr/bin/python3) on a free loopback port, and reads the messages it received.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace dealboard::test {

using namespace Qt::StringLiterals;

class SmtpServer
{
public:
    ~SmtpServer() { stop(); }

    // Empty on success, else why it could not start (to QSKIP or QFAIL with).
    QString start(const QString &user = {}, const QString &password = {})
    {
        if (!QFile::exists(u"/usr/bin/python3"_s))
            return u"/usr/bin/python3 is not installed"_s;
        // Port 0: the server picks a free one and says which.
        QStringList args{QStringLiteral(DEALBOARD_SMTP_SERVER), u"0"_s, m_folder.path()};
        if (!user.isEmpty())
            args << user << password;
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(u"/usr/bin/python3"_s, args);
        if (!m_process.waitForStarted(10000))
            return u"cannot start the SMTP server: "_s + m_process.errorString();
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(15000))
                return u"the SMTP server did not start (is python3-aiosmtpd installed?)"_s;
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith("ready "))
            return u"the SMTP server said: "_s + QString::fromUtf8(line);
        m_port = line.mid(6).toUShort();
        return {};
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }

    QStringList messages() const
    {
        return QDir(m_folder.path()).entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
    }
    QByteArray message(int index) const
    {
        QFile f(m_folder.filePath(messages().value(index)));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // The envelope: the sender, then the recipients.
    QStringList envelope(int index) const
    {
        QString name = messages().value(index);
        name.replace(u".eml"_s, u".envelope"_s);
        QFile f(m_folder.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

private:
    QTemporaryDir m_folder;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace dealboard::test
