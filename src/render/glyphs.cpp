// SPDX-License-Identifier: MIT
// The characters that are not ASCII in what stretch prints, and their ASCII stand-ins.
#include "render/glyphs.h"

#include <algorithm>
#include <array>
#include <utility>

namespace stretch::render {
namespace {

constexpr Glyphs k_unicode{" · ", "…", "█", "░", "→", "←", true};
constexpr Glyphs k_ascii{" - ", "...", "#", "-", "right", "left", false};

constexpr std::array<std::pair<std::string_view, std::string_view>, 10> k_fallbacks{{
  {"·", "-"},
  {"…", "..."},
  {"—", "-"},
  {"–", "-"},
  {"‘", "'"},
  {"’", "'"},
  {"“", "\""},
  {"”", "\""},
  {"×", "x"},
  {"→", "->"},
}};

} // namespace

const Glyphs& Glyphs::of(bool unicode)
{
  return unicode ? k_unicode : k_ascii;
}

std::string ascii_fallback(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    // ASCII, most of any text, goes as it is, a run at a time.
    const auto ascii_end = std::find_if(text.begin() + static_cast<std::ptrdiff_t>(i), text.end(),
                                        [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    const auto run = static_cast<std::size_t>(ascii_end - text.begin()) - i;
    out.append(text.substr(i, run));
    i += run;
    if (i == text.size()) {
      break;
    }
    bool replaced = false;
    if (static_cast<unsigned char>(text[i]) >= 0x80) {
      for (const auto& [from, to] : k_fallbacks) {
        if (text.substr(i).starts_with(from)) {
          out += to;
          i += from.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) {
      out += text[i++];
    }
  }
  return out;
}

std::string for_locale(std::string_view text, bool unicode)
{
  return unicode ? std::string(text) : ascii_fallback(text);
}

} // namespace stretch::render
