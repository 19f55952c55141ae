// SPDX-License-Identifier: MIT
// `stretch history`: the last sessions, the streak, a calendar, and the numbness follow-up.
#include "commands/history.h"

#include "error.h"
#include "history/calendar.h"
#include "history/numbness.h"
#include "history/stats.h"
#include "render/glyphs.h"
#include "routine/duration.h"
#include "util/file.h"
#include "util/messages.h"
#include "util/strings.h"
#include "util/terminal_text.h"
#include "util/utf8.h"
#include "util/wrap.h"

#include <algorithm>
#include <ctime>
#include <fmt/format.h>
#include <queue>

namespace stretch::commands {
namespace {

constexpr int k_calendar_weeks = 12;
constexpr int k_default_last = 10;
constexpr std::size_t k_flush_size = 64 * 1024;

std::string plural(long long n, std::string_view word)
{
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

std::string minutes_text(long long seconds)
{
  const long long minutes = (seconds + 30) / 60;
  return minutes < 60 ? fmt::format("{} min", minutes) : fmt::format("{} h {:02} min", minutes / 60, minutes % 60);
}

// `2026-11-26 21:03`, in the local time zone.
std::string local_date_time(history::Seconds t)
{
  const std::tm local = history::local_tm(t);
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday,
                     local.tm_hour, local.tm_min);
}

// What a session's answers came to: for a numbness episode, whether the numbness went (what
// its last answer says); then each other question reached, its answer first, so that a cut
// line keeps the answers.
std::string answers_text(const history::SessionRecord& record)
{
  std::vector<std::string> parts;
  auto answers = record.answers;
  const bool stayed = history::numbness_stayed(record);
  if (stayed || history::numbness_resolved(record)) {
    // "Called it a day" only when the last question reached was answered no, not skipped.
    const bool last_was_no = !answers.empty() && answers.back().reply == false;
    parts.emplace_back(!stayed ? "numbness gone" : last_was_no ? "numbness stayed: called it a day" : "numbness stayed");
    const auto last = std::find_if(answers.rbegin(), answers.rend(), [](const auto& a) { return a.reply.has_value(); });
    answers.erase(std::next(last).base());
  }
  for (const history::LoggedAnswer& answer : answers) {
    const std::string_view reply = !answer.reply ? "unanswered" : *answer.reply ? "yes" : "no";
    parts.push_back(util::terminal_safe(fmt::format("{}: {}", reply, answer.question)));
  }
  return util::join(parts, "  ");
}

// One session, cut to `width` columns: what does not fit of its answers goes first.
std::string session_line(const Context& ctx, const history::SessionRecord& record, std::size_t name_width,
                         std::size_t width)
{
  const std::string line = fmt::format("  {}  {}  {:>5}  {}", local_date_time(record.start),
                                       util::pad_to_width(util::terminal_safe(record.routine), name_width),
                                       routine::format_duration(std::chrono::seconds(record.active_seconds)),
                                       history::outcome_word(record.outcome));
  const std::string_view ellipsis = render::Glyphs::of(ctx.display.unicode).ellipsis;
  std::string extra = answers_text(record);
  const std::size_t used = util::display_width(line);
  if (used > width) {
    return util::truncate_to_width(line, width, ellipsis);
  }
  if (extra.empty() || used + 2 >= width) {
    return line;
  }
  extra = util::truncate_to_width(extra, width - used - 2, ellipsis);
  const fmt::text_style& style = history::numbness_stayed(record)    ? ctx.palette.warning
                                 : history::numbness_resolved(record) ? ctx.palette.good
                                                                      : fmt::text_style{};
  return line + "  " + render::styled(style, extra);
}

// The log's lines for a spreadsheet, each field made safe on its own so the tabs stay.
std::string tsv_line(const history::SessionRecord& record)
{
  const std::string line = history::format_record(record);
  std::string out;
  std::size_t start = 0;
  for (std::size_t tab = line.find('\t');; tab = line.find('\t', start)) {
    out += util::terminal_safe(std::string_view(line).substr(start, tab - start));
    if (tab == std::string::npos) {
      break;
    }
    out += '\t';
    start = tab + 1;
  }
  return out + '\n';
}

// The `capacity` sessions that started last, of those it is shown, whatever the order of
// the log; in the order they started (the log's order among equals).
class Latest
{
public:
  explicit Latest(std::size_t capacity) : m_capacity(capacity) {}

  void add(history::SessionRecord&& record)
  {
    m_heap.push({std::move(record), m_count++});
    if (m_heap.size() > m_capacity) {
      m_heap.pop();
    }
  }

