#pragma once

#include <QString>

namespace dealboard {

// A plausible email address: one @, a dot in the domain, no spaces.
bool isValidEmail(const QString &email);

} // namespace dealboard
