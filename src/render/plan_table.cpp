// SPDX-License-Identifier: MIT
// The table that `stretch show` prints: every step of a plan with its start time.
#include "render/plan_table.h"

#include "render/glyphs.h"
#include "render/step_text.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace stretch::render {
namespace {

// Every column but the cue, which comes last and is not padded.
constexpr std::size_t k_columns = 6;
using Cells = std::array<std::string, k_columns>;
using Widths = std::array<std::size_t, k_columns>;

// A line's cells, and how wide each shows.
struct Row
{
  Cells cells;
  Widths widths{};

  explicit Row(Cells text) : cells(std::move(text))
  {
    for (std::size_t c = 0; c < k_columns; ++c) {
      widths[c] = util::display_width(cells[c]);
    }
  }
};

const Row k_heading{{"START", "EXERCISE", "SIDE", "REP", "KIND", "TIME"}};

std::string answer_text(std::string_view answer, const routine::Answer& advice)
{
  return fmt::format("{}: {}{}", answer, advice.advice, advice.stops ? " (ends the routine)" : "");
}

// The cells of `step`; a waiting step's time is marked when `any_waits`, the others
// padded to keep the numbers lined up.
Row row_of(const plan::PlanStep& step, bool any_waits)
{
  const std::string_view mark = !any_waits ? "" : step.waits() ? "*" : " ";
  return Row({routine::format_duration(step.start), util::terminal_safe(step.exercise), util::terminal_safe(step.side),
              rep_text(step), util::terminal_safe(phase_word(step)),
              routine::format_duration(step.duration) + std::string(mark)});
}

// `row` as the start of a line, at the end of `line`, the cells padded to `widths`: start
// and time are numbers, right-aligned under a left-aligned heading.
void append_cells(std::string& line, const Row& row, const Widths& widths, bool heading, const fmt::text_style& kind_style)
{
  for (std::size_t c = 0; c < k_columns; ++c) {
    const std::size_t blanks = widths[c] - row.widths[c];
    if (heading || c == 4) {
      line += styled(kind_style, row.cells[c] + std::string(blanks, ' '));
    } else if (c == 0 || c == 5) {
      line.append(blanks, ' ');
      line += row.cells[c];
    } else {
      line += row.cells[c];
      line.append(blanks, ' ');
    }
    line += "  ";
  }
}

// Text is handed on in pieces of about this size.
constexpr std::size_t k_flush_size = 64 * 1024;

// Ends the line at the end of `out`, without the blanks at its end.
void end_line(std::string& out)
{
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  out += '\n';
}


// The line of `step`, and of a question, the advice of each answer under it.
void append_step(std::string& out, const plan::PlanStep& step, const Row& row, const Widths& widths,
                 std::size_t cue_indent, const Palette& palette)
{
  append_cells(out, row, widths, false, palette.kind(step.kind));
  if (routine::is_lead_in(step.kind)) {
    util::append_terminal_safe(out, step_cue(step));
  } else {
    util::append_terminal_safe(out, step.text); // the cue itself: no copy of it
  }
  end_line(out);
  if (step.kind == routine::StepKind::question) {
    for (const auto& [answer, advice] : {std::pair{"yes", &step.yes}, std::pair{"no", &step.no}}) {
      const std::string text = util::terminal_safe(answer_text(answer, *advice));
      out += std::string(cue_indent, ' ') + (advice->stops ? styled(palette.warning, text) : text) + '\n';
    }
  }
}

} // namespace

void write_plan_table(const plan::Plan& plan, const Palette& palette, bool unicode, util::Sink& sink)
{
  const bool any_waits = std::any_of(plan.steps.begin(), plan.steps.end(),
                                     [](const plan::PlanStep& step) { return step.waits(); });
  std::vector<Row> rows;
  rows.reserve(plan.steps.size());
  Widths widths = k_heading.widths;
  for (const plan::PlanStep& step : plan.steps) {
    rows.push_back(row_of(step, any_waits));
    for (std::size_t c = 0; c < k_columns; ++c) {
      widths[c] = std::max(widths[c], rows.back().widths[c]);
    }
  }
  // Everything before the cue column, so that answers line up under the question.
  std::size_t cue_indent = 0;
  for (const std::size_t width : widths) {
    cue_indent += width + 2;
  }
  std::string out;
  out.reserve(k_flush_size + 4096);
  const auto flush = [&] {
    sink.write(unicode ? out : ascii_fallback(out));
    out.clear();
  };
  out += styled(palette.heading, util::terminal_safe(plan.about.title)) + '\n';
  if (!plan.about.description.empty()) {
    out += util::terminal_safe(plan.about.description) + '\n';
  }
  if (any_waits) {
    out += "Steps marked * wait for you; when nobody can answer, they go on after that time.\n";
  }
  out += '\n';
  append_cells(out, k_heading, widths, true, palette.heading);
  out += styled(palette.heading, "CUE");
  end_line(out);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    append_step(out, plan.steps[r], rows[r], widths, cue_indent, palette);
    if (out.size() >= k_flush_size) {
      flush();
    }
  }
  out += fmt::format("total {}\n", routine::format_duration(plan.total));
  for (const std::string& tip : plan.about.tips) {
    out += util::terminal_safe("Tip: " + tip) + '\n';
  }
  flush();
}

} // namespace stretch::render
