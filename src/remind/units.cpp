// SPDX-License-Identifier: MIT
// The systemd user units of a reminder.
#include "remind/units.h"

#include "i18n/format.h"
#include "util/strings.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

#include <algorithm>
#include <fmt/format.h>

namespace stretch::remind {
namespace {

constexpr std::string_view k_stem = "stretch-remind-";
constexpr std::string_view k_routine_comment = "# routine: ";

std::string title(std::string_view routine)
{
  return i18n::trf("Time to stretch: {routine}", fmt::arg("routine", routine));
}

std::string body(std::string_view routine)
{
  return i18n::trf("Run: stretch {routine}", fmt::arg("routine", routine));

}

// `word` as one word of a systemd command line: in double quotes, with `\` and `"`
// escaped, and `%` doubled so that systemd expands no specifier. A `$` is doubled too in
// an argument, where systemd would expand a variable, but not in the program's path
// (`first`), where it expands none.
std::string systemd_quoted(std::string_view word, bool first)
{
  std::string out = "\"";
  for (const char c : word) {
    if (c == '\\' || c == '"') {
      out += '\\';
    } else if (c == '%' || (c == '$' && !first)) {
      out += c;
    }
    out += c;
  }
  return out + '"';
}

std::string joined(const std::vector<std::string>& argv)
{
  std::string out;
  for (const std::string& word : argv) {
    out += (out.empty() ? "" : " ") + systemd_quoted(word, out.empty());
  }
  return out;
}

// Whether `text` is valid UTF-8 throughout.
bool is_utf8(std::string_view text)
{
  for (std::size_t pos = 0; pos < text.size();) {
    if (!util::decode_utf8(text, pos)) {
      return false;
    }
  }
  return true;
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
  return i18n::trf("a reminder needs a routine name of letters, digits, dots, dashes and underscores, not `{routine}`",
                   fmt::arg("routine", routine));
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

util::Expected<std::string> service_unit(std::string_view routine, const std::filesystem::path& program)
{
  // systemd takes no quote, backslash or control character in the program's own path
  // (only in its arguments), and only UTF-8.
  const std::string& path = program.native();
  const auto unsafe = [](char c) { return util::is_control_byte(c) || c == '"' || c == '\'' || c == '\\'; };
  if (std::any_of(path.begin(), path.end(), unsafe) || !is_utf8(path)) {
    return util::Unexpected{i18n::trf("{file}: systemd cannot start a program whose path holds a quote, a backslash, "
                                      "a control character or bytes that are not UTF-8; move it, or put a link to "
                                      "it in a folder of PATH",
                                      fmt::arg("file", util::terminal_safe(path)))};

  }
  return fmt::format("# The notification of a `stretch remind` reminder.\n"
                     "[Unit]\n"
                     "Description=Reminder to run stretch {}\n"
                     "\n"
                     "[Service]\n"
                     "Type=oneshot\n"
                     "ExecStart={}\n",
                     routine, joined(notification_argv(routine, program.lexically_normal())));
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

} // namespace stretch::remind
