// SPDX-License-Identifier: MIT
// The figures of the report's page, as a machine reads them: each marked `data-figure`.
#pragma once

#include <string>

namespace stretch::test {

/// What the element marked `data-figure="key"` holds, up to its first tag; `(none)`
/// when there is none.
inline std::string html_figure(const std::string& page, const std::string& key)
{
  const std::string mark = "data-figure=\"" + key + "\">";
  const std::size_t at = page.find(mark);
  if (at == std::string::npos) {
    return "(none)";
  }
  const std::size_t from = at + mark.size();
  return page.substr(from, page.find('<', from) - from);
}

} // namespace stretch::test
