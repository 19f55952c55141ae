// SPDX-License-Identifier: MIT
// The letters that answer yes or no: y and n, and the user's language's own.
#include "term/answer_keys.h"

#include "i18n/catalog.h"
#include "util/utf8.h"

#include <langinfo.h>

namespace stretch::term {
namespace {

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
      const auto c = util::decode_utf8(text, at);
      if (!c) {
        continue; // not UTF-8: nothing the keyboard sends
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
  if (made_for != i18n::generation()) {
    made_for = i18n::generation();
    keys = answer_keys_from(::nl_langinfo(YESEXPR), ::nl_langinfo(NOEXPR),
                            // TRANSLATORS: the key that answers yes, a letter of the word for yes.
                            i18n::trc("answer key", "y"),
                            // TRANSLATORS: the key that answers no, a letter of the word for no.
                            i18n::trc("answer key", "n"), U"sqpbr ?");
  }
  return keys;
}

} // namespace stretch::term
