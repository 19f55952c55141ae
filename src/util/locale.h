// SPDX-License-Identifier: MIT
// The user's locale, as the C library knows it: whether the terminal takes UTF-8, and how
// many columns a character takes.
#pragma once

#include <string_view>

namespace stretch::util {

/// True when `codeset` (what nl_langinfo(CODESET) says) names UTF-8: `UTF-8`, `utf8`.
bool is_utf8_codeset(std::string_view codeset);

/// True when the locale the environment names for character types (`LC_ALL`, else
/// `LC_CTYPE`, else `LANG`) has a UTF-8 character set (`de_DE.UTF-8`, `C.utf8`): whether
/// to draw block characters, `·` and `…`, told without loading the locale, which costs
/// more than most of what stretch does (see `ensure_width_locale`).
bool utf8_environment(const char* lc_all, const char* lc_ctype, const char* lang);

/// Loads a locale for character types the first time a width is asked of the C library:
/// the user's when it is UTF-8, else a UTF-8 one (C.UTF-8, en_US.UTF-8), so that wcwidth(3)
/// measures the text of routine files, which is always UTF-8. Does nothing after the first
/// call, nor after `adopt_user_locale`.
void ensure_width_locale();

/// Takes the user's locale for character types, as setlocale(LC_CTYPE, "") does, and
/// returns whether its character set is UTF-8 (nl_langinfo(CODESET)): whether to draw
/// block characters, `·` and `…`. When it is not, character types switch to a UTF-8
/// locale if there is one (C.UTF-8, en_US.UTF-8), so that wcwidth(3) still measures the
/// text of routine files, which is always UTF-8. Call it once, at the start.
bool adopt_user_locale();

} // namespace stretch::util
