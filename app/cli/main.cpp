#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

QtMessageHandler s_defaultHandler = nullptr;

// A headless QGuiApplication warns when XDG_RUNTIME_DIR is unset (cron, containers, CI): noise
// for a command whose stderr is its error channel, one line per error.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: ")))
        return;
    s_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only the commands that lay documents out (fonts) need Qt Gui; they need no display.
    std::unique_ptr<QCoreApplication> app;
    if (dealboard::cli::needsGui(arguments)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        s_defaultHandler = qInstallMessageHandler(quietHandler);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("dealboard-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEALBOARD_VERSION));
    return dealboard::cli::run(QCoreApplication::arguments());
}
