#pragma once

#include "emailservice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace dealboard::cli {

// How the email commands print a draft: as a message (To, Subject, body) or as JSON.
struct EmailFormat
{
    Q_DECLARE_TR_FUNCTIONS(EmailFormat)

public:
    static QString text(const EmailDraft &draft);
    static QJsonObject json(const EmailDraft &draft);
    // "Not filled: {a}, {b} …" for stderr.
    static QString problems(const EmailDraft &draft);
    // The template language: --lang when given, else French.
    static QString language(const QString &given)
    {
        return given.isEmpty() ? QStringLiteral("fr") : given;
    }
};

} // namespace dealboard::cli
