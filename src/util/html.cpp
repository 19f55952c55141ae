// SPDX-License-Identifier: MIT
// Text made safe for an HTML page.
#include "util/html.h"

#include "util/terminal_text.h"

namespace stretch::util {
namespace {

// `text` with `&`, `<` and `>` (and, with `quotes`, `"` and `'`) written as entities.
std::string escaped(std::string_view text, bool quotes)
{
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += quotes ? "&quot;" : "\""; break;
    case '\'': out += quotes ? "&#39;" : "'"; break;
    default: out += c;
    }
  }
  return out;
}

} // namespace

std::string html_text(std::string_view text)
{
  return escaped(terminal_safe(text), true);
}

std::string markup_text(std::string_view text)
{
  return escaped(text, false);
}

} // namespace stretch::util
