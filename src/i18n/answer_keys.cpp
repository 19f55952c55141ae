// SPDX-License-Identifier: MIT
// The letters that answer yes or no: y and n, and the user's language's own.
#include "i18n/answer_keys.h"

#include "i18n/catalog.h"

#include <langinfo.h>
#include <optional>

namespace stretch::i18n {
namespace {

// The code point that starts at `at` in `text`, and `at` moved past it; nullopt at a byte
// that starts none (the catalogs and the C library give UTF-8, but nothing is trusted).
std::optional<char32_t> next_code_point(std::string_view text, std::size_t& at)
{
  const auto lead = static_cast<unsigned char>(text[at]);
  const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || at + length > text.size()) {
    return std::nullopt;
  }
  char32_t c = length == 1 ? lead : lead & (0x3F >> (length - 1));
  for (std::size_t i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(text[at + i]);
    if ((next & 0xC0) != 0x80) {
      return std::nullopt;
    }
    c = (c << 6) | (next & 0x3F);
  }
  at += length;
  return c;
}

bool is_letter(char32_t c)
{
  return (c >= U'a' && c <= U'z') || c >= 0xC0;
}

// The letters of the first bracket of `expr` (`^[+1jJyY]` -> `jy`), then `letter`'s.
std::u32string letters_of(std::string_view expr, std::string_view letter)
{
  std::u32string letters;
  const auto add = [&](std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
      const auto c = next_code_point(text, at);
      if (!c) {
        return;
      }
      const char32_t low = lower_letter(*c);
      if (is_letter(low) && letters.find(low) == std::u32string::npos) {
        letters += low;
      }
    }
  };
  const std::size_t open = expr.find('[');
  const std::size_t close = open == std::string_view::npos ? open : expr.find(']', open);
  add(letter);
  if (close != std::string_view::npos) {
    add(expr.substr(open + 1, close - open - 1));
  }
  return letters;
}

} // namespace

char32_t lower_letter(char32_t c)
{
  const bool latin1 = c >= 0xC0 && c <= 0xDE && c != 0xD7;
  const bool cyrillic = c >= 0x410 && c <= 0x42F;
  return (c >= U'A' && c <= U'Z') || latin1 || cyrillic ? c + 0x20 : c;
}

AnswerKeys answer_keys_from(std::string_view yes_expr, std::string_view no_expr, std::string_view yes_letter,
                            std::string_view no_letter, std::u32string_view taken)
{
  const std::u32string yes = letters_of(yes_expr, yes_letter);
  const std::u32string no = letters_of(no_expr, no_letter);
  AnswerKeys keys;
  const auto keep = [&](const std::u32string& from, const std::u32string& other, std::u32string& into) {
    for (const char32_t c : from) {
      if (c != U'y' && c != U'n' && taken.find(c) == std::u32string_view::npos && other.find(c) == std::u32string::npos
          && into.size() < 4) {
        into += c;
      }
    }
  };
  keep(yes, no, keys.yes);
  keep(no, yes, keys.no);
  keys.yes += U'y';
  keys.no += U'n';
  return keys;
}

const AnswerKeys& answer_keys()
{
  // Worked out once for each choice of languages; keys that do something else on a
  // question (skip, quit, pause, again, resume, help) are never answers.
  static AnswerKeys keys;
  static unsigned made_for = ~0U;
  if (made_for != generation()) {
    made_for = generation();
    keys = answer_keys_from(::nl_langinfo(YESEXPR), ::nl_langinfo(NOEXPR),
                            // TRANSLATORS: the key that answers yes, a letter of the word for yes.
                            trc("answer key", "y"),
                            // TRANSLATORS: the key that answers no, a letter of the word for no.
                            trc("answer key", "n"), U"sqpbr ?");
  }
  return keys;
}

std::string key_text(char32_t letter)
{
  std::string text;
  if (letter < 0x80) {
    text += static_cast<char>(letter);
  } else if (letter < 0x800) {
    text += static_cast<char>(0xC0 | (letter >> 6));
    text += static_cast<char>(0x80 | (letter & 0x3F));
  } else if (letter < 0x10000) {
    text += static_cast<char>(0xE0 | (letter >> 12));
    text += static_cast<char>(0x80 | ((letter >> 6) & 0x3F));
    text += static_cast<char>(0x80 | (letter & 0x3F));
  } else {
    text += static_cast<char>(0xF0 | (letter >> 18));
    text += static_cast<char>(0x80 | ((letter >> 12) & 0x3F));
    text += static_cast<char>(0x80 | ((letter >> 6) & 0x3F));
    text += static_cast<char>(0x80 | (letter & 0x3F));
  }
  return text;
}

} // namespace stretch::i18n
