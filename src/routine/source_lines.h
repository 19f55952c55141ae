// SPDX-License-Identifier: MIT
// Splits a routine file's bytes into lines, refusing what cannot be a routine file.
#pragma once

#include "routine/diagnostic.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace stretch::routine {

/// The largest routine file accepted, in bytes.
inline constexpr std::size_t k_max_file_size = 1024 * 1024;

/// The longest line accepted, in bytes.
inline constexpr std::size_t k_max_line_length = 1000;

/// One line of a routine file, without its line end. `number` is 1-based. An unreadable
/// line (reported already) has no text, so that the parser knows something was there.
struct SourceLine
{
  std::size_t number = 0;
  std::string_view text;
  bool readable = true;
};

/// The readable lines of a file, and the problems with the rest.
struct SourceLines
{
  std::vector<SourceLine> lines;
  std::vector<Diagnostic> diagnostics;
  bool fatal = false; // the file cannot be a routine at all: too large, binary, empty
};

/// Splits `text` (the file `file`) into lines. Drops a UTF-8 byte order mark and the CR of
/// CRLF line ends. Reports files over `k_max_file_size`, empty files and NUL bytes as fatal,
/// and marks unreadable (with a diagnostic each) lines that are too long, not UTF-8, or that
/// hold control characters other than tab.
SourceLines split_source_lines(std::string_view text, std::string_view file);

} // namespace stretch::routine
