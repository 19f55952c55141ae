// SPDX-License-Identifier: MIT
// Makes text from routine files safe to print to a terminal.
#pragma once

#include <string>
#include <string_view>

namespace stretch::util {

/// True for the ASCII control bytes: C0 (tab and newline among them) and DEL.
constexpr bool is_control_byte(char c)
{
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x20 || byte == 0x7f;
}

/// True for code points that a terminal treats as commands rather than text, or that
/// break or hide what is shown: C0 and C1 controls, DEL, the Unicode line and paragraph
/// separators (U+2028, U+2029), the bidirectional marks, embeddings, overrides and
/// isolates that reorder text, and the byte-order mark.
bool is_unsafe_code_point(char32_t cp);

/// True for code points that show as nothing or as a blank: spaces other than the ASCII
/// one (no-break, thin, ideographic...), zero-width characters and joiners, soft hyphens,
/// variation selectors, tags, fillers, and the unsafe code points above. A name holding
/// one could look like another name, or like nothing.
bool is_invisible_or_space(char32_t cp);

/// `text` with every unsafe code point shown in caret notation (`^[` for ESC) or as `?`,
/// and invalid UTF-8 bytes as `?`, so a stranger's routine cannot move the cursor, retitle
/// the window or reach the clipboard. Tabs become spaces; newlines are kept only when
/// `keep_newlines` is set.
std::string terminal_safe(std::string_view text, bool keep_newlines = false);

/// `terminal_safe(text)` appended to `out`.
void append_terminal_safe(std::string& out, std::string_view text, bool keep_newlines = false);

} // namespace stretch::util
