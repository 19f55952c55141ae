// SPDX-License-Identifier: MIT
// Mistakes on the command line, in stretch's own words.
#include "cli/usage_errors.h"

#include "i18n/format.h"

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
    return i18n::trf("{option} is not an option of {command}", fmt::arg("option", subject), fmt::arg("command", named));
  case ParseFailure::extra_argument:
    return command.empty()
             ? i18n::trf("`stretch` runs one routine at a time: `{argument}` is one too many", fmt::arg("argument", subject))
             : i18n::trf("{command} takes no more arguments: `{argument}` is one too many", fmt::arg("command", named),
                         fmt::arg("argument", subject));
  case ParseFailure::missing_argument:
    return needs.empty() ? i18n::trf("{command} needs an argument", fmt::arg("command", named))
                         : i18n::trf("{command} needs {what}", fmt::arg("command", named), fmt::arg("what", needs));
  case ParseFailure::missing_value: {
    const std::string_view example = example_of(problem.subject);
    return example.empty() ? i18n::trf("{option} needs a value", fmt::arg("option", subject))
                           : i18n::trf("{option} needs a value, as in {option} {example}", fmt::arg("option", subject),
                                       fmt::arg("example", example));
  }
  case ParseFailure::value_for_flag:
    return problem.value.empty()
             ? i18n::trf("{option} takes no value: give it alone", fmt::arg("option", subject))
             : i18n::trf("{option} takes no value but true or false, not `{value}`: give it alone",
                         fmt::arg("option", subject), fmt::arg("value", util::terminal_safe(problem.value)));
  case ParseFailure::other:
    break;
  }
  return i18n::trf("{command} cannot take this command line", fmt::arg("command", named));

}

} // namespace stretch::cli
