// SPDX-License-Identifier: MIT
// `stretch NAME`: runs a routine in real time on the terminal.
#include "commands/run.h"

#include "commands/import.h"
#include "commands/load.h"
#include "error.h"
#include "routine/parser.h"
#include "cue/notifier.h"
#include "cue/audio_queue.h"
#include "cue/player.h"
#include "cue/tone_files.h"
#include "cue/vibrator.h"
#include "cue/wake_lock.h"
#include "history/log_file.h"
#include "history/numbness.h"
#include "history/session_record.h"
#include "library/quick_hold.h"
#include "render/glyphs.h"
#include "render/plain_log.h"
#include "run/runner.h"
#include "term/posix_terminal.h"
#include "util/fd.h"
#include "util/messages.h"
#include "util/process.h"
#include "util/xdg.h"
#include "util/terminal_text.h"
#include "util/wrap.h"

#include <csignal>
#include <fcntl.h>
#include <fmt/format.h>
#include <memory>
#include <optional>
#include <unistd.h>

namespace stretch::commands {
namespace {

constexpr int k_exit_interrupted = 130;

// How long a terminal may take to say what its background is.
constexpr auto k_background_wait = std::chrono::milliseconds(100);

std::string path_of(const Context& ctx)
{
  const char* path = ctx.env("PATH");
  return path != nullptr ? path : "";
}

std::unique_ptr<cue::Speech> make_speech(const Context& ctx, const session::Clock& clock)
{
  if (const auto program = cue::find_speech_program(path_of(ctx))) {
    return std::make_unique<cue::ProcessSpeech>(*program, clock);
  }
  ctx.err.write(util::warning_line("--voice: no speech program found (espeak-ng, espeak, spd-say, say or "
                                   "termux-tts-speak); going on without a voice"));
  return nullptr;
}

// A player for the tones, their files written to the cache folder; null, with a warning
// when they were asked for, when there is no player or the files cannot be written.
std::unique_ptr<cue::Player> make_player(const Context& ctx, bool asked, const session::Clock& clock)
{
  auto players = cue::find_sound_players(path_of(ctx));
  if (players.empty()) {
    if (asked) {
      ctx.err.write(util::warning_line("--sound tones: no sound player found (pw-play, paplay, aplay, afplay or "
                                       "termux-media-player); ringing the terminal bell instead"));
    }
    return nullptr;
  }
  const auto cache = util::cache_dir(ctx.env);
  const auto files = cache ? cue::write_tone_files(*cache / cue::k_tone_folder)
                           : util::Expected<cue::ToneFiles>(util::Unexpected{"no home folder for the cache"});
  if (!files) {
    ctx.err.write(util::warning_line(fmt::format("cannot write the tones ({}); ringing the terminal bell instead",
                                                 files.error())));
    return nullptr;
  }
  return std::make_unique<cue::ProcessPlayer>(std::move(players), *files, clock);
}

// What a session reaches outside the terminal, and owns for its length.
struct SessionDevices
{
  std::unique_ptr<cue::Speech> speech;
  std::unique_ptr<cue::Player> player;
  std::unique_ptr<cue::AudioQueue> audio;
  std::unique_ptr<cue::Vibrator> vibrator;
  std::unique_ptr<cue::WakeLock> wake_lock;
  run::Sound sound = run::Sound::off;
};

SessionDevices make_devices(const Context& ctx, const RunCommandOptions& options, const session::Clock& clock)
{
  SessionDevices devices;
  const bool want_tones = options.sound.value_or(run::Sound::tones) == run::Sound::tones;
  devices.player = want_tones ? make_player(ctx, options.sound.has_value(), clock) : nullptr;
  // Tones where a player plays them; else the bell, unless sound was turned off.
  devices.sound = devices.player                       ? run::Sound::tones
                  : options.sound == run::Sound::off ? run::Sound::off
                                                       : run::Sound::bell;
  if (devices.sound == run::Sound::bell && !ctx.display.terminal) {
    devices.sound = run::Sound::off; // the bell is a byte for a terminal, not for a file
  }
  devices.speech = options.voice ? make_speech(ctx, clock) : nullptr;
  if (devices.speech || devices.player) {
    devices.audio = std::make_unique<cue::AudioQueue>(devices.speech.get(), devices.player.get());
  }
  if (options.vibrate) {
    if (auto program = util::find_program("termux-vibrate", path_of(ctx))) {
      devices.vibrator = std::make_unique<cue::ProcessVibrator>(std::move(*program), clock);
    } else {
      ctx.err.write(util::warning_line("--vibrate: termux-vibrate not found (it comes with Termux:API); going on "
                                       "without"));
    }
  }
  if (auto programs = cue::find_wake_lock(path_of(ctx))) {
    devices.wake_lock = std::make_unique<cue::ProcessWakeLock>(std::move(*programs), clock);
  }
  return devices;
}

// The colors for the session: for the background the theme asked for or `COLORFGBG`
// tells, else the one the terminal itself says it has (when it may be `ask`ed); dark when
// nothing can tell.
render::Palette session_palette(const Context& ctx, term::PosixTerminal& terminal, bool ask)
{
  if (!ctx.display.color || ctx.theme || !ask) {
    return ctx.palette();
  }
  return ctx.palette_for(theme_of(terminal.query_background(k_background_wait)));
}

} // namespace

std::optional<render::Theme> theme_of(term::Background background)
{
  switch (background) {
  case term::Background::light:
    return render::Theme::light;
  case term::Background::dark:
    return render::Theme::dark;
  case term::Background::unknown:
    break;
  }
  return std::nullopt;
}

std::optional<render::Theme> ask_terminal_theme()
{
  if (!term::is_terminal(STDIN_FILENO) || !term::is_terminal(STDOUT_FILENO)) {
    return std::nullopt;
  }
  term::PosixTerminal terminal({STDIN_FILENO, STDOUT_FILENO, true});
  return theme_of(terminal.query_background(k_background_wait));
}

void log_session(const Context& ctx, const plan::Plan& plan, const session::Summary& summary,
                 history::Seconds start, bool log, const render::Palette& palette)
{
  const history::SessionRecord record = history::record_of(plan, summary, start);
  const auto path = history::log_path(ctx.env);
  bool logged = false;
  if (log && !path) {
    ctx.err.write(util::warning_line("this session is not logged: no home folder to keep the history in"));
  } else if (log) {
    const auto appended = history::append_line(*path, history::format_record(record));
    logged = static_cast<bool>(appended);
    if (!appended) {
      ctx.err.write(util::warning_line(fmt::format("this session is not logged: {}", appended.error())));
    }
  }
  if (!history::is_numbness_episode(record)) {
    return;
  }
  // Only the last 30 days matter: read the log from its end, however long it is.
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  history::NumbnessFollowUp follow_up(history::local_day(history::Seconds(now)));
  if (path) {
    const history::Seconds since = follow_up.first_day() - std::chrono::days(1);
    (void)history::read_recent(*path, since, [&](const history::SessionRecord& r, std::string_view) { follow_up.add(r); });
  }
  if (!logged) {
    follow_up.add(record);
  }
  if (follow_up.advise()) {
    std::string out;
    for (const std::string& line : util::wrap_to_width(follow_up.advice(), ctx.display.width, 10)) {
      out += render::styled(palette.warning, line) + '\n';
    }
    ctx.out.write(out);
  }
}

void print_dry_run(const Context& ctx, const plan::Plan& plan)
{
  std::string out = util::terminal_safe(fmt::format("{} ({})", plan.about.title, routine::format_duration(plan.total))) + '\n';
  for (const plan::PlanStep& step : plan.steps) {
    out += render::plain_step_line(step, step.start, false, ctx.display.unicode);
  }
  out += fmt::format("{} end\n", render::format_elapsed(plan.total));
  for (const std::string& tip : plan.about.tips) {
    out += render::for_locale(util::terminal_safe("Tip: " + tip), ctx.display.unicode) + '\n';
  }
  ctx.out.write(out);
}

std::shared_ptr<const routine::ParsedFile> file_to_run(const Context& ctx, const RunCommandOptions& options, int input)
{
  const auto hold = [&](std::string_view duration) {
    auto file = library::quick_hold(duration, options.sides);
    if (!file) {
      throw UsageError(file.error());
    }
    return routine::parse_file(std::move(*file));
  };
  if (options.hold) {
    return hold(*options.hold);
  }
  if (options.routine == "-") {
    auto file = std::make_shared<routine::ParsedFile>(read_standard_input(input));
    std::string name = name_from_title(file->parsed.routine.about.title);
    file->source.name = name.empty() ? "standard-input" : std::move(name);
    return file;
  }
  if (!library::is_path_argument(options.routine) && routine::looks_like_duration(options.routine)
      && routine::parse_duration(options.routine, routine::Duration::max()) && !ctx.library.find_entry(options.routine)) {
    // `stretch 30s`: a duration, and no routine has that name: a quick hold.
    return hold(options.routine);
  }
  return ctx.library.resolve(options.routine, options.commands);
}

int run_command(const Context& ctx, const RunCommandOptions& options)
{
  const CheckedRoutine checked = check_or_throw(ctx, file_to_run(ctx, options, STDIN_FILENO));
  const plan::Plan plan = plan_or_throw(ctx, checked, options.plan);
  if (options.dry_run) {
    print_dry_run(ctx, plan);
    return 0;
  }
  // Keys come from standard input, or, when it held the routine, from the terminal.
  const util::Fd tty(options.routine == "-" && !options.hold ? ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC) : -1);
  const int key_fd = options.routine == "-" && !options.hold ? tty.get() : STDIN_FILENO;
  const bool keys = key_fd >= 0 && term::is_terminal(key_fd);
  session::SteadyClock clock;
  SessionDevices devices = make_devices(ctx, options, clock);
  run::RunOptions run;
  run.plain = options.plain || !ctx.display.smart; // TERM=dumb or unknown: one line per event
  run.keys = keys;
  run.sound = devices.sound;
  run.bell = ctx.display.terminal && options.sound != run::Sound::off; // it takes over from a player given up
  run.big = options.big;
  run.rewraps = ctx.display.rewraps;
  run.unicode = ctx.display.unicode;
  const term::OutsideSupport outside = term::outside_support(ctx.display, ctx.env);
  run.title = options.status && outside.title && !run.plain;
  run.progress = options.status && outside.progress && !run.plain;
  run.tmux = outside.tmux;

