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

/// True for code points that a terminal treats as commands rather than text: C0 and C1
/// controls, DEL, and the bidirectional overrides that reorder what is shown.
bool is_unsafe_code_point(char32_t cp);

/// `text` with every unsafe code point shown in caret notation (`^[` for ESC) or as `?`,
/// and invalid UTF-8 bytes as `?`, so a stranger's routine cannot move the cursor, retitle
/// the window or reach the clipboard. Tabs become spaces; newlines are kept only when
/// `keep_newlines` is set.
std::string terminal_safe(std::string_view text, bool keep_newlines = false);

} // namespace stretch::util
