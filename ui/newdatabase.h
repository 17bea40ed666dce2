#pragma once

#include "result.h"
#include "storage/database.h"

#include <memory>

class QWidget;

namespace dealboard {

// Opens (creating it if needed) the database at `path`; with `sampleData`, fills it with the
// demo generator behind a progress dialog that can cancel.
Result<std::unique_ptr<Database>> openOrCreateDatabase(QWidget *parent, const QString &path,
                                                       bool sampleData);

} // namespace dealboard
