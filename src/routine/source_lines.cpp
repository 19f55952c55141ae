// SPDX-License-Identifier: MIT
// Splits a routine file's bytes into lines, refusing what cannot be a routine file.
#include "routine/source_lines.h"

#include "i18n/format.h"
#include "util/file.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

#include <algorithm>
#include <fmt/format.h>

namespace stretch::routine {
namespace {

// The first problem on `line`, or nullopt when the line is fine.
std::optional<Diagnostic> check_line(std::string_view line, std::size_t number,
                                     std::string_view file)
{
  if (line.size() > k_max_line_length) {
    return Diagnostic{std::string(file), number, 0,
                      i18n::trf("line is too long ({size} bytes; the limit is {most})", fmt::arg("size", line.size()),
                                fmt::arg("most", k_max_line_length))};
  }
  // The column of the character at byte `at`, in characters, as editors count them.
  const auto column_at = [&](std::size_t at) {
    return 1 + static_cast<std::size_t>(std::count_if(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(at),
                                                      [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  };
  std::size_t pos = 0;
  while (pos < line.size()) {
    pos = util::printable_ascii_end(line, pos);
    if (pos == line.size()) {
      break;
    }
    const char byte = line[pos];
    if (byte == '\t') {
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const std::size_t column = column_at(start);
    const auto cp = util::decode_utf8(line, pos);
    if (!cp) {
      return Diagnostic{std::string(file), number, column,
                        i18n::trf("invalid UTF-8 byte 0x{byte:02x}; routine files are UTF-8 text",
                                  fmt::arg("byte", static_cast<unsigned char>(line[start])))};
    }
    if (*cp != '\t' && util::is_unsafe_code_point(*cp)) {
      // C0 and C1 are control characters; the rest break lines or reorder or hide text.
      const bool control = *cp < 0x20 || (*cp >= 0x7F && *cp <= 0x9F);
      return Diagnostic{std::string(file), number, column,
                        control ? i18n::trf("control character U+{code:04X} is not allowed", fmt::arg("code", static_cast<unsigned>(*cp)))
                                : i18n::trf("formatting character U+{code:04X} is not allowed",
                                            fmt::arg("code", static_cast<unsigned>(*cp)))};
    }
  }
  return std::nullopt;
}

} // namespace

SourceLines split_source_lines(std::string_view text, std::string_view file)
{
  SourceLines result;
  const auto fatal = [&](std::size_t line, std::size_t column, std::string message) {
    result.diagnostics.push_back({std::string(file), line, column, std::move(message)});
    result.fatal = true;
    result.lines.clear();
    return result;
  };
  if (text.size() > k_max_file_size) {
    return fatal(0, 0,
                 i18n::trf("file is too large; the limit is {most}", fmt::arg("most", util::format_size(k_max_file_size))));
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return fatal(1, 0, i18n::tr("file is empty; a routine needs a `title` line and an `exercise`"));
  }
  result.lines.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  std::size_t number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    ++number;
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (const std::size_t nul = line.find('\0'); nul != std::string_view::npos) {
      return fatal(number, nul + 1, i18n::tr("NUL byte: this looks like a binary file, not a routine"));

    }
    if (auto problem = check_line(line, number, file)) {
      result.diagnostics.push_back(std::move(*problem));
      result.lines.push_back({number, {}, false});
    } else {
      result.lines.push_back({number, line, true});
    }
    start = end + 1;
  }
  return result;
}

} // namespace stretch::routine
