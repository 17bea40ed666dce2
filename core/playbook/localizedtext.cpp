#include "localizedtext.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard {

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString(), value.toString()};
    const QJsonObject o = value.toObject();
    return {o.value("en"_L1).toString(), o.value("fr"_L1).toString()};
}

} // namespace dealboard
