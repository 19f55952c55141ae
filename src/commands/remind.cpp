// SPDX-License-Identifier: MIT
// `stretch remind`: a daily reminder to run a routine.
#include "commands/remind.h"

#include "error.h"
#include "library/paths.h"
#include "remind/units.h"
#include "util/file.h"
#include "util/messages.h"
#include "util/process.h"
#include "util/xdg.h"
#include "util/terminal_text.h"

#include <algorithm>
#include <fmt/format.h>
#include <sys/stat.h>

namespace stretch::commands {
namespace {

// Runs `systemctl --user ARGS`; throws `Error` when it fails.
void systemctl(const SystemdIo& io, const std::vector<std::string>& args)
{
  const auto status = io.systemctl(args);
  if (!status) {
    throw Error(status.error());
  }
  if (*status != 0) {
    throw Error(fmt::format("`systemctl --user {}` failed with status {}", fmt::join(args, " "), *status));
  }
}

std::filesystem::path unit_dir_or_throw(const SystemdIo& io)
{
  if (!io.unit_dir) {
    throw Error("no folder for systemd user units: set HOME or XDG_CONFIG_HOME");
  }
  return *io.unit_dir;
}

int add(const Context& ctx, const RemindOptions& options, const SystemdIo& io)
{
  const auto schedule = remind::parse_schedule(options.at, options.weekdays);
  if (!schedule) {
    throw UsageError(schedule.error());
  }
  const auto entry = ctx.library.find_entry(options.routine);
  if (!entry) {
    throw UsageError(fmt::format("no routine named `{}`; `stretch list` shows them all", options.routine));
  }
  if (auto problem = remind::check_reminder_name(entry->name)) {
    throw UsageError(*problem);
  }
  if (!io.notifier) {
    throw Error(fmt::format("no program to show a notification with: install one of {} (on Debian, `apt install "
                            "libnotify-bin`)",
                            fmt::join(remind::k_notification_programs, ", ")));
  }
  if (std::any_of(io.notifier->native().begin(), io.notifier->native().end(), util::is_control_byte)) {
    throw Error(fmt::format("{}: a control character in its path: it cannot go in a unit file or a crontab line",
                            io.notifier->string()));
  }
  if (!io.available) {
    ctx.out.write(fmt::format("No systemd user instance runs here. To be reminded {}, add this line to your crontab "
                              "(`crontab -e`):\n{}\n",
                              remind::describe(*schedule),
                              remind::crontab_line(entry->name, *schedule, *io.notifier, io.bus)));
    return 0;
  }
  const std::filesystem::path folder = unit_dir_or_throw(io);
  const std::string stem = remind::unit_stem(entry->name);
  for (const auto& [file, text] : {std::pair{stem + ".service", remind::service_unit(entry->name, *io.notifier)},
                                   std::pair{stem + ".timer", remind::timer_unit(entry->name, *schedule)}}) {
    if (const auto written = util::write_file(folder / file, text, true); !written) {
      throw Error(written.error());
    }
  }
  systemctl(io, {"daemon-reload"});
  systemctl(io, {"enable", "--now", stem + ".timer"});
  ctx.out.write(util::terminal_safe(fmt::format("A reminder to run `stretch {}` {}: {}", entry->name,
                                                remind::describe(*schedule), (folder / (stem + ".timer")).string()))
                + '\n');
  return 0;
}

int list(const Context& ctx, const SystemdIo& io)
{
  std::vector<std::string> lines;
  std::error_code ec;
  if (io.unit_dir) {
    for (std::filesystem::directory_iterator it(*io.unit_dir, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string file = it->path().filename().string();
      if (!file.starts_with("stretch-remind-") || !file.ends_with(".timer")) {
        continue;
      }
      const auto text = util::read_file(it->path(), 64 * 1024);
      if (const auto reminder = text ? remind::read_timer(*text) : std::nullopt) {
        lines.push_back(fmt::format("{}  {}", reminder->first, remind::describe(reminder->second)));
      }
    }
  }
  std::sort(lines.begin(), lines.end());
  if (lines.empty()) {
    ctx.out.write("No reminders. Add one like this: stretch remind daily 07:30\n");
    return 0;
  }
  std::string out;
  for (const std::string& line : lines) {
    out += util::terminal_safe(line) + '\n';
  }
  ctx.out.write(out);
  return 0;
}

int remove(const Context& ctx, const RemindOptions& options, const SystemdIo& io)
{
  if (auto problem = remind::check_reminder_name(options.routine)) {
    throw UsageError(*problem);
  }
  const std::string stem = remind::unit_stem(options.routine);
  const std::filesystem::path folder = unit_dir_or_throw(io);
  std::error_code ec;
  if (!std::filesystem::exists(folder / (stem + ".timer"), ec)) {
    throw UsageError(fmt::format("no reminder for `{}`; `stretch remind list` shows them", options.routine));
  }
  if (io.available) {
    systemctl(io, {"disable", "--now", stem + ".timer"});
  }
  std::filesystem::remove(folder / (stem + ".timer"), ec);
  std::filesystem::remove(folder / (stem + ".service"), ec);
  if (io.available) {
    systemctl(io, {"daemon-reload"});
  }
  ctx.out.write(util::terminal_safe(fmt::format("Removed the reminder for `stretch {}`.", options.routine)) + '\n');
  return 0;
}

} // namespace

SystemdIo process_systemd_io(const util::EnvLookup& env)
{
  SystemdIo io;
  if (auto config = util::xdg_dir(env, "XDG_CONFIG_HOME", ".config")) {
    io.unit_dir = *config / "systemd" / "user";
  }
  const char* path = env("PATH");
  const std::string_view folders = path != nullptr ? path : "";
  for (const std::string_view program : remind::k_notification_programs) {
    if (auto found = util::find_program(program, folders)) {
      io.notifier = *found;
      break;
    }
  }
  const auto systemctl_program = util::find_program("systemctl", folders);
  const char* runtime = env("XDG_RUNTIME_DIR");
  struct stat socket = {};
  io.available = systemctl_program && runtime != nullptr && runtime[0] == '/'
                 && ::stat((std::string(runtime) + "/systemd/private").c_str(), &socket) == 0;
  if (runtime != nullptr && runtime[0] == '/') {
    io.bus = fmt::format("unix:path={}/bus", runtime);
  }
  if (const char* bus = env("DBUS_SESSION_BUS_ADDRESS"); bus != nullptr && bus[0] != '\0') {
    io.bus = bus;
  }
  io.systemctl = [program = systemctl_program](const std::vector<std::string>& args) -> util::Expected<int> {
    if (!program) {
      return util::Unexpected{"systemctl is not in PATH"};
    }
    std::vector<std::string> argv{program->string(), "--user", "--quiet"};
    argv.insert(argv.end(), args.begin(), args.end());
    return util::run_and_wait(argv);
  };
  return io;
}

int remind_command(const Context& ctx, const RemindOptions& options, const SystemdIo& io)
{
  switch (options.action) {
  case RemindOptions::Action::add:
    return add(ctx, options, io);
  case RemindOptions::Action::list:
    return list(ctx, io);
  case RemindOptions::Action::remove:
    return remove(ctx, options, io);
  }
  return 0;
}

} // namespace stretch::commands
