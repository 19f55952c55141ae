// SPDX-License-Identifier: MIT
// Translated sentences with their values put in: `{name}` placeholders, since a translation
// may need them in another order.
#pragma once

#include "i18n/catalog.h"

#include <concepts>
#include <fmt/format.h>

#include <string>

namespace stretch::i18n {

/// `text` (a translation of `english`) with `args` put in; `english` with them when the
/// translation is broken (a placeholder misspelt), so that a bad catalog never stops the
/// program.
template <typename... Args>
std::string format_either(const char* text, const char* english, const Args&... args)
{
  try {
    return fmt::vformat(text, fmt::make_format_args(args...));
  } catch (const fmt::format_error&) {
    if (text == english) {
      throw;
    }
    return fmt::vformat(english, fmt::make_format_args(args...));
  }
}

/// `msgid` in the user's language, with `args` (`fmt::arg("name", value)`) put in.
template <typename... Args>
std::string trf(const char* msgid, const Args&... args)
{
  return format_either(tr(msgid), msgid, args...);
}

/// The form of `singular` or `plural` for `n` things, with `args` put in; the count itself
/// is `{n}`.
template <std::integral N, typename... Args>
std::string trnf(const char* singular, const char* plural, N n, const Args&... args)
{
  const auto count = static_cast<unsigned long>(n < 0 ? -static_cast<long long>(n) : static_cast<long long>(n));
  return format_either(trn(singular, plural, count), n == 1 ? singular : plural, fmt::arg("n", n), args...);
}

} // namespace stretch::i18n
