// The status area of a session on a terminal: what to do now, how long, and how far along.
#include "render/status.h"

#include "render/big_digits.h"
#include "render/progress_bar.h"
#include "render/step_text.h"
#include "util/terminal_text.h"
#include "util/utf8.h"
#include "util/wrap.h"

#include <algorithm>
#include <fmt/format.h>

namespace stretch::render {
namespace {

constexpr std::size_t k_cue_lines = 3;
constexpr std::size_t k_max_bar = 40;

std::string fit(std::string_view text, std::size_t width)
{
  return util::truncate_to_width(text, width);
}

} // namespace

std::string shown_time_left(session::Duration remaining)
{
  const long long seconds = (std::max<long long>(0, remaining.count()) + 999) / 1000;
  return routine::format_duration(std::chrono::seconds(seconds));
}

std::string_view key_help()
{
  return "space pause · n next · b again · q quit · ? keys";
}

std::vector<std::string> status_lines(const StatusView& view, const StatusStyle& style)
{
  const Palette& palette = *style.palette;
  const plan::PlanStep& step = *view.step;
  // One column is kept free: writing to the last column makes some terminals wrap.
  const std::size_t width = std::max<std::size_t>(style.width, 2) - 1;
  std::vector<std::string> lines;

  // Exercise, side, rep: the exercise name gives way when space is short.
  const std::string side = util::terminal_safe(side_upper(step));
  const std::string rep = rep_text(step);
  std::string suffix = side.empty() ? "" : "  " + side;
  suffix += rep.empty() ? "" : "  rep " + rep;
  suffix = fit(suffix, width);
  const std::size_t name_width = width - util::display_width(suffix);
  lines.push_back(styled(palette.heading, fit(util::terminal_safe(step.exercise), name_width)) + suffix);

  // Kind, time left and bar; or what to press.
  const std::string kind(routine::label(step.kind));
  if (view.waiting) {
    const std::string hint = step.kind == routine::StepKind::question ? "y yes · n no" : "Enter when done";
    lines.push_back(kind.size() + 2 >= width
                      ? styled(palette.kind(step.kind), fit(kind, width))
                      : styled(palette.kind(step.kind), kind) + "  " + fit(hint, width - kind.size() - 2));
  } else {
    const std::string word = view.paused ? "PAUSED" : kind;
    const fmt::text_style& word_style = view.paused ? palette.warning : palette.kind(step.kind);
    const std::string time = shown_time_left(view.remaining);
    const std::size_t used = util::display_width(word) + 2 + time.size() + 2;
    std::string line = used - 2 > width ? styled(word_style, fit(word + "  " + time, width))
                                        : styled(word_style, word) + "  " + styled(palette.heading, time);
    if (width > used + 3) {
      const double total = static_cast<double>(step.duration.count());
      const double fraction = total > 0 ? 1.0 - static_cast<double>(view.remaining.count()) / total : 1.0;
      line += "  " + progress_bar(fraction, std::min(k_max_bar, width - used), style.unicode, palette);
    }
    lines.push_back(line);
    if (style.big) {
      for (const std::string& row : big_text(time, style.unicode)) {
        lines.push_back(styled(word_style, fit(row, width)));
      }
    }
  }

  // The cue.
  for (std::string& line : util::wrap_to_width(util::terminal_safe(step_cue(step)), width, k_cue_lines)) {
    lines.push_back(std::move(line));
  }
  if (step.kind == routine::StepKind::question && !view.waiting) {
    for (const auto& [answer, advice] : {std::pair{"yes", &step.yes}, std::pair{"no", &step.no}}) {
      const std::string text = fit(util::terminal_safe(fmt::format("{}: {}", answer, advice->advice)), width);
      lines.push_back(advice->stops ? styled(palette.warning, text) : text);
    }
  }

  // Progress through the routine, and the keys.
  std::string footer = fmt::format("step {}/{} · {} left", view.index + 1, view.count,
                                   routine::format_duration(std::chrono::seconds((view.total_left.count() + 999) / 1000)));
  if (view.keys) {
    footer = view.show_keys ? std::string(key_help())
                            : footer + (view.paused ? " · space resume" : " · ? keys");
  }
  lines.push_back(styled(palette.dim, fit(footer, width)));
  return lines;
}

} // namespace stretch::render
