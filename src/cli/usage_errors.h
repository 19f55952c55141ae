// SPDX-License-Identifier: MIT
// Mistakes on the command line, said in stretch's own words: what was wrong and how it
// goes, never the parser's placeholders.
#pragma once

#include <string>
#include <string_view>

namespace stretch::cli {

/// What the command-line parser found wrong.
enum class ParseFailure {
  unknown_option,   ///< an option the command does not take: `subject` is it
  extra_argument,   ///< arguments past the last the command takes: `subject` lists them
  missing_argument, ///< a required argument is missing
  missing_value,    ///< an option without its value: `subject` is the option
  value_for_flag,   ///< a value other than true or false given to a flag: `subject` is the flag
  other,
};

/// A failure and what it is about.
struct ParseProblem
{
  ParseFailure failure = ParseFailure::other;
  std::string subject;
  std::string value{}; ///< for `value_for_flag`: the value given
};

/// The message for `problem` in `command`, as typed after `stretch` (`remind remove`; ""
/// for the top level), whose arguments are `needs` (as `a routine, as in ...`; "" when
/// not known).
std::string phrase_problem(const ParseProblem& problem, std::string_view command, std::string_view needs);

} // namespace stretch::cli