  std::vector<history::SessionRecord> take()
  {
    std::vector<history::SessionRecord> records; // the heap gives the earliest first
    records.reserve(m_heap.size());
    while (!m_heap.empty()) {
      records.push_back(std::move(const_cast<Entry&>(m_heap.top()).record));
      m_heap.pop();
    }
    return records;
  }

private:
  struct Entry
  {
    history::SessionRecord record;
    std::size_t order;
    // The earliest on top, to be dropped first.
    bool operator<(const Entry& other) const
    {
      return record.start != other.record.start ? record.start > other.record.start : order > other.order;
    }
  };
  std::size_t m_capacity;
  std::size_t m_count = 0;
  std::priority_queue<Entry> m_heap;
};

} // namespace

void warn_about_read(const Context& ctx, const std::string& path, const history::ReadSummary& summary)
{
  std::string out;
  if (summary.partial) {
    out += util::warning_line(fmt::format("{} is large: only its last {} are read", path,
                                          util::format_size(history::k_max_log_size)));
  }
  for (const history::SkippedLine& skipped : summary.first_skipped) {
    out += util::warning_line(skipped.line > 0 ? fmt::format("{}:{}: line skipped: {}", path, skipped.line, skipped.why)
                                               : fmt::format("{}: a line skipped: {}", path, skipped.why));
  }
  if (summary.skipped > summary.first_skipped.size()) {
    out += util::warning_line(fmt::format("{}: {} more lines skipped", path, summary.skipped - summary.first_skipped.size()));
  }
  ctx.err.write(out);
}

int history_command(const Context& ctx, const HistoryOptions& options, history::Seconds now)
{
  std::optional<history::Day> since;
  if (options.since) {
    const auto day = history::parse_date(*options.since);
    if (!day) {
      throw UsageError(fmt::format("--since {}: {}", *options.since, day.error()));
    }
    since = *day;
  }
  if (options.last && (*options.last < 1 || *options.last > k_max_last)) {
    throw UsageError(fmt::format("--last must be from 1 to {}", k_max_last));
  }
  const auto log = history::log_path(ctx.env);
  if (!log) {
    throw Error("no history: neither STRETCH_HISTORY nor a home folder is known");
  }
  const history::Day today = history::local_day(now);
  const bool stream_tsv = options.tsv && !options.last;
  history::Tally tally;
  history::NumbnessFollowUp follow_up(today);
  Latest latest(static_cast<std::size_t>(options.last.value_or(k_default_last)));
  std::string out = options.tsv ? fmt::format("{}\n", history::k_field_names) : "";
  const auto summary = history::read_log(*log, [&](history::SessionRecord&& record) {
    tally.add(record);
    follow_up.add(record);
    if (since && history::local_day(record.start) < *since) {
      return;
    }
    if (!stream_tsv) {
      latest.add(std::move(record));
      return;
    }
    out += tsv_line(record);
    if (out.size() >= k_flush_size) {
      ctx.out.write(out);
      out.clear();
    }
  });
  if (!summary) {
    throw Error(fmt::format("cannot read the history log {}: {}", log->path.string(), summary.error()));
  }
  warn_about_read(ctx, log->path.string(), *summary);
  std::vector<history::SessionRecord> shown = latest.take();
  if (options.tsv) {
    for (const history::SessionRecord& record : shown) {
      out += tsv_line(record);
    }
    ctx.out.write(out);
    return 0;
  }
  if (tally.sessions() == 0) {
    ctx.out.write(fmt::format("No sessions yet: run `stretch calf` to start. (The log is {}.)\n", log->path.string()));
    return 0;
  }

  const std::size_t width = std::max<std::size_t>(ctx.display.width, 20);
  const history::Streaks streaks = tally.streaks(today);
  out += fmt::format("{} {} (longest {})\n", render::styled(ctx.palette.heading, "Streak:"),
                     plural(streaks.current, "day"), plural(streaks.longest, "day"));
  out += fmt::format("This week {}{}this month {}\n\n",
                     minutes_text(tally.seconds_between(history::week_start(today), today)),
                     render::Glyphs::of(ctx.display.unicode).separator,
                     minutes_text(tally.seconds_between(history::month_start(today), today)));
  if (const std::string numb_days = follow_up.tally(); !numb_days.empty()) {
    for (const std::string& line : util::wrap_to_width(numb_days, width - 1, 4, render::Glyphs::of(ctx.display.unicode).ellipsis)) {
      out += line + '\n';
    }
    out += '\n';
  }
  const history::CalendarStyle style{&ctx.palette, ctx.display.color, ctx.display.unicode};
  const int weeks = std::clamp(static_cast<int>((width - history::k_calendar_margin + 1) / 2), 1, k_calendar_weeks);
  for (const std::string& line : history::calendar_lines(tally.seconds_by_day(), today, weeks, style)) {
    out += line + '\n';
  }

  out += '\n' + render::styled(ctx.palette.heading, fmt::format("Last {}:", plural(static_cast<long long>(shown.size()), "session")))
         + '\n';
  std::size_t name_width = 0;
  for (const history::SessionRecord& record : shown) {
    name_width = std::max(name_width, util::display_width(util::terminal_safe(record.routine)));
  }
  for (auto it = shown.rbegin(); it != shown.rend(); ++it) {
    out += session_line(ctx, *it, std::min<std::size_t>(name_width, 20), width) + '\n';
  }

  if (follow_up.advise()) {
    out += '\n';
    for (const std::string& line :
         util::wrap_to_width(follow_up.advice(), width - 1, 10, render::Glyphs::of(ctx.display.unicode).ellipsis)) {
      out += render::styled(ctx.palette.warning, line) + '\n';
    }
  }
  ctx.out.write(out);
  return 0;
}

} // namespace stretch::commands
