// SPDX-License-Identifier: MIT
// Whether the terminal's background is light or dark.
#include "term/background.h"

#include "util/strings.h"

#include <vector>

namespace stretch::term {
namespace {

// A channel of `rgb:R/G/B`, 1 to 4 hex digits, as a fraction of its largest value.
std::optional<double> channel(std::string_view hex)
{
  if (hex.empty() || hex.size() > 4) {
    return std::nullopt;
  }
  unsigned value = 0;
  for (const char c : hex) {
    const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (digit < 0) {
      return std::nullopt;
    }
    value = value * 16 + static_cast<unsigned>(digit);
  }
  return static_cast<double>(value) / static_cast<double>((1u << (4 * hex.size())) - 1);
}

// `rgb:R/G/B` (or `rgba:R/G/B/A`) as light or dark, by its perceived brightness.
Background from_color(std::string_view color)
{
  const bool alpha = color.starts_with("rgba:");
  if (!alpha && !color.starts_with("rgb:")) {
    return Background::unknown;
  }
  const auto parts = util::split_list(color.substr(alpha ? 5 : 4), '/');
  if (parts.size() != (alpha ? 4u : 3u)) {
    return Background::unknown;
  }
  const auto r = channel(parts[0]);
  const auto g = channel(parts[1]);
  const auto b = channel(parts[2]);
  if (!r || !g || !b) {
    return Background::unknown;
  }
  return 0.299 * *r + 0.587 * *g + 0.114 * *b >= 0.5 ? Background::light : Background::dark;
}

} // namespace

Background background_from_colorfgbg(std::string_view value)
{
  const std::size_t last = value.rfind(';');
  if (last == std::string_view::npos) {
    return Background::unknown;
  }
  const auto color = util::parse_count(value.substr(last + 1), 255);
  if (!color || *color > 15) {
    return Background::unknown;
  }
  return *color == 7 || *color >= 9 ? Background::light : Background::dark;
}

std::optional<BackgroundReply> read_background_reply(std::string_view bytes)
{
  // The end of a DA1 reply that starts at `at`, or npos.
  const auto da1_end = [&](std::size_t at) {
    if (at == std::string_view::npos || bytes.compare(at, 3, "\x1b[?") != 0) {
      return std::string_view::npos;
    }
    const std::size_t c = bytes.find('c', at);
    return c == std::string_view::npos ? c : c + 1;
  };
  const std::size_t osc = bytes.find("\x1b]11;");
  if (osc != std::string_view::npos) {
    const std::size_t start = osc + 5;
    const std::size_t end = std::min(bytes.find('\a', start), bytes.find("\x1b\\", start));
    if (end == std::string_view::npos) {
      return std::nullopt;
    }
    std::size_t after = end + (bytes[end] == '\a' ? 1 : 2);
    if (const std::size_t da = da1_end(after); da != std::string_view::npos) {
      after = da;
    }
    return BackgroundReply{from_color(bytes.substr(start, end - start)), osc, after};
  }
  const std::size_t da = bytes.find("\x1b[?");
  if (const std::size_t end = da1_end(da); end != std::string_view::npos) {
    return BackgroundReply{Background::unknown, da, end};
  }
  return std::nullopt;
}

} // namespace stretch::term
