// SPDX-License-Identifier: MIT
// What `stretch history` prints.
#include "render/history_report.h"

#include "history/local_time.h"
#include "i18n/dates.h"
#include "i18n/format.h"
#include "render/sparkline.h"
#include "render/calendar.h"
#include "render/glyphs.h"
#include "routine/duration.h"
#include "util/strings.h"
#include "util/terminal_text.h"
#include "util/utf8.h"
#include "util/wrap.h"

#include <algorithm>
#include <fmt/format.h>

namespace stretch::render {
namespace {

constexpr int k_calendar_weeks = 12;
constexpr std::size_t k_max_name_width = 20;

std::string minutes_text(long long seconds)

{
  const long long minutes = (seconds + 30) / 60;
  return minutes < 60 ? i18n::trf("{minutes} min", fmt::arg("minutes", minutes))
                      : i18n::trf("{hours} h {minutes:02} min", fmt::arg("hours", minutes / 60),
                                  fmt::arg("minutes", minutes % 60));
}

// `2026-11-26 21:03`: the clock where the session ran, as its start was written with its
// UTC offset (a session on a trip keeps the hour it was lived); in the local time zone when
// the start carries no offset.
std::string local_date_time(const history::SessionRecord& record)
{
  const std::string_view written = record.start_text;
  if (written.size() == 25 && written[10] == 'T' && (written[19] == '+' || written[19] == '-')) {
    return fmt::format("{} {}", written.substr(0, 10), written.substr(11, 5));
  }
  const std::tm local = history::local_tm(record.start);
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday,
                     local.tm_hour, local.tm_min);
}

// What a session's answers came to: for a numbness session, how it ended (what its
// decisive answer says); then each other question reached, its answer first, so that a cut
// line keeps the answers.
std::string answers_text(const history::SessionRecord& record)
{
  std::vector<std::string> parts;
  auto answers = record.answers;
  const bool stayed = history::numbness_stayed(record);
  if (stayed || history::numbness_resolved(record)) {
    parts.emplace_back(stayed ? i18n::tr("numbness stayed") : i18n::tr("numbness gone"));
    answers.pop_back(); // the decisive answer, said above
  }
  for (const session::AnswerRecord& answer : answers) {
    const auto question = fmt::arg("question", answer.question);
    parts.push_back(util::terminal_safe(!answer.reply   ? i18n::trf("unanswered: {question}", question)
                                        : *answer.reply ? i18n::trf("yes: {question}", question)
                                                        : i18n::trf("no: {question}", question)));
  }
  return util::join(parts, "  ");
}

// The streak, and the minutes of this week and this month.
std::string totals(const HistoryReport& report, const ReportStyle& style)
{
  const history::Streaks streaks = report.tally.streaks(report.today);
  const std::string week =
    minutes_text(report.tally.seconds_between(history::week_start(report.today, i18n::first_weekday()), report.today));
  const std::string month = minutes_text(report.tally.seconds_between(history::month_start(report.today), report.today));
  return styled(style.palette->heading, i18n::tr("Streak:")) + ' '
         + i18n::trf("{current} (longest {longest})", fmt::arg("current", history::days_text(streaks.current)),
                     fmt::arg("longest", history::days_text(streaks.longest)))
         + '\n'
         + i18n::trf("This week {week}{separator}this month {month}", fmt::arg("week", week),
                     fmt::arg("separator", Glyphs::of(style.unicode).separator), fmt::arg("month", month))
         + '\n';
}

// `text` wrapped to the width, at most `lines` lines, each in `text_style`.
std::string wrapped(const std::string& text, std::size_t lines, const Style& text_style, const ReportStyle& style)
{
  std::string out;
  for (const std::string& line : util::wrap_to_width(text, util::usable_width(style.width), lines, Glyphs::of(style.unicode).ellipsis)) {
    out += styled(text_style, line) + '\n';
  }
  return out;
}

// The minutes of each of the last 30 days (fewer on a narrow terminal), today last, as a
// sparkline, and the most of a day.
std::string last_days(const HistoryReport& report, const ReportStyle& style)
{
  const std::size_t label_width = util::display_width(history::days_text(30)) + 1;
  const std::size_t room = util::usable_width(style.width);
  const auto days = static_cast<int>(std::clamp<std::size_t>(room > label_width ? room - label_width : 1, 1, 30));
  std::vector<long long> minutes;
  const auto& by_day = report.tally.seconds_by_day();
  for (int back = days - 1; back >= 0; --back) {
    const auto found = by_day.find(report.today - std::chrono::days(back));
    minutes.push_back(found == by_day.end() ? 0 : (found->second + 30) / 60);
  }
  const long long most = *std::max_element(minutes.begin(), minutes.end());
  std::string line =
    styled(style.palette->heading, history::days_text(days) + ' ') + sparkline(minutes, style.unicode);
  const std::string most_text = "  " + i18n::trf("most {minutes} min a day", fmt::arg("minutes", most));
  if (most > 0 && label_width + static_cast<std::size_t>(days) + util::display_width(most_text) <= room) {
    line += most_text;
  }
  return line + '\n';
}

// The last sessions, latest first, under a heading.
std::string recent_sessions(const HistoryReport& report, const ReportStyle& style)
{
  std::string out =
    styled(style.palette->heading, i18n::trnf("Last {n} session:", "Last {n} sessions:", report.recent.size())) + '\n';
  std::size_t name_width = 0;
  for (const history::SessionRecord& record : report.recent) {
    name_width = std::max(name_width, util::display_width(util::terminal_safe(record.routine)));
  }
  for (auto it = report.recent.rbegin(); it != report.recent.rend(); ++it) {
    out += format_session_line(*it, std::min(name_width, k_max_name_width), style) + '\n';
  }
  return out;
}

} // namespace

