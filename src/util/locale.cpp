// SPDX-License-Identifier: MIT
// The user's locale, as the C library knows it.
#include "util/locale.h"

#include "util/strings.h"

#include <clocale>
#include <langinfo.h>

namespace stretch::util {

bool is_utf8_codeset(std::string_view codeset)
{
  return iequals(codeset, "UTF-8") || iequals(codeset, "utf8");
}

bool adopt_user_locale()
{
  std::setlocale(LC_CTYPE, "");
  const bool utf8 = is_utf8_codeset(::nl_langinfo(CODESET));
  if (!utf8) {
    for (const char* name : {"C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"}) {
      if (std::setlocale(LC_CTYPE, name) != nullptr && is_utf8_codeset(::nl_langinfo(CODESET))) {
        break;
      }
    }
  }
  return utf8;
}

} // namespace stretch::util
