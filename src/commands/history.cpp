// `stretch history`: the last sessions, the streak, a calendar, and the numbness follow-up.
#include "commands/history.h"

#include "error.h"
#include "history/calendar.h"
#include "history/numbness.h"
#include "history/stats.h"
#include "routine/duration.h"
#include "term/locale.h"
#include "util/terminal_text.h"
#include "util/utf8.h"
#include "util/wrap.h"

#include <algorithm>
#include <ctime>
#include <fmt/format.h>

namespace stretch::commands {
namespace {

constexpr int k_calendar_weeks = 12;
constexpr std::size_t k_max_warnings = 5;
constexpr std::size_t k_text_width = 78;

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
  const std::time_t when = std::chrono::system_clock::to_time_t(t);
  std::tm local = {};
  ::localtime_r(&when, &local);
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday,
                     local.tm_hour, local.tm_min);
}

std::string session_line(const Context& ctx, const history::SessionRecord& record, std::size_t name_width)
{
  std::string line = fmt::format("{}  {}  {:>5}  {}", local_date_time(record.start),
                                 util::pad_to_width(util::terminal_safe(record.routine), name_width),
                                 routine::format_duration(std::chrono::seconds(record.active_seconds)),
                                 history::outcome_word(record.outcome));
  if (history::numbness_stayed(record)) {
    return line + "  " + render::styled(ctx.palette.warning, "numbness stayed: called it a day");
  }
  for (const history::LoggedAnswer& answer : record.answers) {
    line += util::terminal_safe(fmt::format("  {} {}", answer.question, answer.yes ? "yes" : "no"));
  }
  return line;
}

void print_tsv(const Context& ctx, const std::vector<history::SessionRecord>& records)
{
  std::string out = "start\troutine\toutcome\tactive_seconds\tholds_done\tholds_planned\tanswers\n";
  for (const history::SessionRecord& record : records) {
    // Each field made safe on its own, so the tabs between them stay.
    const std::string line = history::format_record(record);
    std::size_t start = 0;
    for (std::size_t tab = line.find('\t'); ; tab = line.find('\t', start)) {
      out += util::terminal_safe(std::string_view(line).substr(start, tab - start));
      if (tab == std::string::npos) {
        break;
      }
      out += '\t';
      start = tab + 1;
    }
    out += '\n';
  }
  ctx.out.write(out);
}

} // namespace

void warn_skipped(const Context& ctx, const std::string& path, const std::vector<history::SkippedLine>& skipped)
{
  std::string out;
  for (std::size_t i = 0; i < skipped.size() && i < k_max_warnings; ++i) {
    out += fmt::format("stretch: warning: {}:{}: line skipped: {}\n", path, skipped[i].line, skipped[i].why);
  }
  if (skipped.size() > k_max_warnings) {
    out += fmt::format("stretch: warning: {}: {} more lines skipped\n", path, skipped.size() - k_max_warnings);
  }
  ctx.err.write(util::terminal_safe(out, true));
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
  if (options.last && *options.last < 1) {
    throw UsageError("--last must be at least 1");
  }
  const auto path = history::log_path(ctx.env);
  if (!path) {
    throw Error("no history: neither STRETCH_HISTORY nor a home folder is known");
  }
  const auto contents = history::read_log(*path);
  if (!contents) {
    throw Error(fmt::format("cannot read the history log {}: {}", path->string(), contents.error()));
  }
  warn_skipped(ctx, path->string(), contents->skipped);
  // In time order: a log written on several machines, or by hand, may not be.
  std::vector<history::SessionRecord> all = contents->records;
  std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
  std::vector<history::SessionRecord> shown;
  std::copy_if(all.begin(), all.end(), std::back_inserter(shown), [&](const history::SessionRecord& r) {
    return !since || history::local_day(r.start) >= *since;
  });
  if (options.tsv) {
    if (options.last && shown.size() > static_cast<std::size_t>(*options.last)) {
      shown.erase(shown.begin(), shown.end() - *options.last);
    }
    print_tsv(ctx, shown);
    return 0;
  }
  if (all.empty()) {
    ctx.out.write(fmt::format("No sessions yet: run `stretch calf` to start. (The log is {}.)\n", path->string()));
    return 0;
  }

  const history::Day today = history::local_day(now);
  const history::Streaks streaks = history::streaks(all, today);
  const auto by_day = history::seconds_by_day(all);
  std::string out;
  out += fmt::format("{} {} (longest {})\n", render::styled(ctx.palette.heading, "Streak:"),
                     plural(streaks.current, "day"), plural(streaks.longest, "day"));
  out += fmt::format("This week {} · this month {}\n\n",
                     minutes_text(history::seconds_between(by_day, history::week_start(today), today)),
                     minutes_text(history::seconds_between(by_day, history::month_start(today), today)));
  const history::CalendarStyle style{&ctx.palette, ctx.color, term::utf8_locale(ctx.env)};
  for (const std::string& line : history::calendar_lines(by_day, today, k_calendar_weeks, style)) {
    out += line + '\n';
  }

  const std::size_t count = std::min(shown.size(), static_cast<std::size_t>(options.last.value_or(10)));
  out += '\n' + render::styled(ctx.palette.heading, fmt::format("Last {}:", plural(static_cast<long long>(count), "session"))) + '\n';
  std::size_t name_width = 0;
  for (std::size_t i = shown.size() - count; i < shown.size(); ++i) {
    name_width = std::max(name_width, util::display_width(shown[i].routine));
  }
  for (std::size_t i = shown.size(); i-- > shown.size() - count;) {
    out += "  " + session_line(ctx, shown[i], name_width) + '\n';
  }

  const int numb_days = history::numbness_days(all, today);
  if (numb_days >= history::k_numbness_days_for_advice) {
    out += '\n';
    for (const std::string& line : util::wrap_to_width(history::numbness_advice(numb_days), k_text_width, 5)) {
      out += render::styled(ctx.palette.warning, line) + '\n';
    }
  }
  ctx.out.write(out);
  return 0;
}

} // namespace stretch::commands
