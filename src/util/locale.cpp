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

namespace {

bool g_width_locale = false; // a locale for character types is loaded

} // namespace

bool utf8_environment(const char* lc_all, const char* lc_ctype, const char* lang)
{
  const char* name = lc_all != nullptr && *lc_all != '\0'       ? lc_all
                     : lc_ctype != nullptr && *lc_ctype != '\0' ? lc_ctype
                                                               : lang;
  if (name == nullptr) {
    return false;
  }
  const std::string_view locale(name);
  const std::size_t dot = locale.find('.');
  if (dot == std::string_view::npos) {
    return false; // C, POSIX, or a language's default character set
  }
  const std::string_view codeset = locale.substr(dot + 1, locale.find('@', dot) - dot - 1);
  return is_utf8_codeset(codeset);
}

void ensure_width_locale()
{
  if (!g_width_locale) {
    adopt_user_locale();
  }
}

bool adopt_user_locale()
{
  g_width_locale = true;
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
