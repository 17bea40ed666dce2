#include "smtpsender.h"

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype left = upload->data->size() - upload->offset;
    const auto n = static_cast<qsizetype>(std::min<size_t>(size * count, size_t(left)));
    if (n <= 0)
        return 0;
    std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

int keepServerReply(CURL *, curl_infotype type, char *data, size_t size, void *userData)
{
    // Only a refusal (4xx, 5xx): the "221 Bye" of QUIT would hide it.
    if (type == CURLINFO_HEADER_IN && size > 0 && (data[0] == '4' || data[0] == '5'))
        *static_cast<QByteArray *>(userData) = QByteArray(data, qsizetype(size)).trimmed();
    return 0;
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

SmtpSender::SmtpSender(SmtpSettings settings, QString password)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
{}

void SmtpSender::setTimeouts(int connectSeconds, int totalSeconds)
{
    m_connectSeconds = connectSeconds;
    m_totalSeconds = totalSeconds;
}

Status SmtpSender::send(const QString &from, const QStringList &recipients,
                        const QByteArray &message)
{
    m_lastFailure = Failure::None;
    if (recipients.isEmpty()) {
        m_lastFailure = Failure::Recipient;
        return userError(tr("The email has no recipient."));
    }
    initCurlOnce();
    const bool implicitTls = m_settings.security == SmtpSettings::Security::Tls;
    const QByteArray url = (implicitTls ? u"smtps://%1:%2"_s : u"smtp://%1:%2"_s)
                               .arg(m_settings.host.trimmed())
                               .arg(m_settings.port)
                               .toUtf8();
    const QByteArray user = m_settings.userName.toUtf8();
    const QByteArray password = m_password.toUtf8();
    const QByteArray mailFrom = '<' + from.trimmed().toUtf8() + '>';
    const QByteArray caBundle = m_caBundle.toLocal8Bit();
    std::unique_ptr<curl_slist, ListDeleter> rcpt;
    for (const auto &r : recipients) {
        const QByteArray address = '<' + r.trimmed().toUtf8() + '>';
        rcpt.reset(curl_slist_append(rcpt.release(), address.constData()));
    }
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Upload upload{&message, 0};
    QByteArray lastReply;
    // Declared after everything it points to, so it is cleaned up first: curl_easy_cleanup()
    // may still write to the error buffer or read the recipient list.
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl) {
        m_lastFailure = Failure::Other;
        return internalError(tr("Could not start libcurl."));
    }
    CURL *c = curl.get();

    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    // The server's last refusal, to say why; nothing goes to stderr.
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, &keepServerReply);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &lastReply);
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(m_connectSeconds));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(m_totalSeconds));
    curl_easy_setopt(c, CURLOPT_USE_SSL,
                     m_settings.security == SmtpSettings::Security::None ? long(CURLUSESSL_NONE)
                                                                         : long(CURLUSESSL_ALL));
    if (!caBundle.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caBundle.constData());
    if (m_settings.needsPassword()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(c, CURLOPT_READFUNCTION, &readMessage);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));

    const CURLcode code = curl_easy_perform(c);
    if (code == CURLE_OK)
        return {};

    long replyCode = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &replyCode);
    QString detail = QString::fromUtf8(errorBuffer).trimmed().isEmpty()
                         ? QString::fromUtf8(curl_easy_strerror(code))
                         : QString::fromUtf8(errorBuffer).trimmed();
    // A refusal is the server's answer, not a network problem: say what it answered.
    const bool refused = replyCode >= 400 && !lastReply.isEmpty();
    if (refused)
        detail = QString::fromUtf8(lastReply);
    const QString server = u"%1:%2"_s.arg(m_settings.host).arg(m_settings.port);
    QString why;
    switch (code) {
    case CURLE_LOGIN_DENIED:
    case CURLE_AUTH_ERROR:
        m_lastFailure = Failure::Authentication;
        why = tr("Authentication refused by %1 for user \"%2\": check the user name and the "
                 "password")
                  .arg(server, m_settings.userName);
        break;
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
        m_lastFailure = Failure::Tls;
        why = tr("TLS failed with %1 (check the security setting: STARTTLS on 587, TLS on 465)")
                  .arg(server);
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
        m_lastFailure = Failure::Network;
        why = tr("Network: the SMTP server \"%1\" was not found (DNS)").arg(m_settings.host);
        break;
    case CURLE_COULDNT_CONNECT:
        m_lastFailure = Failure::Network;
        why = tr("Network: cannot connect to %1").arg(server);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        m_lastFailure = Failure::Network;
        why = tr("Network: %1 did not answer in time").arg(server);
        break;
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_UPLOAD_FAILED:
        if (QString::fromUtf8(errorBuffer).contains(u"RCPT"_s)) {
            m_lastFailure = Failure::Recipient;
            why = tr("Recipient refused by %1 (%2)").arg(server, recipients.join(u", "_s));
        } else if (QString::fromUtf8(errorBuffer).contains(u"MAIL"_s)) {
            m_lastFailure = Failure::Sender;
            why = tr("Sender %1 refused by %2").arg(from, server);
        } else if (refused) {
            // DATA refused, before or after the message (spam filter, size, policy).
            m_lastFailure = Failure::Refused;
            why = tr("Message refused by %1").arg(server);
        } else {
            m_lastFailure = Failure::Network;
            why = tr("Network: the connection to %1 failed").arg(server);
        }
        break;
    default:
        m_lastFailure = Failure::Other;
        why = tr("Sending through %1 failed").arg(server);
        break;
    }
    return userError(tr("%1: %2.").arg(why, detail));
}

} // namespace dealboard
