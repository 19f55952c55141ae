// SPDX-License-Identifier: MIT
// UTF-8 decoding and the display width of text in a terminal.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace stretch::util {

/// Where the run of printable ASCII (0x20 to 0x7E) that starts at byte `pos` of `text`
/// ends: most of any text, a column a byte, nothing to decode. Looks at eight bytes at a time.
std::size_t printable_ascii_end(std::string_view text, std::size_t pos = 0);

/// The code point that starts at byte `pos` of `text`, advancing `pos` past it; nullopt (and
/// `pos` moved one byte) when the bytes there are not valid UTF-8.
std::optional<char32_t> decode_utf8(std::string_view text, std::size_t& pos);

/// `cp` as UTF-8 (one to four bytes).
std::string encode_utf8(char32_t cp);

/// How many terminal columns `cp` takes, as wcwidth(3) says for the locale's character
/// types (see `adopt_user_locale`): 0 for combining marks and zero-width characters, 2 for
/// wide East Asian characters and emoji; 1 for anything it does not know.
int code_point_width(char32_t cp);

/// How many terminal columns `text` takes; invalid bytes count one column each.
std::size_t display_width(std::string_view text);

/// `text` cut to at most `width` columns, ending in `ellipsis` when it was cut.
std::string truncate_to_width(std::string_view text, std::size_t width, std::string_view ellipsis = "…");

/// `text` followed by spaces up to `width` columns.
std::string pad_to_width(std::string_view text, std::size_t width);

} // namespace stretch::util
