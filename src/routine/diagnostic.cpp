// SPDX-License-Identifier: MIT
// Problems found in a routine file, reported as a compiler reports them.
#include "routine/diagnostic.h"

#include "util/terminal_text.h"

#include <fmt/format.h>

namespace stretch::routine {

std::string format_diagnostic(const Diagnostic& diagnostic)
{
  std::string where = util::terminal_safe(diagnostic.file);
  if (diagnostic.line > 0) {
    where += fmt::format(":{}", diagnostic.line);
    if (diagnostic.column > 0) {
      where += fmt::format(":{}", diagnostic.column);
    }
  }
  return fmt::format("{}: {}: {}", where, diagnostic.severity == Severity::error ? "error" : "warning",
                     util::terminal_safe(diagnostic.message));
}

std::string format_diagnostics(const std::vector<Diagnostic>& diagnostics)
{
  std::string text;
  for (const Diagnostic& diagnostic : diagnostics) {
    text += format_diagnostic(diagnostic);
    text += '\n';
  }
  return text;
}

} // namespace stretch::routine
