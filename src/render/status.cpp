// SPDX-License-Identifier: MIT
// The status area of a session on a terminal: what to do now, how long, and how far along.
#include "render/status.h"

#include "i18n/format.h"
#include "render/big_digits.h"
#include "render/glyphs.h"
#include "render/progress_bar.h"
#include "render/session_words.h"
#include "render/step_text.h"
#include "util/terminal_text.h"
#include "util/utf8.h"
#include "util/wrap.h"

#include <algorithm>
#include <fmt/format.h>

namespace stretch::render {
namespace {

constexpr std::size_t k_max_bar = 40;
constexpr std::size_t k_max_cue_lines = 20;
constexpr std::size_t k_max_notice_lines = 6;

// Routine text as the terminal may show it: no control characters, and ASCII stand-ins
// for typographic characters when the locale is not UTF-8.
std::string shown(std::string_view text, bool unicode)
{
  return for_locale(util::terminal_safe(text), unicode);
}

// The parts of the status area, each a block of lines, in the order they are drawn.
struct Parts
{
  std::vector<std::string> notice;  // an answer's advice
  std::string header;               // exercise, side, rep
  std::string phase;                // phase word, time, bar
  std::string hint;                 // why a key did nothing
  std::vector<std::string> device;  // devices' notices, wrapped
  std::vector<std::string> big;     // large digits
  std::vector<std::string> cue;     // the instruction, wrapped
  std::vector<std::string> answers; // a question nobody can answer
  std::vector<std::string> keys;    // every key of the screen, after `?`
  std::string footer;               // progress and a hint at the keys
};

// The items of `help` (separated by the locale's separator, " · " or " - ") packed into
// lines of `width` columns.
std::vector<std::string> pack_items(std::string_view help, std::size_t width, bool unicode)
{
  const Glyphs& glyphs = Glyphs::of(unicode);
  std::vector<std::string> lines;
  std::string line;
  for (std::size_t start = 0; start <= help.size();) {
    const std::size_t end = std::min(help.find(glyphs.separator, start), help.size());
    const std::string item(help.substr(start, end - start));
    start = end + glyphs.separator.size();
    if (!line.empty() && util::display_width(line) + util::display_width(glyphs.separator)
                               + util::display_width(item) > width) {
      lines.push_back(std::move(line));
      line.clear();
    }
    line += (line.empty() ? "" : std::string(glyphs.separator)) + item;
  }
  if (!line.empty()) {
    lines.push_back(std::move(line));
  }
  for (std::string& each : lines) {
    each = util::truncate_to_width(each, width, glyphs.ellipsis);
  }
  return lines;
}

std::string header_line(const plan::PlanStep& step, const Palette& palette, std::size_t width, bool unicode)
{
  const Glyphs& glyphs = Glyphs::of(unicode);
  const std::string side = shown(side_upper(step), unicode);
  const std::string rep = rep_text(step);
  const std::string rep_words = rep.empty() ? std::string() : i18n::trf("rep {rep}", fmt::arg("rep", rep));
  std::string suffix_plain = side.empty() ? "" : "  " + side;
  suffix_plain += rep.empty() ? "" : "  " + rep_words;
  if (util::display_width(suffix_plain) > width) {
    return util::truncate_to_width(suffix_plain.substr(2), width, glyphs.ellipsis);
  }
  std::string suffix = side.empty() ? "" : "  " + styled(palette.side(step.side_index), side);
  suffix += rep.empty() ? "" : "  " + rep_words;
  const std::size_t name_width = width - util::display_width(suffix_plain);
  return styled(palette.heading, util::truncate_to_width(shown(step.exercise, unicode), name_width, glyphs.ellipsis))
         + suffix;
}

// `word`, then the time, then what else fits of `after` (a prompt, a bar): the seconds always
// show, the word gives way first.
std::string phase_with_time(const std::string& word, const Style& word_style, const std::string& time,
                            const Palette& palette, std::size_t width, bool unicode)
{
  if (time.size() > width) {
    // Narrower than `0:07`: the seconds alone (`7`), as many digits as fit.
    const long long minutes = std::stoll(time.substr(0, time.find(':')));
    const std::string seconds = std::to_string(minutes * 60 + std::stoll(time.substr(time.find(':') + 1)));
    return styled(palette.heading, seconds.substr(0, width));
  }
  if (util::display_width(word) + 2 + time.size() > width) {
    const std::size_t room = width > time.size() + 2 ? width - time.size() - 2 : 0;
    return styled(word_style, util::truncate_to_width(word, room, Glyphs::of(unicode).ellipsis)) + (room > 0 ? "  " : "")
           + styled(palette.heading, time);
  }
  return styled(word_style, word) + "  " + styled(palette.heading, time);
}

std::string phase_line(const StatusView& view, const StatusStyle& style, std::size_t width)
{
  const Palette& palette = *style.palette;
  const Glyphs& glyphs = Glyphs::of(style.unicode);
  const plan::PlanStep& step = *view.step;
  const std::string word = shown(phase_word(step), style.unicode);
  const std::string time = shown_time_left(view.remaining);
  // What follows the word and the time, when it fits.
  const auto with_extra = [&](std::string line, std::size_t used, const std::string& extra,
                              const Style& extra_style) {
    return used + 2 + util::display_width(extra) <= width ? line + "  " + styled(extra_style, extra) : line;
  };
  if (view.stopping) {
    const std::string stopping(stopping_word());
    const std::string line = phase_with_time(stopping, palette.warning, time, palette, width, style.unicode);
    return with_extra(line, util::display_width(stopping) + 2 + time.size(), std::string(view.prompt), {});
  }
  if (view.waiting && view.proposed) {
    // The answer given, and the seconds until it counts.
    const std::string answer = *view.proposed ? i18n::tr("YES") : i18n::tr("NO");
    const std::string line = phase_with_time(answer, palette.heading, time, palette, width, style.unicode);
    return with_extra(line, util::display_width(answer) + 2 + time.size(), std::string(view.prompt), {});
  }
  if (view.waiting) {
    const std::string prompt(view.prompt);
    if (prompt.empty() || util::display_width(word) + 2 + util::display_width(prompt) > width) {
      return styled(palette.kind(step.kind), util::truncate_to_width(word, width, glyphs.ellipsis));
    }
    return styled(palette.kind(step.kind), word) + "  " + prompt;
  }
  const std::string shown_word = view.paused ? i18n::tr("PAUSED") : word;
  const Style& word_style = view.paused ? palette.warning : palette.kind(step.kind);
  std::string line = phase_with_time(shown_word, word_style, time, palette, width, style.unicode);
  const std::size_t used = util::display_width(shown_word) + 2 + time.size();
  if (used > width) {
    return line;
  }
  if (view.held) {
    return with_extra(line, used, std::string(waiting_for_voice()), palette.dim);
  }
  if (width > used + 2 + 3) {
    const double total = static_cast<double>(std::chrono::nanoseconds(step.duration).count());
    const double fraction = total > 0 ? 1.0 - static_cast<double>(view.remaining.count()) / total : 1.0;
    line += "  " + progress_bar(fraction, std::min(k_max_bar, width - used - 2), style.unicode, palette);
  }
  return line;
}

Parts parts_of(const StatusView& view, const StatusStyle& style, std::size_t width)
{
  const Palette& palette = *style.palette;
  const Glyphs& glyphs = Glyphs::of(style.unicode);
  const plan::PlanStep& step = *view.step;
  Parts parts;
  if (!view.notice.empty()) {
    const Style& notice_style = view.notice_warning ? palette.warning : palette.good;
    for (const std::string& line : util::wrap_to_width(shown(view.notice, style.unicode), width, k_max_notice_lines,
                                                       glyphs.ellipsis)) {
      parts.notice.push_back(styled(notice_style, line));
    }
  }
  parts.header = header_line(step, palette, width, style.unicode);
  parts.phase = phase_line(view, style, width);
  if (!view.hint.empty()) {
    parts.hint = styled(palette.warning, util::truncate_to_width(view.hint, width, glyphs.ellipsis));
  }
  for (std::size_t start = 0; start < view.device_notice.size();) {
    const std::size_t end = std::min(view.device_notice.find('\n', start), view.device_notice.size());
    for (const std::string& line : util::wrap_to_width(shown(view.device_notice.substr(start, end - start), style.unicode),
                                                       width, k_max_notice_lines, glyphs.ellipsis)) {
      parts.device.push_back(line); // styled once it is known where it is cut
    }
    start = end + 1;
  }
  if (style.big && !view.waiting && !view.stopping) {
    const Style& big_style = view.paused ? palette.warning : palette.kind(step.kind);
    for (const std::string& row : big_text(shown_time_left(view.remaining), style.unicode)) {
      parts.big.push_back(styled(big_style, util::truncate_to_width(row, width, "")));
    }
  }
  parts.cue = util::wrap_to_width(shown(step_cue(step), style.unicode), width, k_max_cue_lines, glyphs.ellipsis);
  if (step.kind == routine::StepKind::question && !view.waiting) {
    for (const auto& [yes, advice] : {std::pair{true, &step.yes}, std::pair{false, &step.no}}) {
      const std::string text = yes ? i18n::trf("yes: {advice}", fmt::arg("advice", advice->advice))
                                   : i18n::trf("no: {advice}", fmt::arg("advice", advice->advice));
      for (const std::string& line : util::wrap_to_width(shown(text, style.unicode),
                                                         width, k_max_cue_lines, glyphs.ellipsis)) {
        parts.answers.push_back(advice->stops ? styled(palette.warning, line) : line);
      }
    }
  }
  std::string footer = i18n::trf("step {step}/{steps}{separator}{time} left", fmt::arg("step", view.index + 1),
                                 fmt::arg("steps", view.count), fmt::arg("separator", glyphs.separator),
                                 fmt::arg("time", routine::format_duration(routine::ceil_seconds(view.total_left))));
  if (view.keys && view.show_keys) {
    for (const std::string& line : pack_items(view.key_help, width, style.unicode)) {
      parts.keys.push_back(styled(palette.dim, line));
    }
  } else if (view.keys && !view.stopping) {
    footer += fmt::format("{}{}", glyphs.separator, view.paused ? i18n::tr("space resume") : i18n::tr("? keys"));

  }
  parts.footer = styled(palette.dim, util::truncate_to_width(footer, width, glyphs.ellipsis));
  return parts;
}

// A single row: the side and the phase with its seconds, nothing else.
std::string one_row(const StatusView& view, const StatusStyle& style, std::size_t width, const std::string& phase)
{
  const std::string side = shown(side_upper(*view.step), style.unicode);
  if (side.empty() || util::display_width(side) + 2 >= width) {
    return phase;
  }
  const StatusStyle narrow{style.palette, width - util::display_width(side) - 2, 1, false, style.unicode};
  return styled(style.palette->side(view.step->side_index), side) + "  " + phase_line(view, narrow, narrow.width);
}

} // namespace

std::string shown_time_left(std::chrono::nanoseconds remaining)
{
  return routine::format_duration(routine::ceil_seconds(remaining));
}

std::vector<std::string> status_lines(const StatusView& view, const StatusStyle& style)
{
  const std::size_t width = util::usable_width(style.width);
  const std::size_t rows = std::max<std::size_t>(style.rows, 1);
  Parts parts = parts_of(view, style, width);
  if (rows == 1) {
    return {one_row(view, style, width, parts.phase)};
  }
  // What fits, most important first: the header and phase always; then a key's hint, the
  // first line of a device's notice, an answer's advice, the first line of the cue, the
  // rest of the notice, the keys when asked for, the rest of the cue, the
  // large digits (whole, and only when the whole cue fits too), the answers, and the
  // progress line.
  std::size_t budget = rows - 2;
  const auto take = [&](std::size_t wanted) {
    const std::size_t granted = std::min(wanted, budget);
    budget -= granted;
    return granted;
  };
  const bool hint = !parts.hint.empty() && take(1) == 1;
  const std::size_t first_device = take(std::min<std::size_t>(1, parts.device.size()));
  const std::size_t notice_lines = take(parts.notice.size());
  const std::size_t first_cue = take(std::min<std::size_t>(1, parts.cue.size()));
  const std::size_t device_lines = first_device + take(parts.device.size() - first_device);
  const std::size_t key_lines = take(parts.keys.size());
  const std::size_t cue_lines = first_cue + take(parts.cue.size() - first_cue);
  const bool big = cue_lines == parts.cue.size() && parts.big.size() <= budget && take(parts.big.size()) > 0;
  const std::size_t answer_lines = take(parts.answers.size());
  const bool footer = parts.keys.empty() && take(1) == 1;

  // A cue or a notice that was cut says so on its last line shown.
  const auto mark_cut = [&](std::vector<std::string>& part, std::size_t shown_lines) {
    if (shown_lines < part.size() && shown_lines > 0) {
      const Glyphs& glyphs = Glyphs::of(style.unicode);
      std::string& last = part[shown_lines - 1];
      last = util::truncate_to_width(last + " " + std::string(glyphs.ellipsis), width, glyphs.ellipsis);
    }
  };
  mark_cut(parts.cue, cue_lines);
  mark_cut(parts.device, device_lines);
  std::vector<std::string> lines(parts.notice.begin(), parts.notice.begin() + static_cast<std::ptrdiff_t>(notice_lines));
  lines.push_back(parts.header);
  lines.push_back(parts.phase);
  if (hint) {
    lines.push_back(parts.hint);
  }
  for (std::size_t line = 0; line < device_lines; ++line) {
    lines.push_back(styled(style.palette->warning, parts.device[line]));
  }
  if (big) {
    lines.insert(lines.end(), parts.big.begin(), parts.big.end());
  }
  lines.insert(lines.end(), parts.cue.begin(), parts.cue.begin() + static_cast<std::ptrdiff_t>(cue_lines));
  lines.insert(lines.end(), parts.answers.begin(), parts.answers.begin() + static_cast<std::ptrdiff_t>(answer_lines));
  lines.insert(lines.end(), parts.keys.begin(), parts.keys.begin() + static_cast<std::ptrdiff_t>(key_lines));
  if (footer) {
    lines.push_back(parts.footer);
  }
  return lines;
}

} // namespace stretch::render
