// What a session amounted to, printed at its end.
#include "render/summary.h"

#include "util/terminal_text.h"

#include <fmt/format.h>

namespace stretch::render {

std::string format_summary(const plan::Plan& plan, const session::Summary& summary, const Palette& palette)
{
  std::string head;
  switch (summary.outcome) {
  case session::Outcome::done:
    head = styled(palette.good, "Done");
    break;
  case session::Outcome::stopped:
    head = styled(palette.warning, "Stopped early");
    break;
  case session::Outcome::interrupted:
    head = styled(palette.warning, "Interrupted");
    break;
  }
  const auto seconds = [](session::Duration d) {
    return routine::format_duration(std::chrono::duration_cast<std::chrono::seconds>(d));
  };
  std::string time = seconds(summary.elapsed - summary.paused);
  if (summary.paused.count() >= 1000) {
    time += fmt::format(" (paused {})", seconds(summary.paused));
  }
  return fmt::format("{}: {}\n{} of {} holds done, {} skipped, in {}.\n", head,
                     util::terminal_safe(plan.title), summary.holds_done, summary.holds_planned,
                     summary.holds_skipped, time);
}

} // namespace stretch::render
