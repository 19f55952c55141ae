// SPDX-License-Identifier: MIT
// The characters that are not ASCII in what stretch prints, and their ASCII stand-ins.
#include "render/glyphs.h"

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
