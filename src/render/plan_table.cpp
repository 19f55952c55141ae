// SPDX-License-Identifier: MIT
// The table that `stretch show` prints: every step of a plan with its start time.
#include "render/plan_table.h"

#include "i18n/format.h"
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
using Widths = std::array<std::size_t, k_columns>;

// A text that many steps view alike (an exercise's name, a side, a label), made safe for a
// terminal and measured once for each run of steps that share it.
class SafeText
{
public:
  std::string_view operator()(std::string_view text)
  {
    if (text.data() != m_view.data() || text.size() != m_view.size()) {
      m_view = text;
      m_safe = util::terminal_safe(text);
      m_width = util::display_width(m_safe);
    }
    return m_safe;
  }

  std::size_t width() const { return m_width; }

private:
  std::string_view m_view;
  std::string m_safe;
  std::size_t m_width = 0;
};

// The cells of one line, and how wide each shows; valid until the next line is made with
// the same `Line`.
class Line
{
public:
  Line(const Line&) = delete; // its cells view its own strings
  Line& operator=(const Line&) = delete;

  // The heading.
  Line()
      : m_cells{i18n::tr("START"), i18n::tr("EXERCISE"), i18n::tr("SIDE"),
                i18n::tr("REP"),   i18n::tr("KIND"),     i18n::tr("TIME")}
  {
    for (std::size_t c = 0; c < k_columns; ++c) {
      m_widths[c] = util::display_width(m_cells[c]);
    }
  }

  // The cells of `step`; a waiting step's time is marked when `any_waits`, the others
  // padded to keep the numbers lined up.
  void make(const plan::PlanStep& step, bool any_waits)
  {
    m_start = routine::format_duration(step.start);
    m_rep = rep_text(step);
    m_time = routine::format_duration(step.duration);
    m_time += !any_waits ? "" : step.waits() ? "*" : " ";
    m_cells = {m_start, m_exercise(step.exercise), m_side(side_name(step.side)), m_rep,
               m_kind(step.label.empty() ? kind_word(step.kind) : step.label), m_time};
    m_widths = {m_start.size(), m_exercise.width(), m_side.width(), m_rep.size(), m_kind.width(), m_time.size()};
  }

  const std::array<std::string_view, k_columns>& cells() const { return m_cells; }
  const Widths& widths() const { return m_widths; }

private:
  std::string m_start;
  std::string m_rep;
  std::string m_time;
  SafeText m_exercise;
  SafeText m_side;
  SafeText m_kind;
  std::array<std::string_view, k_columns> m_cells;
  Widths m_widths{};
};

std::string answer_text(bool yes, const routine::Answer& advice)
{
  if (advice.stops) {
    return yes ? i18n::trf("yes: {advice} (ends the routine)", fmt::arg("advice", advice.advice))
               : i18n::trf("no: {advice} (ends the routine)", fmt::arg("advice", advice.advice));
  }
  return yes ? i18n::trf("yes: {advice}", fmt::arg("advice", advice.advice))
             : i18n::trf("no: {advice}", fmt::arg("advice", advice.advice));
}

// `line`'s cells at the end of `out`, padded to `widths`: start and time are numbers,
// right-aligned under a left-aligned heading.
void append_cells(std::string& out, const Line& line, const Widths& widths, bool heading, const Style& kind_style)
{
  for (std::size_t c = 0; c < k_columns; ++c) {
    const std::string_view cell = line.cells()[c];
    const std::size_t blanks = widths[c] - line.widths()[c];
    if (heading || c == 4) {
      out += styled(kind_style, std::string(cell) + std::string(blanks, ' '));
    } else if (c == 0 || c == 5) {
      out.append(blanks, ' ');
      out += cell;
    } else {
      out += cell;
      out.append(blanks, ' ');
    }
    out += "  ";
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
void append_step(std::string& out, const plan::PlanStep& step, const Line& line, const Widths& widths,
                 std::size_t cue_indent, const Palette& palette)
{
  append_cells(out, line, widths, false, palette.kind(step.kind));
  if (routine::is_lead_in(step.kind)) {
    util::append_terminal_safe(out, step_cue(step));
  } else {
    util::append_terminal_safe(out, step.text); // the cue itself: no copy of it
  }
  end_line(out);
  if (step.kind == routine::StepKind::question) {
    for (const auto& [yes, advice] : {std::pair{true, &step.yes}, std::pair{false, &step.no}}) {
      const std::string text = util::terminal_safe(answer_text(yes, *advice));
      out += std::string(cue_indent, ' ') + (advice->stops ? styled(palette.warning, text) : text) + '\n';
    }
  }
}

} // namespace

void write_plan_table(const plan::Plan& plan, const Palette& palette, bool unicode, util::Sink& sink)
{
  const bool any_waits = std::any_of(plan.steps.begin(), plan.steps.end(),
                                     [](const plan::PlanStep& step) { return step.waits(); });
  // The cells are made twice, to measure them and to print them, rather than kept: a long
  // plan's would take a megabyte.
  const Line heading;
  Widths widths = heading.widths();
  Line line;
  for (const plan::PlanStep& step : plan.steps) {
    line.make(step, any_waits);
    for (std::size_t c = 0; c < k_columns; ++c) {
      widths[c] = std::max(widths[c], line.widths()[c]);
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
    out += i18n::tr("Steps marked * wait for you; when nobody can answer, they go on after that time.");
    out += '\n';
  }
  out += '\n';
  append_cells(out, heading, widths, true, palette.heading);
  out += styled(palette.heading, i18n::tr("CUE"));
  end_line(out);
  for (const plan::PlanStep& step : plan.steps) {
    line.make(step, any_waits);
    append_step(out, step, line, widths, cue_indent, palette);
    if (out.size() >= k_flush_size) {
      flush();
    }
  }
  out += i18n::trf("total {time}", fmt::arg("time", routine::format_duration(plan.total))) + '\n';
  for (const std::string& tip : plan.about.tips) {
    out += util::terminal_safe(i18n::trf("Tip: {tip}", fmt::arg("tip", tip))) + '\n';

  }
  flush();
}

} // namespace stretch::render
