#include "cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dealboard-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEALBOARD_VERSION));
    return dealboard::cli::run(QCoreApplication::arguments());
}
