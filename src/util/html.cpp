// SPDX-License-Identifier: MIT
// Text made safe for an HTML page.
#include "util/html.h"

#include "util/terminal_text.h"

namespace stretch::util {

std::string html_text(std::string_view text)
{
  const std::string safe = terminal_safe(text);
  std::string out;
  out.reserve(safe.size());
  for (const char c : safe) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += c;
    }
  }
  return out;
}

} // namespace stretch::util
