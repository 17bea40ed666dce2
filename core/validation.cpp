#include "validation.h"

#include <QRegularExpression>
#include <QStringList>

namespace dealboard {

bool isValidEmail(const QString &email)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$)"));
    return re.match(email).hasMatch();
}

QString nameFromEmail(const QString &email)
{
    QStringList parts = email.section(u'@', 0, 0).split(QChar(u'.'), Qt::SkipEmptyParts);
    for (QString &p : parts)
        p[0] = p.at(0).toUpper();
    const QString name = parts.join(u' ');
    return name.trimmed().isEmpty() ? email.trimmed() : name;
}

} // namespace dealboard
