#pragma once

#include <QString>

namespace dealboard {

// A plausible email address: one @, a dot in the domain, no spaces.
bool isValidEmail(const QString &email);

// A contact's name guessed from an email: "jean.dupont@x.fr" → "Jean Dupont"; the email
// itself when its local part has no letters to use.
QString nameFromEmail(const QString &email);

} // namespace dealboard
