// SPDX-License-Identifier: MIT
// Which language the user reads, as gettext decides it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stretch::i18n {

/// The languages to look for, best first, as gettext looks for them: `messages_locale` is
/// the locale of LC_MESSAGES as setlocale() took it, `language_env` the LANGUAGE variable.
/// "C" or "POSIX" (without a codeset) means English, whatever LANGUAGE says; otherwise
/// LANGUAGE's colon-separated list wins, else the locale's own language. Each name comes
/// with its plain language after it (`de_AT` then `de`). Empty when the first choice is
/// English: then no catalog is opened.
std::vector<std::string> message_languages(std::string_view messages_locale, std::string_view language_env);

/// `name` without its codeset and modifier: `de_DE.UTF-8@euro` -> `de_DE`.
std::string_view language_part(std::string_view name);

/// The language of `name` alone: `de_DE` -> `de`.
std::string_view base_language(std::string_view name);

/// Whether `tag` is written as a language tag of routine files and catalogs: two or three
/// lowercase letters, then optionally `_` and two uppercase letters (`de`, `pt_BR`).
bool is_language_tag(std::string_view tag);

} // namespace stretch::i18n
