#include "playbookparser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}
QString tr(const char *text)
{
    return QCoreApplication::translate("dealboard::PlaybookParser", text);
}
} // namespace

void PlaybookParser::fail(const QString &path, const QString &what)
{
    if (m_error.isEmpty())
        m_error = path + u": "_s + what;
}

QString PlaybookParser::string(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty()) {
        fail(join(path, key), tr("expected a non-empty string"));
        return {};
    }
    return v.toString();
}

LocalizedText PlaybookParser::text(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    LocalizedText t = LocalizedText::fromJson(v);
    if (t.en.isEmpty())
        fail(join(path, key), tr("expected a text with an \"en\" entry"));
    return t;
}

int PlaybookParser::integer(const QJsonObject &o, const QString &path, const QString &key,
                            qint64 min, qint64 max)
{
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < double(min) ||
        d > double(max)) {
        fail(join(path, key), tr("expected a whole number from %1 to %2").arg(min).arg(max));
        return static_cast<int>(min);
    }
    return static_cast<int>(d);
}

qint64 PlaybookParser::integer64(const QJsonObject &o, const QString &path, const QString &key)
{
    const std::optional<qint64> v = optionalInteger(o, path, key);
    if (!v)
        fail(join(path, key), tr("expected a whole number"));
    return v.value_or(0);
}

std::optional<qint64> PlaybookParser::optionalInteger(const QJsonObject &o, const QString &path,
                                                      const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble();
    if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < 0) {
        fail(join(path, key), tr("expected a whole number of at least 0 or null"));
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

QJsonArray PlaybookParser::array(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray() || v.toArray().isEmpty()) {
        fail(join(path, key), tr("expected a non-empty list"));
        return {};
    }
    return v.toArray();
}

QJsonObject PlaybookParser::object(const QJsonValue &v, const QString &path)
{
    if (!v.isObject()) {
        fail(path, tr("expected an object"));
        return {};
    }
    return v.toObject();
}

} // namespace dealboard
