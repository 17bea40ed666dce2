#pragma once

#include "email/smtpsettings.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>

namespace dealboard {

class Database;

// The SMTP settings (table smtp_settings, one row). The password is not stored here.
class SmtpSettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSettingsRepository)

public:
    explicit SmtpSettingsRepository(Database &db)
        : m_db(db)
    {}

    // nullopt until they are set.
    Result<std::optional<SmtpSettings>> load();
    Status save(const SmtpSettings &settings);
    Status clear();

    // Host, port 1–65535, a valid sender email, an http(s) booking link if any.
    static Status validate(const SmtpSettings &settings);

private:
    Database &m_db;
};

} // namespace dealboard
