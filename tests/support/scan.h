// SPDX-License-Identifier: MIT
// Picking things out of text without <regex>, which is slow to compile: terminal output,
// help texts, sources and manual pages.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::test {

/// How many times `what` occurs in `text`, not overlapping.
inline std::size_t count_of(std::string_view text, std::string_view what)
{
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) {
    ++n;
  }
  return n;
}

/// True when `text` is well-formed UTF-8 to its very end (no sequence cut short, no
/// overlong form, no surrogate).
inline bool is_valid_utf8(std::string_view text)
{
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xe ? 3 : (byte >> 3) == 0x1e ? 4 : 0;
    if (length == 0 || i + length > text.size()) {
      return false;
    }
    char32_t cp = length == 1 ? byte : byte & (0x7f >> length);
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next >> 6) != 0x2) {
        return false;
      }
      cp = (cp << 6) | (next & 0x3f);
    }
    const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[length] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      return false;
    }
    i += length;
  }
  return true;
}

/// `text` without its SGR escape sequences (colors and emphasis: ESC [ ... m).
inline std::string strip_sgr(std::string_view text)
{
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
      std::size_t j = i + 2;
      while (j < text.size() && ((text[j] >= '0' && text[j] <= '9') || text[j] == ';')) {
        ++j;
      }
      if (j < text.size() && text[j] == 'm') {
        i = j;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

/// True when `text` holds an escape sequence that moves the cursor or erases: CSI with a
/// final byte of A, B, C, D, H, J, K, or the mode sets `?...h` and `?...l`.
inline bool moves_cursor(std::string_view text)
{
  for (std::size_t at = text.find("\x1b["); at != std::string_view::npos; at = text.find("\x1b[", at + 1)) {
    std::size_t j = at + 2;
    while (j < text.size() && ((text[j] >= '0' && text[j] <= '9') || text[j] == ';' || text[j] == '?')) {
      ++j;
    }
    if (j < text.size() && std::string_view("ABCDHJKhl").find(text[j]) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

/// The two-digit numbers that follow each `before` in `text`: the seconds of
/// `CONTRACT  0:07` for a `before` of "CONTRACT  0:".
inline std::vector<int> numbers_after(std::string_view text, std::string_view before)
{
  std::vector<int> numbers;
  for (std::size_t at = text.find(before); at != std::string_view::npos; at = text.find(before, at + 1)) {
    const std::size_t digits = at + before.size();
    if (digits + 2 <= text.size() && text[digits] >= '0' && text[digits] <= '9' && text[digits + 1] >= '0'
        && text[digits + 1] <= '9') {
      numbers.push_back((text[digits] - '0') * 10 + (text[digits + 1] - '0'));
    }
  }
  return numbers;
}

/// The runs of characters from `allowed` that follow each `before` in `text` and end with
/// `after` (any end, when `after` is empty).
inline std::set<std::string> words_after(std::string_view text, std::string_view before, std::string_view allowed,
                                         std::string_view after = {})
{
  std::set<std::string> words;
  for (std::size_t at = text.find(before); at != std::string_view::npos; at = text.find(before, at + 1)) {
    std::size_t end = at + before.size();
    while (end < text.size() && allowed.find(text[end]) != std::string_view::npos) {
      ++end;
    }
    const std::string_view word = text.substr(at + before.size(), end - at - before.size());
    if (!word.empty() && text.substr(end).starts_with(after)) {
      words.emplace(word);
    }
  }
  return words;
}

/// Letters for `words_after`.
inline constexpr std::string_view k_upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ_";
inline constexpr std::string_view k_option = "abcdefghijklmnopqrstuvwxyz-";

} // namespace stretch::test
