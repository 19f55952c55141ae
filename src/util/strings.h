// SPDX-License-Identifier: MIT
// Small string helpers shared by the parsers and the renderers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stretch::util {

/// True for the ASCII blanks that separate words in a routine file: space and tab.
constexpr bool is_blank(char c) { return c == ' ' || c == '\t'; }

/// `text` without leading and trailing blanks.
std::string_view trim(std::string_view text);

/// Splits `text` at its first run of blanks: the word and the trimmed rest.
std::pair<std::string_view, std::string_view> split_first_word(std::string_view text);

/// The words of `text`, separated by blanks and, when `commas` is set, commas.
std::vector<std::string_view> split_words(std::string_view text, bool commas = false);

/// The non-empty parts of `text` between `separator`s: the folders of a `PATH`-like list.
std::vector<std::string_view> split_list(std::string_view text, char separator);

/// `text` with ASCII letters lowered; other bytes are kept as they are.
std::string to_lower(std::string_view text);

/// Compares `a` and `b`, ignoring the case of ASCII letters.
bool iequals(std::string_view a, std::string_view b);

/// Joins `parts` with `separator` between them.
std::string join(const std::vector<std::string>& parts, std::string_view separator);

/// `n` and the English `word` for one thing, made plural with an `s` unless `n` is 1:
/// `1 day`, `3 days`, `0 sessions`.
std::string plural(long long n, std::string_view word);

/// `parts` as a sentence lists them: `a, b or c`; `a or b`; `a`.
std::string or_list(const std::vector<std::string_view>& parts);

/// `text` in capitals: ASCII and Latin-1 letters (`links` -> `LINKS`, `drücken` ->
/// `DRÜCKEN`); other characters as they are.
std::string upper_latin(std::string_view text);

/// `text` in small letters: ASCII and Latin-1 letters; other characters as they are.
std::string lower_latin(std::string_view text);


/// Parses `text` as a non-negative decimal number with an optional fraction (`0.5`, `2`,
/// `.5`); nullopt for anything else: signs, exponents, hexadecimal, blanks.
std::optional<double> parse_decimal(std::string_view text);

/// `value` as a person writes a decimal number: `0.5`, `2`, `0.0000001`, never with an
/// exponent nor a trail of noise digits (ten decimals at most).
std::string format_decimal(double value);

/// Parses `text` as a whole non-negative decimal number; nullopt when it is not one.
/// Values above `max` come back as `max + 1`, so callers can say "too many".
std::optional<long long> parse_count(std::string_view text, long long max);

} // namespace stretch::util
