// SPDX-License-Identifier: MIT
// `stretch remind`: a daily reminder to run a routine, by systemd or by cron.
#include "commands/remind.h"

#include "error.h"
#include "i18n/format.h"
#include "remind/crontab.h"
#include "remind/units.h"
#include "util/file.h"
#include "util/messages.h"
#include "util/strings.h"
#include "util/terminal_text.h"
#include "util/utf8.h"
#include "util/xdg.h"

#include <algorithm>
#include <fmt/format.h>
#include <sys/stat.h>

namespace stretch::commands {
namespace {

using namespace std::chrono_literals;

constexpr std::size_t k_max_unit_size = 64 * 1024;
constexpr std::size_t k_max_crontab_size = 1024 * 1024;

// Runs `systemctl --user ARGS`; throws `Error` when it fails.
void systemctl(const RemindIo& io, const std::vector<std::string>& args)
{
  const auto status = io.systemctl(args);
  if (!status) {
    throw Error(status.error());
  }
  if (*status != 0) {
    throw Error(i18n::trf("`{command}` failed with status {status}",
                          fmt::arg("command", fmt::format("systemctl --user {}", fmt::join(args, " "))),
                          fmt::arg("status", *status)));
  }
}

// The first line of what a program said on its standard error, for a message.
std::string first_line(std::string_view text)
{
  return util::terminal_safe(util::trim(text.substr(0, text.find('\n'))));
}

// The user's crontab (empty when they have none yet); throws `Error` when it cannot be
// read, rather than take an unreadable crontab for an empty one and lose its lines.
std::string read_crontab(const RemindIo& io)
{
  const auto listed = io.crontab({"-l"}, "");
  if (!listed) {
    throw Error(listed.error());
  }
  if (listed->status == 0) {
    return listed->out;
  }
  if (remind::says_no_crontab(listed->err)) {
    return "";
  }
  throw Error(i18n::trf("`{command}` failed with status {status}: {reason}", fmt::arg("command", "crontab -l"),
                        fmt::arg("status", listed->status), fmt::arg("reason", first_line(listed->err))));
}

// Installs `text` as the user's crontab; throws `Error` when crontab refuses it (the old
// one then stays as it was).
void write_crontab(const RemindIo& io, const std::string& text)
{
  const auto installed = io.crontab({"-"}, text);
  if (!installed) {
    throw Error(installed.error());
  }
  if (installed->status != 0) {
    throw Error(i18n::trf("`{command}` failed with status {status}: {reason}", fmt::arg("command", "crontab -"),
                          fmt::arg("status", installed->status), fmt::arg("reason", first_line(installed->err))));
  }
}

std::filesystem::path unit_dir_or_throw(const RemindIo& io)
{
  if (!io.unit_dir) {
    throw Error(i18n::tr("no folder for systemd user units: set HOME or XDG_CONFIG_HOME"));
  }
  return *io.unit_dir;
}

// The files of a reminder's units: the timer, the service, and the link that enabling
// the timer made.
struct UnitFiles
{
  std::filesystem::path timer;
  std::filesystem::path service;
  std::filesystem::path wants_link;

  UnitFiles(const std::filesystem::path& folder, const std::string& stem)
    : timer(folder / (stem + ".timer")), service(folder / (stem + ".service")),
      wants_link(folder / "timers.target.wants" / (stem + ".timer"))
  {
  }

  // Whether the timer is there.
  bool exist() const
  {
    std::error_code ec;
    return std::filesystem::exists(timer, ec);
  }

  // Removes all three, as `systemctl disable` and deleting the units would.
  void remove() const
  {
    std::error_code ec;
    for (const auto& path : {timer, service, wants_link}) {
      std::filesystem::remove(path, ec);
    }
  }
};

// A file's text before a change, to put back when the change fails.
struct Saved
{
  std::filesystem::path path;
  std::optional<std::string> text;

  explicit Saved(std::filesystem::path file) : path(std::move(file))
  {
    if (auto read = util::read_file(path, k_max_unit_size)) {
      text = std::move(*read);
    }
  }

