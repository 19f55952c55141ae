// SPDX-License-Identifier: MIT
// What a routine's name may be: a file name in the user's folder, typed on the command line.
#include "routine/name.h"

#include "i18n/format.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

#include <cstdint>
#include <fmt/format.h>

namespace stretch::routine {

std::optional<std::string> check_routine_name(std::string_view name)
{
  if (name.empty()) {
    return i18n::tr("a routine name cannot be empty");
  }
  if (name.size() > k_max_name_length) {
    return i18n::trf("routine name is too long ({size} bytes; the limit is {most})", fmt::arg("size", name.size()),
                     fmt::arg("most", k_max_name_length));
  }
  if (name.ends_with(".stretch")) {
    return i18n::trf("routine name `{name}` cannot end in `.stretch`: that is its file's ending, and a name that "
                     "ends so is taken for a file",
                     fmt::arg("name", util::terminal_safe(name)));
  }
  if (name.front() == '.' || name.front() == '-') {
    return i18n::trf("routine name `{name}` cannot start with `{character}`", fmt::arg("name", util::terminal_safe(name)),
                     fmt::arg("character", name.front()));
  }
  std::size_t pos = 0;
  while (pos < name.size()) {
    const std::size_t at = pos;
    const auto cp = util::decode_utf8(name, pos);
    if (!cp || *cp == ' ' || *cp == '/' || *cp == '\\' || util::is_unsafe_code_point(*cp)) {
      return i18n::trf("routine name `{name}` may not contain spaces, slashes or control characters",
                       fmt::arg("name", util::terminal_safe(name)));
    }
    if (util::is_invisible_or_space(*cp)) {
      // Named by its code point: it shows as nothing, or as a plain space.
      return i18n::trf("routine name `{name}` may not contain invisible or space-like characters (U+{code:04X} at byte {byte})",
                       fmt::arg("name", util::terminal_safe(name)), fmt::arg("code", static_cast<std::uint32_t>(*cp)),
                       fmt::arg("byte", at + 1));

    }
  }
  return std::nullopt;
}

} // namespace stretch::routine
