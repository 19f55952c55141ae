// SPDX-License-Identifier: MIT
// Whether the terminal can show UTF-8 block characters, judged from the locale variables.
#include "term/locale.h"

#include "util/strings.h"

#include <string>

namespace stretch::term {

bool utf8_locale(const util::EnvLookup& env)
{
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* value = env(name);
    if (value == nullptr || value[0] == '\0') {
      continue;
    }
    const std::string lower = util::to_lower(value);
    return lower.find("utf-8") != std::string::npos || lower.find("utf8") != std::string::npos;
  }
  return true;
}

} // namespace stretch::term
