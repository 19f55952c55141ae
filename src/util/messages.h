// SPDX-License-Identifier: MIT
// The lines the program prints on standard error, each with the one prefix that says whose
// and what: `stretch: error: ...`, `stretch: warning: ...`, `stretch: note: ...`.
#pragma once

#include <string>
#include <string_view>

namespace stretch::util {

/// `message` as an error line, with its line end; made safe for a terminal.
std::string error_line(std::string_view message);

/// `message` as a warning line: something went wrong, and the program went on.
std::string warning_line(std::string_view message);

/// `message` as a note line: nothing went wrong, but the user should know.
std::string note_line(std::string_view message);

} // namespace stretch::util
