// SPDX-License-Identifier: MIT
// Small string helpers shared by the parsers and the renderers.
#include "util/strings.h"

#include "i18n/catalog.h"

#include <algorithm>
#include <fmt/format.h>

namespace stretch::util {

std::string_view trim(std::string_view text)
{
  while (!text.empty() && is_blank(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_blank(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

std::pair<std::string_view, std::string_view> split_first_word(std::string_view text)
{
  text = trim(text);
  std::size_t end = 0;
  while (end < text.size() && !is_blank(text[end])) {
    ++end;
  }
  return {text.substr(0, end), trim(text.substr(end))};
}

std::vector<std::string_view> split_words(std::string_view text, bool commas)
{
  std::vector<std::string_view> words;
  std::size_t i = 0;
  const auto separates = [commas](char c) { return is_blank(c) || (commas && c == ','); };
  while (i < text.size()) {
    while (i < text.size() && separates(text[i])) {
      ++i;
    }
    const std::size_t start = i;
    while (i < text.size() && !separates(text[i])) {
      ++i;
    }
    if (i > start) {
      words.push_back(text.substr(start, i - start));
    }
  }
  return words;
}

std::vector<std::string_view> split_list(std::string_view text, char separator)
{
  std::vector<std::string_view> parts;
  while (true) {
    const std::size_t end = text.find(separator);
    if (end != 0 && !text.empty()) {
      parts.push_back(text.substr(0, end));
    }
    if (end == std::string_view::npos) {
      return parts;
    }
    text.remove_prefix(end + 1);
  }
}

std::string to_lower(std::string_view text)
{
  std::string result(text);
  for (char& c : result) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return result;
}

bool iequals(std::string_view a, std::string_view b)
{
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return a.size() == b.size()
         && std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

std::string plural(long long n, std::string_view word)
{
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

std::string join(const std::vector<std::string>& parts, std::string_view separator)
{
  std::string result;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) {
      result += separator;
    }
    result += parts[i];
  }
  return result;
}

std::string format_decimal(double value)
{
  std::string text = fmt::format("{:.10f}", value);
  while (text.back() == '0') {
    text.pop_back();
  }
  if (text.back() == '.') {
    text.pop_back();
  }
  return text;
}

std::string or_list(const std::vector<std::string_view>& parts)
{
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) {
      text += i + 1 == parts.size() ? i18n::tr(" or ") : ", ";

    }
    text += parts[i];
  }
  return text;
}

std::optional<double> parse_decimal(std::string_view text)
{
  if (text.empty() || text.size() > 64) {
    return std::nullopt;
  }
  double value = 0;
  double scale = 0; // 0 before the point; then the value of the next digit
  bool digits = false;
  for (const char c : text) {
    if (c == '.' && scale == 0) {
      scale = 0.1;
    } else if (c >= '0' && c <= '9') {
      digits = true;
      if (scale == 0) {
        value = value * 10 + (c - '0');
      } else {
        value += (c - '0') * scale;
        scale /= 10;
      }
    } else {
      return std::nullopt;
    }
  }
  return digits ? std::optional<double>(value) : std::nullopt;
}

std::optional<long long> parse_count(std::string_view text, long long max)
{
  if (text.empty() || text.size() > 64) {
    return std::nullopt;
  }
  long long value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    if (value <= max) {
      value = value * 10 + (c - '0');
    }
  }
  return value > max ? max + 1 : value;
}

namespace {

// `text` with its ASCII and Latin-1 letters in capitals (`up`) or small letters: the two
// cases differ by 0x20 in both alphabets (but for × and ÷).
std::string shift_case(std::string_view text, bool up)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (up ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) {
      out += static_cast<char>(up ? c - 0x20 : c + 0x20);
    } else if (c == 0xC3 && i + 1 < text.size()) {
      // U+00C0-U+00DE and U+00E0-U+00FE are 0xC3 0x80-0x9E and 0xC3 0xA0-0xBE.
      const auto next = static_cast<unsigned char>(text[i + 1]);
      const bool lower_letter = next >= 0xA0 && next <= 0xBE && next != 0xB7;
      const bool upper_letter = next >= 0x80 && next <= 0x9E && next != 0x97;
      out += static_cast<char>(c);
      out += static_cast<char>(up && lower_letter ? next - 0x20 : !up && upper_letter ? next + 0x20 : next);
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

} // namespace

std::string upper_latin(std::string_view text)
{
  return shift_case(text, true);
}

std::string lower_latin(std::string_view text)
{
  return shift_case(text, false);
}

} // namespace stretch::util
