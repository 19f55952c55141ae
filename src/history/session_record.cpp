// SPDX-License-Identifier: MIT
// The log record of a session that just ran.
#include "history/session_record.h"

namespace stretch::history {

SessionRecord record_of(const plan::Plan& plan, const session::Summary& summary, Seconds start)
{
  SessionRecord record;
  record.start = start;
  record.start_text = format_local_iso(start);
  record.routine = plan.about.name;
  record.episode = plan.about.episode;
  record.outcome = summary.outcome;
  record.active_seconds = std::chrono::duration_cast<std::chrono::seconds>(summary.elapsed - summary.paused).count();
  record.holds_done = static_cast<long long>(summary.holds_done);
  record.holds_planned = static_cast<long long>(summary.holds_planned);
  record.steps_done = static_cast<long long>(summary.steps_done);
  record.answers = summary.answers;
  return record;
}

} // namespace stretch::history
