// SPDX-License-Identifier: MIT
// `stretch NAME`: runs a routine in real time on the terminal.
#include "commands/run.h"

#include "commands/history.h"
#include "commands/import.h"
#include "commands/load.h"
#include "error.h"
#include "i18n/format.h"
#include "i18n/language.h"
#include "routine/parser.h"
#include "device/notifier.h"
#include "device/audio_queue.h"
#include "device/player.h"
#include "device/tone_files.h"
#include "device/vibrator.h"
#include "device/wake_lock.h"
#include "history/store.h"
#include "library/quick_hold.h"
#include "render/glyphs.h"
#include "render/plain_log.h"
#include "live/runner.h"
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

std::unique_ptr<device::Speech> make_speech(const Context& ctx, const util::Clock& clock)
{
  if (const auto program = device::find_speech_program(path_of(ctx))) {
    const std::string language(i18n::base_language(i18n::language()));
    const std::string name = program->filename().string();
    if (!device::voice_arguments(name, language)) {
      ctx.err.write(util::warning_line(i18n::trf("--voice: {program} has no voice for {language} here; it speaks English",
                                                 fmt::arg("program", name), fmt::arg("language", language))));
      return std::make_unique<device::ProcessSpeech>(*program, clock);
    }
    return std::make_unique<device::ProcessSpeech>(*program, clock, language);
  }

  ctx.err.write(util::warning_line(i18n::tr("--voice: no speech program found (espeak-ng, espeak, spd-say, say or "
                                            "termux-tts-speak); going on without a voice")));
  return nullptr;
}

// A player for the tones, their files written to the cache folder; null, with a warning
// when they were asked for, when there is no player or the files cannot be written.
std::unique_ptr<device::Player> make_player(const Context& ctx, bool asked, const util::Clock& clock)
{
  auto players = device::find_sound_players(path_of(ctx));
  if (players.empty()) {
    if (asked) {
      ctx.err.write(util::warning_line(i18n::tr("--sound tones: no sound player found (pw-play, paplay, aplay, afplay or "
                                                "termux-media-player); ringing the terminal bell instead")));
    }
    return nullptr;
  }
  const auto cache = util::cache_dir(ctx.env);
  const auto files = cache ? device::write_tone_files(*cache / device::k_tone_folder)
                           : util::Expected<device::ToneFiles>(util::Unexpected{i18n::tr("no home folder for the cache")});
  if (!files) {
    ctx.err.write(util::warning_line(
      i18n::trf("cannot write the tones ({reason}); ringing the terminal bell instead", fmt::arg("reason", files.error()))));
    return nullptr;
  }
  return std::make_unique<device::ProcessPlayer>(std::move(players), *files, clock);
}

// What a session reaches outside the terminal, and owns for its length.
struct SessionDevices
{
  std::unique_ptr<device::Speech> speech;
  std::unique_ptr<device::Player> player;
  std::unique_ptr<device::AudioQueue> audio;
  std::unique_ptr<device::Vibrator> vibrator;
  std::unique_ptr<device::WakeLock> wake_lock;
  live::Sound sound = live::Sound::off;
};

SessionDevices make_devices(const Context& ctx, const RunCommandOptions& options, const util::Clock& clock)
{
  SessionDevices devices;
  const bool want_tones = options.sound.value_or(live::Sound::tones) == live::Sound::tones;
  devices.player = want_tones ? make_player(ctx, options.sound.has_value(), clock) : nullptr;
  // Tones where a player plays them; else the bell, unless sound was turned off.
  devices.sound = devices.player                       ? live::Sound::tones
                  : options.sound == live::Sound::off ? live::Sound::off
                                                       : live::Sound::bell;
  if (devices.sound == live::Sound::bell && !ctx.display.terminal) {
    devices.sound = live::Sound::off; // the bell is a byte for a terminal, not for a file
  }
  devices.speech = options.voice ? make_speech(ctx, clock) : nullptr;
  if (devices.speech || devices.player) {
    devices.audio = std::make_unique<device::AudioQueue>(devices.speech.get(), devices.player.get());
  }
  if (options.vibrate) {
    if (auto program = util::find_program("termux-vibrate", path_of(ctx))) {
      devices.vibrator = std::make_unique<device::ProcessVibrator>(std::move(*program), clock);
    } else {
      ctx.err.write(util::warning_line(i18n::tr("--vibrate: termux-vibrate not found (it comes with Termux:API); going on "
                                                "without")));
    }
  }
  if (auto programs = device::find_wake_lock(path_of(ctx))) {
    devices.wake_lock = std::make_unique<device::ProcessWakeLock>(std::move(*programs), clock);
  }
  return devices;
}

// How the session is shown and heard, as `options` ask and the terminal allows.
live::Options live_options(const Context& ctx, const RunCommandOptions& options, const term::OutsideSupport& outside,
                           bool keys)
{
  live::Options live;
  live.plain = options.plain || !ctx.display.smart; // TERM=dumb or unknown: one line per event
  live.keys = keys;
  live.bell = ctx.display.terminal && options.sound != live::Sound::off; // it takes over from a player given up
  live.big = options.big;
  live.rewraps = ctx.display.rewraps;
  live.unicode = ctx.display.unicode;
  live.log = options.log;
  live.title = options.status && outside.title && !live.plain;
  live.progress = options.status && outside.progress && !live.plain;
  live.tmux = outside.tmux;
  return live;
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

void print_dry_run(const Context& ctx, const plan::Plan& plan)
{
  std::string out = util::terminal_safe(fmt::format("{} ({})", plan.about.title, routine::format_duration(plan.total))) + '\n';
  for (const plan::PlanStep& step : plan.steps) {
    out += render::plain_step_line(step, step.start, false, ctx.display.unicode);
  }
  out += i18n::trf("{time} end", fmt::arg("time", render::format_elapsed(plan.total))) + '\n';
  for (const std::string& tip : plan.about.tips) {
    out += render::for_locale(util::terminal_safe(i18n::trf("Tip: {tip}", fmt::arg("tip", tip))), ctx.display.unicode) + '\n';

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
  util::SteadyClock clock;
  const util::SystemWallClock wall;
  SessionDevices devices = make_devices(ctx, options, clock);
  const term::OutsideSupport outside = term::outside_support(ctx.display, ctx.env);
  live::Options live = live_options(ctx, options, outside, keys);
  live.sound = devices.sound;
  std::optional<history::PlaceStore> store;
  if (auto mine = open_history(ctx, options.history_dir, options.device_name)) {
    store.emplace(std::move(mine->place), std::move(mine->device));
  }

  live::Ending result;
  {
    term::PosixTerminal terminal({key_fd, STDOUT_FILENO, keys, !live.plain, live.title, live.progress, live.tmux});
    // The colors of the session, which its summary and the advice after it keep.
    live.palette = session_palette(ctx, terminal, keys && !live.plain);
    std::unique_ptr<device::Notifier> notifier;
    if (options.notify && outside.notify == term::NotifyVia::notify_send) {
      notifier = std::make_unique<device::ProcessNotifier>(outside.notify_send, clock);
    } else if (options.notify && outside.notify != term::NotifyVia::none) {
      notifier = std::make_unique<device::TerminalNotifier>(terminal, outside.notify, outside.tmux);
    }
    const live::Devices uses{devices.audio.get(), devices.vibrator.get(), notifier.get(), devices.wake_lock.get()};
    result = live::run_session(plan, live, {clock, wall, terminal, uses, store ? &*store : nullptr, &ctx.err});
  } // the terminal is back as it was found, and the signal handlers are gone
  devices.wake_lock.reset(); // the phone may sleep again, whatever the way out

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
