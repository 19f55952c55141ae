// SPDX-License-Identifier: MIT
// The characters that are not ASCII in what stretch prints, and what stands for them when
// the locale is not UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace stretch::render {

/// The characters a renderer draws with, for a UTF-8 locale or for plain ASCII.
struct Glyphs
{
  std::string_view separator; // between items on a line: " · " or " - "
  std::string_view ellipsis;  // where text was cut: "…" or "..."
  std::string_view bar_done;  // a filled cell of a progress bar
  std::string_view bar_left;  // an empty one
  std::string_view right;     // the arrow keys, in the key help
  std::string_view left;
  bool unicode = true;

  /// The glyphs for a UTF-8 locale (`unicode`) or for ASCII.
  static const Glyphs& of(bool unicode);
};

/// `text` with the typographic characters that routine files and stretch's own texts use
/// (`·`, `…`, dashes, curly quotes, `×`) replaced by ASCII, for a locale that is not UTF-8.
/// Other characters are kept.
std::string ascii_fallback(std::string_view text);

/// `text` as it is for a UTF-8 locale, else `ascii_fallback(text)`.
std::string for_locale(std::string_view text, bool unicode);

} // namespace stretch::render
