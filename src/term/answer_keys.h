// SPDX-License-Identifier: MIT
// The letters that answer yes or no: y and n, and the user's language's own.
#pragma once

#include <string>
#include <string_view>

namespace stretch::term {

/// The letters (lower case) that answer a question yes or no, the language's own first:
/// `jy` and `n` in German, `oy` and `n` in French, `y` and `n` in English.
struct AnswerKeys
{
  std::u32string yes;
  std::u32string no;
};

/// The keys from the locale's answer expressions (`yes_expr`, `no_expr`, as
/// nl_langinfo(YESEXPR) gives them, `^[+1jJyY]`) and the catalog's letters (`yes_letter`,
/// `no_letter`, UTF-8), besides y and n. A letter that `taken` holds (a key that does
/// something else on a question, such as `s` for skip) or that answers both ways is left
/// out: no key both moves on and answers.
AnswerKeys answer_keys_from(std::string_view yes_expr, std::string_view no_expr, std::string_view yes_letter,
                            std::string_view no_letter, std::u32string_view taken);

/// The answer keys of the user's locale and language, worked out once.
const AnswerKeys& answer_keys();

/// `c` in small letters, when it is a capital of ASCII, Latin-1 or Cyrillic; else `c`.
char32_t lower_letter(char32_t c);


} // namespace stretch::term
