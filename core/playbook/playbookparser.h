#pragma once

#include "localizedtext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace dealboard {

// Reads typed fields out of JSON and remembers the first problem with its path
// ("stages[2].probability: …"), so a broken playbook is refused with a precise message.
class PlaybookParser
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &path, const QString &what);

    QString string(const QJsonObject &o, const QString &path, const QString &key);
    LocalizedText text(const QJsonObject &o, const QString &path, const QString &key);
    int integer(const QJsonObject &o, const QString &path, const QString &key, qint64 min,
                qint64 max);
    qint64 integer64(const QJsonObject &o, const QString &path, const QString &key);
    std::optional<qint64> optionalInteger(const QJsonObject &o, const QString &path,
                                          const QString &key);
    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key);
    QJsonObject object(const QJsonValue &v, const QString &path);

private:
    QString m_error;
};

} // namespace dealboard
