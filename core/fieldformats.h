#pragma once

#include <QString>

namespace dealboard {

// A phone number as people write it: digits, spaces, "+", ".", "-", "(" and ")" only, with at
// least 6 digits ("+33 1 23 45 67 89", "(555) 010-4477").
bool isValidPhone(const QString &phone);

// A web address: http or https (the scheme may be left out: "elan.fr"), a host with a dot,
// no spaces.
bool isValidWebAddress(const QString &address);

} // namespace dealboard
