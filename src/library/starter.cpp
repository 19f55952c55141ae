// SPDX-License-Identifier: MIT
// The text of a new routine: a commented starter to fill in, or a copy of another routine.
#include "library/starter.h"

#include "util/strings.h"

#include <fmt/format.h>

namespace stretch::library {

std::string title_from_name(std::string_view name)
{
  std::string title(name);
  for (char& c : title) {
    if (c == '-' || c == '_') {
      c = ' ';
    }
  }
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') {
    title[0] = static_cast<char>(title[0] - 'a' + 'A');
  }
  return title;
}

std::string starter_routine(std::string_view name)
{
  return fmt::format(R"(# {0}: a routine of your own. Every line is a keyword and its text; `man
# stretch-routine` explains them all. Check it with `stretch check {0}`, see its
# timeline with `stretch show {0}`, and run it with `stretch {0}`.

title {1}
description What this routine is for, in a sentence or two.

# An exercise: how to get into position, the sides, the reps, then the steps of one rep.
exercise {1}
  setup How to get into position; shown while a 5-second lead-in counts down.
  sides left right
  reps 3
  # Steps: contract, stretch, relax or rest, each with a time (10s, 1m30s, 90) and a cue.
  contract 10s What to do in this hold.
  relax 5s Let go.
  # Optional: a rest between reps or sides.
  # between-reps 10s Shake it out.

# More exercises follow the same way. Other routines can be included by name:
# include calf
)",
                     name, title_from_name(name));
}

std::string copied_routine(std::string_view text, std::string_view from, std::string_view name)
{
  const bool renamed = from != name;
  std::string out = fmt::format("# {}: started from a copy of `{}`.\n", name, from);
  bool titled = false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    const std::string_view line = text.substr(start, end - start);
    start = end;
    const auto [keyword, rest] = util::split_first_word(line);
    if (renamed && util::iequals(keyword, "alias")) {
      out += "# (the original keeps its other names) ";
    } else if (renamed && !titled && util::iequals(keyword, "title")) {
      titled = true;
      const std::string_view title = util::trim(rest.substr(0, rest.find_first_of("\r\n")));
      out += fmt::format("{}{} {} ({})\n", line.substr(0, static_cast<std::size_t>(keyword.data() - line.data())),
                         keyword, title, name);
      continue;
    }
    out += line;
  }
  if (!out.empty() && out.back() != '\n') {
    out += '\n';
  }
  return out;
}

} // namespace stretch::library