  void restore() const
  {
    std::error_code ec;
    if (text) {
      (void)util::write_file(path, *text, true);
    } else {
      std::filesystem::remove(path, ec);
    }
  }
};

// Writes and enables the units of a reminder for `routine`; when any step fails, the
// units are as they were before, and the error is thrown.
std::filesystem::path add_by_systemd(const RemindIo& io, const std::string& routine, const remind::Schedule& schedule)
{
  const auto service = remind::service_unit(routine, *io.notifier);
  if (!service) {
    throw Error(service.error());
  }
  const UnitFiles files(unit_dir_or_throw(io), remind::unit_stem(routine));
  const Saved old_timer(files.timer);
  const Saved old_service(files.service);
  try {
    for (const auto& [path, text] : {std::pair{files.service, *service},
                                     std::pair{files.timer, remind::timer_unit(routine, schedule)}}) {
      if (const auto written = util::write_file(path, text, true); !written) {
        throw Error(written.error());
      }
    }
    systemctl(io, {"daemon-reload"});
    systemctl(io, {"enable", "--now", files.timer.filename().string()});
  } catch (const Error&) {
    if (!old_timer.text) {
      (void)io.systemctl({"disable", "--now", files.timer.filename().string()});
      files.remove();
    } else {
      old_timer.restore();
      old_service.restore();
    }
    (void)io.systemctl({"daemon-reload"});
    throw;
  }
  return files.timer;
}

// Takes the reminder of `routine` out of systemd's hands: disabled and its units deleted.
// False when it has none.
bool remove_from_systemd(const RemindIo& io, const std::string& routine)
{
  if (!io.unit_dir) {
    return false;
  }
  const UnitFiles files(*io.unit_dir, remind::unit_stem(routine));
  if (!files.exist()) {
    return false;
  }
  if (io.systemd) {
    systemctl(io, {"disable", "--now", files.timer.filename().string()});
  }
  files.remove();
  if (io.systemd) {
    systemctl(io, {"daemon-reload"});
  }
  return true;
}

// Takes the reminder line of `routine` out of the user's crontab. False when it has none.
bool remove_from_crontab(const RemindIo& io, const std::string& routine)
{
  if (!io.cron) {
    return false;
  }
  const std::string text = read_crontab(io);
  const auto reminders = remind::read_crontab(text);
  if (std::none_of(reminders.begin(), reminders.end(), [&](const auto& r) { return r.routine == routine; })) {
    return false;
  }
  write_crontab(io, remind::without_reminder(text, routine));
  return true;
}

int add(const Context& ctx, const RemindOptions& options, const RemindIo& io)
{
  const auto schedule = remind::parse_schedule(options.at, options.weekdays);
  if (!schedule) {
    throw UsageError(schedule.error());
  }
  const auto entry = ctx.library.find_entry(options.routine);
  if (!entry) {
    throw UsageError(i18n::trf("no routine named `{name}`", fmt::arg("name", options.routine))
                     + i18n::tr("; `stretch list` shows them all"));
  }
  const std::string& routine = entry->name;
  if (auto problem = remind::check_reminder_name(routine)) {
    throw UsageError(*problem);
  }
  if (!io.notifier) {
    throw Error(i18n::trf("no program to show a notification with: install one of {programs} (on Debian, `apt install "
                          "libnotify-bin`)",
                          fmt::arg("programs", fmt::format("{}", fmt::join(remind::k_notification_programs, ", ")))));
  }
  if (io.systemd) {
    const auto timer = add_by_systemd(io, routine, *schedule);
    try {
      remove_from_crontab(io, routine); // set up the other way before: one reminder, not two
    } catch (const Error& error) {
      ctx.err.write(util::warning_line(i18n::trf("a reminder line in your crontab may remain: {reason}", fmt::arg("reason", error.what()))));
    }
    ctx.out.write(util::terminal_safe(i18n::trf("A reminder to run `stretch {routine}` {when}: {file}",
                                                fmt::arg("routine", routine), fmt::arg("when", remind::describe(*schedule)),
                                                fmt::arg("file", timer.string())))
                  + '\n');
    return 0;
  }
  if (!io.cron) {
    throw Error(i18n::tr("no way to be reminded here: no systemd user instance runs, and there is no crontab program in PATH "
                         "(on Termux, `pkg install cronie termux-services`, then `sv-enable crond`)"));
  }
  const auto line = remind::crontab_line(routine, *schedule, *io.notifier, io.bus);
  if (!line) {
    throw Error(line.error());
  }
  write_crontab(io, remind::with_reminder(read_crontab(io), routine, *line));
  if (io.unit_dir) {
    UnitFiles(*io.unit_dir, remind::unit_stem(routine)).remove(); // a timer from before, when systemd ran
  }
  ctx.out.write(util::terminal_safe(i18n::trf("A reminder to run `stretch {routine}` {when}, in your crontab (`crontab -l` "
                                              "shows it)",
                                              fmt::arg("routine", routine), fmt::arg("when", remind::describe(*schedule))))
                + '\n');
  return 0;
}

// One reminder, and what keeps it.
struct Listed
{
  std::string routine;
  remind::Schedule schedule;
  std::string by;
};

std::vector<Listed> reminders(const Context& ctx, const RemindIo& io)
{
  std::vector<Listed> found;
  std::error_code ec;
  if (io.unit_dir) {
    for (std::filesystem::directory_iterator it(*io.unit_dir, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string file = it->path().filename().string();
      if (!file.starts_with(remind::unit_stem("")) || !file.ends_with(".timer")) {
        continue;
      }
      const auto text = util::read_file(it->path(), k_max_unit_size);
      const auto reminder = text ? remind::read_timer(*text) : std::nullopt;
      if (!reminder) {
        continue;
      }
      if (!io.systemd) {
        found.push_back({reminder->first, reminder->second, i18n::tr("systemd timer, when systemd runs")});
      } else if (const auto enabled = io.systemctl({"is-enabled", file}); enabled && *enabled == 0) {
        found.push_back({reminder->first, reminder->second, i18n::tr("systemd timer")}); // else not active: not listed
      }
    }
  }
  if (io.cron) {
    try {
      for (const auto& reminder : remind::read_crontab(read_crontab(io))) {
        found.push_back({reminder.routine, reminder.schedule, "crontab"});
      }
    } catch (const Error& error) {
      ctx.err.write(util::warning_line(error.what()));
    }
  }
  std::sort(found.begin(), found.end(), [](const Listed& a, const Listed& b) {
    return std::tie(a.routine, a.by) < std::tie(b.routine, b.by);
  });
  return found;
}

int list(const Context& ctx, const RemindOptions& options, const RemindIo& io)
{
  const std::vector<Listed> found = reminders(ctx, io);
  std::string out;
  if (options.names_only) {
    for (std::size_t i = 0; i < found.size(); ++i) {
      if (i == 0 || found[i].routine != found[i - 1].routine) {
        out += found[i].routine + '\n';
      }
    }
    ctx.out.write(out);
    return 0;
  }
  if (found.empty()) {
    ctx.out.write(std::string(i18n::tr("No reminders. Add one like this: stretch remind daily 07:30")) + '\n');
    return 0;
  }
  std::size_t name_width = 0;
  std::size_t when_width = 0;
  for (const Listed& reminder : found) {
    name_width = std::max(name_width, reminder.routine.size());
    when_width = std::max(when_width, util::display_width(remind::describe(reminder.schedule)));
  }
  for (const Listed& reminder : found) {
    out += util::terminal_safe(fmt::format("{:<{}}  {}  ({})", reminder.routine, name_width,
                                           util::pad_to_width(remind::describe(reminder.schedule), when_width), reminder.by))
           + '\n';
  }
  ctx.out.write(out);
  return 0;
}

int remove(const Context& ctx, const RemindOptions& options, const RemindIo& io)
{
  std::string routine = options.routine;
  try {
    if (const auto entry = ctx.library.find_entry(routine)) {
      routine = entry->name; // an alias: the reminder has the routine's own name
    }
  } catch (const Error&) {
    // A name two routines claim as an alias: it is taken as it is.
  }
  if (auto problem = remind::check_reminder_name(routine)) {
    throw UsageError(*problem);
  }
  const bool by_systemd = remove_from_systemd(io, routine);
  const bool by_cron = remove_from_crontab(io, routine);
  if (!by_systemd && !by_cron) {
    throw UsageError(i18n::trf("no reminder for `{routine}`; `stretch remind list` shows them", fmt::arg("routine", routine)));
  }
  ctx.out.write(util::terminal_safe(i18n::trf("Removed the reminder for `stretch {routine}`.", fmt::arg("routine", routine)))
                + '\n');
  return 0;
}

} // namespace

RemindIo process_remind_io(const util::EnvLookup& env)
{
  RemindIo io;
  if (auto config = util::xdg_dir(env, "XDG_CONFIG_HOME", ".config")) {
    io.unit_dir = *config / "systemd" / "user";
  }
  const char* path = env("PATH");
  const std::string_view folders = path != nullptr ? path : "";
  io.notifier = util::find_first_program(remind::k_notification_programs, folders);
  const auto systemctl_program = util::find_program("systemctl", folders);
  const char* runtime = env("XDG_RUNTIME_DIR");
  struct stat socket = {};
  io.systemd = systemctl_program && runtime != nullptr && runtime[0] == '/'
               && ::stat((std::string(runtime) + "/systemd/private").c_str(), &socket) == 0;
  if (runtime != nullptr && runtime[0] == '/') {
    io.bus = fmt::format("unix:path={}/bus", runtime);
  }
  if (const char* bus = env("DBUS_SESSION_BUS_ADDRESS"); bus != nullptr && bus[0] != '\0') {
    io.bus = bus;
  }
  io.systemctl = [program = systemctl_program](const std::vector<std::string>& args) -> util::Expected<int> {
    if (!program) {
      return util::Unexpected{i18n::trf("{program} is not in PATH", fmt::arg("program", "systemctl"))};
    }
    std::vector<std::string> argv{program->string(), "--user", "--quiet"};
    argv.insert(argv.end(), args.begin(), args.end());
    return util::run_and_wait(argv);
  };
  const auto crontab_program = util::find_program("crontab", folders);
  io.cron = crontab_program.has_value();
  io.crontab = [program = crontab_program](const std::vector<std::string>& args,
                                           std::string_view input) -> util::Expected<util::Captured> {
    if (!program) {
      return util::Unexpected{i18n::trf("{program} is not in PATH", fmt::arg("program", "crontab"))};

    }
    std::vector<std::string> argv{program->string()};
    argv.insert(argv.end(), args.begin(), args.end());
    return util::run_captured(argv, input, k_max_crontab_size, 10s);
  };
  return io;
}

int remind_command(const Context& ctx, const RemindOptions& options, const RemindIo& io)
{
  switch (options.action) {
  case RemindOptions::Action::add:
    return add(ctx, options, io);
  case RemindOptions::Action::list:
    return list(ctx, options, io);
  case RemindOptions::Action::remove:
    return remove(ctx, options, io);
  }
  return 0;
}

} // namespace stretch::commands