std::string outcome_text(session::Outcome outcome)
{
  switch (outcome) {
  case session::Outcome::done:
    // TRANSLATORS: how a session ended, in the history's list.
    return i18n::trc("outcome", "done");
  case session::Outcome::stopped:
    return i18n::trc("outcome", "stopped");
  case session::Outcome::interrupted:
    return i18n::trc("outcome", "interrupted");
  }
  return {};
}

std::string format_session_line(const history::SessionRecord& record, std::size_t name_width, const ReportStyle& style)
{
  const std::string line = fmt::format("  {}  {}  {:>5}  {}", local_date_time(record),
                                       util::pad_to_width(util::terminal_safe(record.routine), name_width),
                                       routine::format_duration(std::chrono::seconds(record.active_seconds)),
                                       outcome_text(record.outcome));
  const std::string_view ellipsis = Glyphs::of(style.unicode).ellipsis;
  const std::size_t used = util::display_width(line);
  if (used > style.width) {
    return util::truncate_to_width(line, style.width, ellipsis);
  }
  const std::string extra = answers_text(record);
  if (extra.empty() || used + 2 >= style.width) {
    return line;
  }
  const Style& text_style = history::numbness_stayed(record)    ? style.palette->warning
                                      : history::numbness_resolved(record) ? style.palette->good
                                                                           : Style{};
  return line + "  " + styled(text_style, util::truncate_to_width(extra, style.width - used - 2, ellipsis));
}

std::string format_history_report(const HistoryReport& report, const ReportStyle& style)
{
  std::string out = totals(report, style) + '\n';
  if (report.devices.size() > 1) {
    std::string names;
    for (const std::string& name : report.devices) {
      names += (names.empty() ? "" : ", ") + util::terminal_safe(name);
    }
    out += wrapped(i18n::trnf("From {n} device: {names}.", "From {n} devices: {names}.", report.devices.size(),
                              fmt::arg("names", names)),
                   4, {}, style)
           + '\n';
  }
  if (const std::string numb_days = report.follow_up.tally(); !numb_days.empty()) {
    out += wrapped(numb_days, 4, {}, style) + '\n';
  }
  const CalendarStyle calendar{style.palette, style.color, style.unicode, i18n::first_weekday()};
  const int weeks = std::clamp(static_cast<int>((style.width - k_calendar_margin + 1) / 2), 1, k_calendar_weeks);
  for (const std::string& line : calendar_lines(report.tally.seconds_by_day(), report.today, weeks, calendar)) {
    out += line + '\n';
  }
  out += last_days(report, style);
  out += '\n' + recent_sessions(report, style);
  if (report.follow_up.advise()) {
    out += '\n' + wrapped(report.follow_up.advice(), 10, style.palette->warning, style);
  }
  return out;
}

} // namespace stretch::render
