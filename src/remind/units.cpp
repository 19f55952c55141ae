// SPDX-License-Identifier: MIT
// The systemd user units of a reminder, and its crontab line.
#include "remind/units.h"

#include "util/strings.h"

#include <algorithm>
#include <fmt/format.h>

namespace stretch::remind {
namespace {

constexpr std::string_view k_stem = "stretch-remind-";
constexpr std::string_view k_routine_comment = "# routine: ";

std::string title(std::string_view routine)
{
  return fmt::format("Time to stretch: {}", routine);
}

std::string body(std::string_view routine)
{
  return fmt::format("Run: stretch {}", routine);
}

// `word` as one word of a systemd command line: in double quotes, with `\` and `"`
// escaped, and `%` and `$` doubled so that systemd expands neither.
std::string systemd_quoted(std::string_view word)
{
  std::string out = "\"";
  for (const char c : word) {
    if (c == '\\' || c == '"') {
      out += '\\';
    } else if (c == '%' || c == '$') {
      out += c;
    }
    out += c;
  }
  return out + '"';
}

// `word` as one word for sh: in single quotes, a quote inside one written '\''.
std::string shell_quoted(std::string_view word)
{
  std::string out = "'";
  for (const char c : word) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

std::string joined(const std::vector<std::string>& argv, std::string (*quote)(std::string_view))
{
  std::string out;
  for (const std::string& word : argv) {
    if (!out.empty()) {
      out += ' ';
    }
    out += quote(word);
  }
  return out;
}

} // namespace

std::vector<std::string> notification_argv(std::string_view routine, const std::filesystem::path& program)
{
  const std::string name = program.filename().string();
  if (name == "termux-notification") {
    return {program.string(), "--title", title(routine), "--content", body(routine)};
  }
  if (name == "osascript") {
    // check_reminder_name keeps quotes and backslashes out of the routine's name.
    return {program.string(), "-e",
            fmt::format("display notification \"{}\" with title \"{}\"", body(routine), title(routine))};
  }
  return {program.string(), "--app-name=stretch", title(routine), body(routine)};
}

std::string unit_stem(std::string_view routine)
{
  return fmt::format("{}{}", k_stem, routine);
}

std::optional<std::string> check_reminder_name(std::string_view routine)
{
  const bool plain = !routine.empty() && std::all_of(routine.begin(), routine.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
           || c == '.';
  });
  if (plain) {
    return std::nullopt;
  }
  return fmt::format("a reminder needs a routine name of letters, digits, dots, dashes and underscores, not `{}`", routine);
}

std::string timer_unit(std::string_view routine, const Schedule& schedule)
{
  return fmt::format("# A reminder to stretch, written by `stretch remind`; `stretch remind remove {0}` removes it.\n"
                     "{1}{0}\n"
                     "[Unit]\n"
                     "Description=Reminder to run stretch {0}\n"
                     "\n"
                     "[Timer]\n"
                     "OnCalendar={2}\n"
                     "Persistent=true\n"
                     "\n"
                     "[Install]\n"
                     "WantedBy=timers.target\n",
                     routine, k_routine_comment, on_calendar(schedule));
}

std::string service_unit(std::string_view routine, const std::filesystem::path& program)
{
  return fmt::format("# The notification of a `stretch remind` reminder.\n"
                     "[Unit]\n"
                     "Description=Reminder to run stretch {}\n"
                     "\n"
                     "[Service]\n"
                     "Type=oneshot\n"
                     "ExecStart={}\n",
                     routine, joined(notification_argv(routine, program), systemd_quoted));
}

std::optional<std::pair<std::string, Schedule>> read_timer(std::string_view text)
{
  std::optional<std::string> routine;
  std::optional<Schedule> schedule;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end;
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (line.starts_with(k_routine_comment)) {
      routine = std::string(line.substr(k_routine_comment.size()));
    } else if (line.starts_with("OnCalendar=")) {
      if (auto parsed = parse_on_calendar(line.substr(11))) {
        schedule = *parsed;
      }
    }
  }
  if (!routine || !schedule || check_reminder_name(*routine)) {
    return std::nullopt;
  }
  return std::pair{*routine, *schedule};
}

std::string crontab_line(std::string_view routine, const Schedule& schedule, const std::filesystem::path& program,
                         std::string_view bus)
{
  // cron runs the line with sh.
  const std::string environment = bus.empty() ? "" : "DBUS_SESSION_BUS_ADDRESS=" + shell_quoted(bus) + " ";
  return fmt::format("{} {}{}", cron_time(schedule), environment, joined(notification_argv(routine, program), shell_quoted));
}

} // namespace stretch::remind
