// SPDX-License-Identifier: MIT
// Mistakes on the command line, in stretch's own words.
#include "cli/usage_errors.h"

#include "util/terminal_text.h"

#include <fmt/format.h>
#include <utility>

namespace stretch::cli {
namespace {

// What a value of each option looks like, for messages that show how to give it.
constexpr std::pair<std::string_view, std::string_view> k_option_examples[] = {
  {"--reps", "3"},       {"--side", "left"},   {"--scale", "0.5"},  {"--ready", "3"},
  {"--color", "never"},  {"--theme", "light"}, {"--sound", "tones"}, {"--config", "FILE"},
  {"--from", "calf"},    {"--as", "physio"},   {"--last", "20"},    {"--since", "2026-11-01"},
};

std::string_view example_of(std::string_view option)
{
  for (const auto& [name, example] : k_option_examples) {
    if (name == option) {
      return example;
    }
  }
  return {};
}

} // namespace

std::string phrase_problem(const ParseProblem& problem, std::string_view command, std::string_view needs)
{
  const std::string named = command.empty() ? "`stretch`" : fmt::format("`stretch {}`", command);
  const std::string subject = util::terminal_safe(problem.subject);
  switch (problem.failure) {
  case ParseFailure::unknown_option:
    return fmt::format("{} is not an option of {}", subject, named);
  case ParseFailure::extra_argument:
    return command.empty() ? fmt::format("`stretch` runs one routine at a time: `{}` is one too many", subject)
                           : fmt::format("{} takes no more arguments: `{}` is one too many", named, subject);
  case ParseFailure::missing_argument:
    return fmt::format("{} needs {}", named, needs.empty() ? std::string_view("an argument") : needs);
  case ParseFailure::missing_value: {
    const std::string_view example = example_of(problem.subject);
    return example.empty() ? fmt::format("{} needs a value", subject)
                           : fmt::format("{} needs a value, as in {} {}", subject, subject, example);
  }
  case ParseFailure::value_for_flag:
    return problem.value.empty()
             ? fmt::format("{} takes no value: give it alone", subject)
             : fmt::format("{} takes no value but true or false, not `{}`: give it alone", subject,
                           util::terminal_safe(problem.value));
  case ParseFailure::other:
    break;
  }
  return fmt::format("{} cannot take this command line", named);
}

} // namespace stretch::cli
