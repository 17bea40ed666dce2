#include "validation.h"

#include <QRegularExpression>

namespace dealboard {

bool isValidEmail(const QString &email)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$)"));
    return re.match(email).hasMatch();
}

} // namespace dealboard
