// `stretch NAME`: runs a routine in real time on the terminal.
#include "commands/run.h"

#include "commands/load.h"
#include "cue/notifier.h"
#include "cue/voice.h"
#include "history/log_file.h"
#include "history/numbness.h"
#include "history/session_record.h"
#include "render/glyphs.h"
#include "render/plain_log.h"
#include "run/runner.h"
#include "term/posix_terminal.h"
#include "util/messages.h"
#include "util/terminal_text.h"
#include "util/wrap.h"

#include <csignal>
#include <fmt/format.h>
#include <memory>
#include <optional>
#include <unistd.h>

namespace stretch::commands {
namespace {

constexpr int k_exit_interrupted = 130;

std::unique_ptr<cue::Speech> make_speech(const Context& ctx)
{
  const char* path = ctx.env("PATH");
  if (const auto program = cue::find_speech_program(path != nullptr ? path : "")) {
    return std::make_unique<cue::ProcessSpeech>(*program);
  }
  ctx.err.write(util::warning_line("--voice: no speech program found (espeak-ng, espeak, spd-say or say); "
                                   "going on without a voice"));
  return nullptr;
}

} // namespace

void log_session(const Context& ctx, const plan::Plan& plan, const session::Summary& summary,
                 history::Seconds start, bool log)
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
  if (record.episode != history::k_numbness) {
    return;
  }
  // Only the last 30 days matter: read the log from its end, however long it is.
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  history::NumbnessFollowUp follow_up(history::local_day(history::Seconds(now)));
  if (path) {
    const history::Seconds since = follow_up.first_day() - std::chrono::days(1);
    (void)history::read_recent(*path, since, [&](history::SessionRecord&& r) { follow_up.add(r); });
  }
  if (!logged) {
    follow_up.add(record);
  }
  if (follow_up.advise()) {
    std::string out;
    for (const std::string& line : util::wrap_to_width(follow_up.advice(), ctx.display.width, 10)) {
      out += render::styled(ctx.palette.warning, line) + '\n';
    }
    ctx.out.write(out);
  }
}

void print_dry_run(const Context& ctx, const plan::Plan& plan)
{
  std::string out = util::terminal_safe(fmt::format("{} ({})", plan.title, routine::format_duration(plan.total))) + '\n';
  for (const plan::PlanStep& step : plan.steps) {
    out += render::plain_step_line(step, step.start, false, ctx.display.unicode);
  }
  out += fmt::format("{} end\n", render::format_elapsed(plan.total));
  for (const std::string& tip : plan.tips) {
    out += render::for_locale(util::terminal_safe("Tip: " + tip), ctx.display.unicode) + '\n';
  }
  ctx.out.write(out);
}

int run_command(const Context& ctx, const RunCommandOptions& options)
{
  const CheckedRoutine checked = load_or_throw(ctx, options.routine);
  const plan::Plan plan = plan_or_throw(ctx, checked.routine, options.plan);
  if (options.dry_run) {
    print_dry_run(ctx, plan);
    return 0;
  }
  const bool keys = term::is_terminal(STDIN_FILENO);
  run::RunOptions run;
  run.plain = options.plain || !ctx.display.smart; // TERM=dumb or unknown: one line per event
  run.keys = keys;
  run.bell = options.bell && ctx.display.terminal;
  run.big = options.big;
  run.unicode = ctx.display.unicode;
  run.palette = ctx.palette;
  const term::OutsideSupport outside = term::outside_support(ctx.display, ctx.env);
  run.title = options.status && outside.title && !run.plain;
  run.progress = options.status && outside.progress && !run.plain;
  run.tmux = outside.tmux;
  const std::unique_ptr<cue::Speech> speech = options.voice ? make_speech(ctx) : nullptr;
  std::optional<cue::Voice> voice;
  if (speech) {
    voice.emplace(*speech);
  }

  const auto start = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  run::RunResult result;
  {
    session::SteadyClock clock;
    term::PosixTerminal terminal({STDIN_FILENO, STDOUT_FILENO, keys, !run.plain, run.title, run.progress, run.tmux});
    std::unique_ptr<cue::Notifier> notifier;
    if (options.notify && outside.notify == term::NotifyVia::notify_send) {
      notifier = std::make_unique<cue::ProcessNotifier>(outside.notify_send);
    } else if (options.notify && outside.notify != term::NotifyVia::none) {
      notifier = std::make_unique<cue::TerminalNotifier>(terminal, outside.notify, outside.tmux);
    }
    run::Runner runner(plan, run, clock, terminal, voice ? &*voice : nullptr, notifier.get());
    result = runner.run();
  } // the terminal is back as it was found, and the signal handlers are gone
  log_session(ctx, plan, result.summary, start, options.log);

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
