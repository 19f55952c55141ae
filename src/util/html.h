// SPDX-License-Identifier: MIT
// Text made safe for an HTML page: whatever a routine or the history holds stays text.
#pragma once

#include <string>
#include <string_view>

namespace stretch::util {

/// `text` as HTML text or an attribute value: `&`, `<`, `>`, `"` and `'` written as
/// entities; control characters and invalid UTF-8 shown as `terminal_safe` shows them
/// (`^[`, `?`), so that no byte of a stranger's can make markup, a script or a broken page.
std::string html_text(std::string_view text);

/// `text` (already made safe) as text between the tags of a markup that keeps quotes as
/// they are, such as a desktop notification's body: only `&`, `<` and `>` as entities.
std::string markup_text(std::string_view text);

} // namespace stretch::util
