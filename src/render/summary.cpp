// SPDX-License-Identifier: MIT
// What a session amounted to, printed at its end.
#include "render/summary.h"

#include "i18n/format.h"
#include "render/glyphs.h"
#include "util/terminal_text.h"
#include "util/wrap.h"

#include <fmt/format.h>

namespace stretch::render {
namespace {

// `text` (plain) wrapped to `style.width`, each line in `line_style`, or one line as it is.
std::string paragraph(std::string_view text, const Style& line_style, const SummaryStyle& style)
{
  const std::string safe = for_locale(util::terminal_safe(text), style.unicode);
  if (style.width == 0) {
    return styled(line_style, safe) + '\n';
  }
  std::string out;
  for (const std::string& line :
       util::wrap_to_width(safe, util::usable_width(style.width), 50, Glyphs::of(style.unicode).ellipsis)) {
    out += styled(line_style, line) + '\n';
  }
  return out;
}

} // namespace

std::string format_summary(const plan::Plan& plan, const session::Summary& summary, const SummaryStyle& style)
{
  const Palette& palette = *style.palette;
  std::string_view head = i18n::tr("Done");
  const Style* head_style = &palette.good;
  switch (summary.outcome) {
  case session::Outcome::done:
    break;
  case session::Outcome::stopped:
    head = i18n::tr("Stopped early");
    head_style = &palette.warning;
    break;
  case session::Outcome::interrupted:
    head = i18n::tr("Interrupted");
    head_style = &palette.warning;
    break;
  }
  const auto seconds = [](util::Duration d) {
    return routine::format_duration(std::chrono::duration_cast<std::chrono::seconds>(d));
  };
  std::string time = seconds(summary.elapsed - summary.paused);
  if (summary.paused.count() >= 1000) {
    time = i18n::trf("{time} (paused {paused})", fmt::arg("time", time), fmt::arg("paused", seconds(summary.paused)));
  }
  // The head and the title wrap together; the head alone is in color, where it fits whole.
  std::string out =
    paragraph(i18n::trf("{outcome}: {title}", fmt::arg("outcome", head), fmt::arg("title", plan.about.title)), {}, style);
  if (out.starts_with(head)) {
    out = styled(*head_style, head) + out.substr(head.size());
  }
  // Each answer that counted, with its advice, as it was shown when given.
  for (const session::AnswerRecord& record : summary.answers) {
    if (!record.reply) {
      continue;
    }
    const routine::Answer& answer = *record.reply ? plan.steps[record.step].yes : plan.steps[record.step].no;
    out += paragraph(*record.reply ? i18n::trf("Yes: {advice}", fmt::arg("advice", answer.advice))
                                   : i18n::trf("No: {advice}", fmt::arg("advice", answer.advice)),
                     answer.stops ? palette.warning : palette.good, style);
  }
  if (summary.ended_by_answer) {
    // The answer decided the routine was over: the holds left are not missed ones.
    out += paragraph(summary.holds_done > 0
                       ? i18n::trnf("Ended by your answer, in {time}; {n} hold done.",
                                    "Ended by your answer, in {time}; {n} holds done.", summary.holds_done,
                                    fmt::arg("time", time))
                       : i18n::trf("Ended by your answer, in {time}.", fmt::arg("time", time)),
                     {}, style);
  } else {
    out += paragraph(i18n::trnf("{done} of {n} hold done, {skipped} skipped, in {time}.",
                                "{done} of {n} holds done, {skipped} skipped, in {time}.", summary.holds_planned,
                                fmt::arg("done", summary.holds_done), fmt::arg("skipped", summary.holds_skipped),
                                fmt::arg("time", time)),
                     {}, style);
  }
  for (const std::string& tip : plan.about.tips) {
    out += paragraph(i18n::trf("Tip: {tip}", fmt::arg("tip", tip)), palette.dim, style);

  }
  return out;
}

} // namespace stretch::render
