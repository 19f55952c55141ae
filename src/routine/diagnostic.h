// SPDX-License-Identifier: MIT
// Problems found in a routine file, reported as a compiler reports them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace stretch::routine {

/// How much a diagnostic matters: an error makes a routine unusable; a warning (from the
/// linter) does not.
enum class Severity { error, warning };

/// One problem: where it is (`line` and `column` are 1-based, 0 when unknown) and what.
struct Diagnostic
{
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  std::string message;
  Severity severity = Severity::error;
};

/// `diagnostic` as `FILE:LINE:COLUMN: error: MESSAGE` (or `warning:`), leaving out an
/// unknown line or column.
std::string format_diagnostic(const Diagnostic& diagnostic);

/// Every diagnostic in `diagnostics`, one line each, each ending in a newline.
std::string format_diagnostics(const std::vector<Diagnostic>& diagnostics);

} // namespace stretch::routine