  const auto start = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  run::RunResult result;
  {
    term::PosixTerminal terminal({key_fd, STDOUT_FILENO, keys, !run.plain, run.title, run.progress, run.tmux});
    // The colors of the session, which its summary and the advice after it keep.
    run.palette = session_palette(ctx, terminal, keys && !run.plain);
    std::unique_ptr<cue::Notifier> notifier;
    if (options.notify && outside.notify == term::NotifyVia::notify_send) {
      notifier = std::make_unique<cue::ProcessNotifier>(outside.notify_send, clock);
    } else if (options.notify && outside.notify != term::NotifyVia::none) {
      notifier = std::make_unique<cue::TerminalNotifier>(terminal, outside.notify, outside.tmux);
    }
    const run::Devices uses{devices.audio.get(), devices.vibrator.get(), notifier.get(), devices.wake_lock.get()};
    run::Runner runner(plan, run, clock, terminal, uses);
    result = runner.run();
  } // the terminal is back as it was found, and the signal handlers are gone
  devices.wake_lock.reset(); // the phone may sleep again, whatever the way out
  log_session(ctx, plan, result.summary, start, options.log, run.palette);

  if (result.signal == SIGINT) {
    return k_exit_interrupted;
  }
  if (result.signal != 0) {
    // End the way the signal would have ended us, so the parent sees it.
    std::signal(result.signal, SIG_DFL);
    std::raise(result.signal);
    return 128 + result.signal;
  }
  return 0;
}

} // namespace stretch::commands
