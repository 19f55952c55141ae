// SPDX-License-Identifier: MIT
// What a routine's name may be: a file name in the user's folder, typed on the command line.
#include "routine/name.h"

#include "util/terminal_text.h"
#include "util/utf8.h"

#include <cstdint>
#include <fmt/format.h>

namespace stretch::routine {

std::optional<std::string> check_routine_name(std::string_view name)
{
  if (name.empty()) {
    return "a routine name cannot be empty";
  }
  if (name.size() > k_max_name_length) {
    return fmt::format("routine name is too long ({} bytes; the limit is {})", name.size(),
                       k_max_name_length);
  }
  if (name.ends_with(".stretch")) {
    return fmt::format("routine name `{}` cannot end in `.stretch`: that is its file's ending, and a name that "
                       "ends so is taken for a file",
                       util::terminal_safe(name));
  }
  if (name.front() == '.' || name.front() == '-') {
    return fmt::format("routine name `{}` cannot start with `{}`", util::terminal_safe(name),
                       name.front());
  }
  std::size_t pos = 0;
  while (pos < name.size()) {
    const std::size_t at = pos;
    const auto cp = util::decode_utf8(name, pos);
    if (!cp || *cp == ' ' || *cp == '/' || *cp == '\\' || util::is_unsafe_code_point(*cp)) {
      return fmt::format("routine name `{}` may not contain spaces, slashes or control characters",
                         util::terminal_safe(name));
    }
    if (util::is_invisible_or_space(*cp)) {
      // Named by its code point: it shows as nothing, or as a plain space.
      return fmt::format("routine name `{}` may not contain invisible or space-like characters (U+{:04X} at byte {})",
                         util::terminal_safe(name), static_cast<std::uint32_t>(*cp), at + 1);
    }
  }
  return std::nullopt;
}

} // namespace stretch::routine
