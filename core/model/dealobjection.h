#pragma once

#include <QDateTime>
#include <QString>

namespace dealboard {

// An objection met on a deal ("Objection met: X"), so that the weekly review counts them.
struct DealObjection
{
    qint64 id = 0;
    qint64 dealId = 0;
    QString objectionKey;
    QString category; // copied from the objection when logged
    QString note;
    QDateTime metAt; // UTC
};

} // namespace dealboard
