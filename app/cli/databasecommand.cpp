#include "databasecommand.h"

namespace dealboard::cli {

int DatabaseCommand::run(const QCommandLineParser &parser)
{
    const QString path =
        globals().databasePath.isEmpty() ? Database::defaultPath() : globals().databasePath;
    Result<std::unique_ptr<Database>> db = Database::open(path, m_mode);
    if (!db) {
        // A missing file for a read-only command is the user's error, not a refusal.
        return fail(db.error());
    }
    return runOn(*db.value(), parser);
}

} // namespace dealboard::cli
