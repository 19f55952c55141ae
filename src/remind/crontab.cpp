// SPDX-License-Identifier: MIT
// A reminder as a line of the user's crontab.
#include "remind/crontab.h"

#include "i18n/format.h"
#include "remind/units.h"
#include "util/strings.h"
#include "util/terminal_text.h"

#include <algorithm>
#include <fmt/format.h>

namespace stretch::remind {
namespace {

// What ends each reminder line, after the routine's name: a shell comment, which cron
// passes on and sh ignores.
constexpr std::string_view k_marker = " # stretch-remind ";

// The lines of `text`, each with its line end, if any.
std::vector<std::string_view> lines_of(std::string_view text)
{
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

// The schedule of the time fields that `cron_time` wrote at the start of `line`.
std::optional<Schedule> schedule_of(std::string_view line)
{
  const std::vector<std::string_view> fields = util::split_list(line, ' ');
  if (fields.size() < 5 || fields[2] != "*" || fields[3] != "*" || (fields[4] != "*" && fields[4] != "1-5")) {
    return std::nullopt;
  }
  const auto minute = util::parse_count(fields[0], 59);
  const auto hour = util::parse_count(fields[1], 23);
  if (!minute || !hour) {
    return std::nullopt;
  }
  return Schedule{static_cast<int>(*hour), static_cast<int>(*minute), fields[4] == "1-5"};
}

// The routine named at the end of `line` after the marker, or an empty view for a line
// that has none (a comment, or any other line).
std::string_view marked_routine(std::string_view line)
{
  const std::size_t marker = line.rfind(k_marker);
  if (marker == std::string_view::npos || util::trim(line).starts_with('#')) {
    return {};
  }
  const std::string_view routine = line.substr(marker + k_marker.size());
  return check_reminder_name(routine) ? std::string_view() : routine;
}

// The words of a command that `cron_quoted` wrote, read back: each in single quotes, a
// quote as `\'` between them, a backslash as "\\" in double quotes, a `%` as `\%`;
// nullopt for anything else.
std::optional<std::vector<std::string>> cron_words(std::string_view command)
{
  std::vector<std::string> words(1);
  for (std::size_t i = 0; i < command.size(); ++i) {
    const char c = command[i];
    if (c == ' ') {
      words.emplace_back();
    } else if (c == '\'') {
      const std::size_t end = command.find('\'', i + 1);
      if (end == std::string_view::npos) {
        return std::nullopt;
      }
      // In single quotes as outside them, cron takes `\%` for a `%`.
      const std::string_view quoted = command.substr(i + 1, end - i - 1);
      for (std::size_t at = 0; at < quoted.size(); ++at) {
        at += quoted.substr(at).starts_with("\\%") ? 1 : 0;
        words.back() += quoted[at];
      }
      i = end;
    } else if (command.substr(i).starts_with("\\'")) {
      words.back() += '\'';
      i += 1;
    } else if (command.substr(i).starts_with("\"\\\\\"")) {
      words.back() += '\\';
      i += 3;
    } else if (command.substr(i).starts_with("\\%")) {
      words.back() += '%';
      i += 1;
    } else if (words.back().empty() && command.substr(i).starts_with("DBUS_SESSION_BUS_ADDRESS=")) {
      words.back() += "DBUS_SESSION_BUS_ADDRESS=";
      i += 24;
    } else {
      return std::nullopt;
    }
  }
  return words;
}

// The routine whose reminder `line` is: a line exactly as `crontab_line` writes one, with
// the marker at its end; an empty view for any other line, however it ends.
std::string_view reminder_of(std::string_view line, const std::optional<Schedule>& schedule)
{
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  const std::string_view routine = marked_routine(line);
  if (routine.empty() || !schedule) {
    return {};
  }
  const std::string time = cron_time(*schedule);
  const std::size_t marker = line.rfind(k_marker);
  if (!line.starts_with(time + " ") || marker < time.size() + 1) {
    return {};
  }
  const auto words = cron_words(line.substr(time.size() + 1, marker - time.size() - 1));
  if (!words || words->empty()) {
    return {};
  }
  std::string bus;
  std::size_t first = 0;
  constexpr std::string_view k_bus = "DBUS_SESSION_BUS_ADDRESS=";
  if ((*words)[0].starts_with(k_bus)) {
    bus = (*words)[0].substr(k_bus.size());
    first = 1;
  }
  if (first >= words->size()) {
    return {};
  }
  // Written again from what it says, it must be the very same line.
  const auto again = crontab_line(routine, *schedule, (*words)[first], bus);
  return again && *again == line ? routine : std::string_view();
}

} // namespace

std::string cron_quoted(std::string_view word)
{
  // In single quotes the shell takes every byte as it is but the quote itself, written
  // '\''. A backslash goes outside the quotes, as "\\": cron would take a backslash
  // before a `%` as its escape, and one before `\%` would undo the escape after it.
  std::string out = "'";
  for (const char c : word) {
    if (c == '\'') {
      out += "'\\''";
    } else if (c == '\\') {
      out += "'\"\\\\\"'";
    } else if (c == '%') {
      out += "\\%";
    } else {
      out += c;
    }
  }
  return out + "'";
}

util::Expected<std::string> crontab_line(std::string_view routine, const Schedule& schedule,
                                         const std::filesystem::path& program, std::string_view bus)
{
  for (const std::string_view value : {std::string_view(program.native()), bus}) {
    if (std::any_of(value.begin(), value.end(), util::is_control_byte)) {
      return util::Unexpected{i18n::trf("`{value}` holds a control character, which a crontab line cannot hold",
                                        fmt::arg("value", util::terminal_safe(value)))};
    }
  }
  std::string command;
  if (!bus.empty()) {
    command = "DBUS_SESSION_BUS_ADDRESS=" + cron_quoted(bus) + " ";
  }
  for (const std::string& word : notification_argv(routine, program)) {
    command += cron_quoted(word) + " ";
  }
  command.pop_back();
  std::string line = fmt::format("{} {}{}{}", cron_time(schedule), command, k_marker, routine);
  if (line.size() > k_max_crontab_line) {
    return util::Unexpected{i18n::trf("the crontab line would be {size} bytes long, more than cron reads ({most})",
                                      fmt::arg("size", line.size()), fmt::arg("most", k_max_crontab_line))};

  }
  return line;
}

std::vector<CronReminder> read_crontab(std::string_view text)
{
  std::vector<CronReminder> found;
  for (const std::string_view line : lines_of(text)) {
    const auto schedule = schedule_of(line);
    if (const std::string_view routine = reminder_of(line, schedule); !routine.empty()) {
      found.push_back({std::string(routine), *schedule});
    }
  }
  return found;
}

std::string without_reminder(std::string_view text, std::string_view routine)
{
  std::string out;
  for (const std::string_view line : lines_of(text)) {
    if (reminder_of(line, schedule_of(line)) != routine) {
      out += line;
    }
  }
  return out;
}

std::string with_reminder(std::string_view text, std::string_view routine, std::string_view line)
{
  std::string out = without_reminder(text, routine);
  if (!out.empty() && out.back() != '\n') {
    out += '\n';
  }
  out += line;
  out += '\n';
  return out;
}

bool says_no_crontab(std::string_view message)
{
  const std::string lower = util::to_lower(message);
  return lower.find("no crontab for") != std::string::npos
         || (lower.find("can't open") != std::string::npos && lower.find("no such file") != std::string::npos);
}

} // namespace stretch::remind
