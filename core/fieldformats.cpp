#include "fieldformats.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace dealboard {

bool isValidPhone(const QString &phone)
{
    static const QString allowed = u" +.-()"_s;
    int digits = 0;
    for (const QChar c : phone) {
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (!allowed.contains(c))
            return false;
    }
    return digits >= 6;
}

bool isValidWebAddress(const QString &address)
{
    const QString text = address.trimmed();
    if (text.isEmpty() || text.contains(u' '))
        return false;
    const bool hasScheme = text.contains("://"_L1);
    const QUrl url(hasScheme ? text : u"https://"_s + text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1))
        return false;
    const QString host = url.host();
    return host.contains(u'.') && !host.startsWith(u'.') && !host.endsWith(u'.');
}

} // namespace dealboard
