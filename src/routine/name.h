// SPDX-License-Identifier: MIT
// What a routine's name may be: a file name in the user's folder, typed on the command line.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace stretch::routine {

/// The longest routine name, in bytes.
inline constexpr std::size_t k_max_name_length = 64;

/// Why `name` cannot name a routine (empty, too long, a `/`, a blank or control character,
/// a leading `.` or `-`), or nullopt when it can.
std::optional<std::string> check_routine_name(std::string_view name);

} // namespace stretch::routine
