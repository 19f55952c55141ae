// SPDX-License-Identifier: MIT
// The table that `stretch show` prints: every step of a plan with its start time.
#include "render/plan_table.h"

#include "render/step_text.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace stretch::render {
namespace {

constexpr std::size_t k_columns = 7;
using Row = std::array<std::string, k_columns>;

std::string answer_text(std::string_view answer, const routine::Answer& advice)
{
  return fmt::format("{}: {}{}", answer, advice.advice, advice.stops ? " (ends the routine)" : "");
}

} // namespace

std::string format_plan_table(const plan::Plan& plan, const Palette& palette)
{
  std::vector<Row> rows;
  rows.push_back({"START", "EXERCISE", "SIDE", "REP", "KIND", "TIME", "CUE"});
  const bool any_waits = std::any_of(plan.steps.begin(), plan.steps.end(),
                                     [](const plan::PlanStep& step) { return step.waits(); });
  for (const plan::PlanStep& step : plan.steps) {
    // A waiting step's time is marked; the others keep the numbers lined up.
    const std::string mark = !any_waits ? "" : step.waits() ? "*" : " ";
    rows.push_back({routine::format_duration(step.start), util::terminal_safe(step.exercise),
                    util::terminal_safe(step.side), rep_text(step),
                    util::terminal_safe(phase_word(step)),
                    routine::format_duration(step.duration) + mark,
                    util::terminal_safe(step_cue(step))});
  }
  std::array<std::size_t, k_columns> widths{};
  for (const Row& row : rows) {
    for (std::size_t c = 0; c < k_columns; ++c) {
      widths[c] = std::max(widths[c], util::display_width(row[c]));
    }
  }
  // Everything before the cue column, so that answers line up under the question.
  std::size_t cue_indent = 0;
  for (std::size_t c = 0; c + 1 < k_columns; ++c) {
    cue_indent += widths[c] + 2;
  }

  std::string out = styled(palette.heading, util::terminal_safe(plan.about.title)) + '\n';
  if (!plan.about.description.empty()) {
    out += util::terminal_safe(plan.about.description) + '\n';
  }
  if (any_waits) {
    out += "Steps marked * wait for you; when nobody can answer, they go on after that time.\n";
  }
  out += '\n';
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const Row& row = rows[r];
    std::string line;
    for (std::size_t c = 0; c < k_columns; ++c) {
      // Start and time are numbers: right-aligned under a left-aligned heading. The cue is
      // last: not padded.
      const bool numeric = r > 0 && (c == 0 || c == 5);
      std::string cell = c + 1 == k_columns ? row[c]
                         : numeric ? std::string(widths[c] - util::display_width(row[c]), ' ') + row[c]
                                   : util::pad_to_width(row[c], widths[c]);
      if (r == 0) {
        cell = styled(palette.heading, cell);
      } else if (c == 4) {
        cell = styled(palette.kind(plan.steps[r - 1].kind), cell);
      }
      line += cell;
      if (c + 1 < k_columns) {
        line += "  ";
      }
    }
    while (!line.empty() && line.back() == ' ') {
      line.pop_back();
    }
    out += line + '\n';
    if (r > 0 && plan.steps[r - 1].kind == routine::StepKind::question) {
      const plan::PlanStep& question = plan.steps[r - 1];
      for (const auto& [answer, advice] : {std::pair{"yes", &question.yes}, std::pair{"no", &question.no}}) {
        const std::string text = util::terminal_safe(answer_text(answer, *advice));
        out += std::string(cue_indent, ' ') + (advice->stops ? styled(palette.warning, text) : text) + '\n';
      }
    }
  }
  out += fmt::format("total {}\n", routine::format_duration(plan.total));
  for (const std::string& tip : plan.about.tips) {
    out += util::terminal_safe("Tip: " + tip) + '\n';
  }
  return out;
}

} // namespace stretch::render
