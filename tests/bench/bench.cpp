// Measures stretch as a user feels it: how fast it starts, what it costs while a hold runs,
// and how exactly it keeps time. Prints numbers next to their targets; asserts nothing,
// since shared machines are noisy. Run it with tests/bench/run.sh.
#include "support/process.h"
#include "support/pty_process.h"
#include "support/temp_dir.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

using namespace stretch::test;
using Clock = std::chrono::steady_clock;
using std::chrono::duration;

namespace {

constexpr int k_runs = 200;

// The median time, in milliseconds, from starting `argv` to its end, output discarded.
double median_start_ms(std::vector<std::string> argv)
{
  std::vector<char*> args;
  for (auto& a : argv) {
    args.push_back(a.data());
  }
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::vector<double> times;
  for (int i = 0; i < k_runs; ++i) {
    const auto start = Clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
      std::perror(args[0]);
      return -1;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    times.push_back(duration<double, std::milli>(Clock::now() - start).count());
  }
  posix_spawn_file_actions_destroy(&actions);
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

// Runs a routine in a pseudo-terminal and reports when the summary appeared, in seconds
// after the session started (its title line appeared, so start-up is not counted); with
// `pause`, presses space at 10.5 s and again two seconds later.
double run_routine(const TempDir& home, const std::filesystem::path& routine, bool pause, double& paused_s,
                   struct rusage* usage)
{
  PtyProcess pty({stretch_binary(), routine.string(), "--ready", "0", "--no-bell"},
                 {{"HOME", home.path().string()}, {"TERM", "xterm"}, {"LANG", "C.UTF-8"}, {"PATH", "/usr/bin:/bin"}});
  pty.wait_for("(0:", std::chrono::seconds(10));
  const auto start = Clock::now();
  paused_s = 0;
  if (pause) {
    std::this_thread::sleep_until(start + std::chrono::milliseconds(10'500));
    pty.send(" ");
    const auto paused_at = Clock::now();
    std::this_thread::sleep_until(paused_at + std::chrono::seconds(2));
    pty.send(" ");
    paused_s = duration<double>(Clock::now() - paused_at).count();
  }
  pty.wait_for("holds done", std::chrono::seconds(60));
  const double end = duration<double>(Clock::now() - start).count();
  pty.wait_exit(std::chrono::seconds(10), usage);
  return end;
}

} // namespace

int main()
{
  const TempDir home;
  const std::string stretch = stretch_binary();

  std::printf("stretch benchmark (%s)\n\n", stretch.c_str());
  std::printf("Startup, median of %d runs:\n", k_runs);
  const double t_true = median_start_ms({"/bin/true"});
  const double t_version = median_start_ms({stretch, "--version"});
  const double t_show = median_start_ms({stretch, "show", "calf"});
  std::printf("  /bin/true              %6.2f ms\n", t_true);
  std::printf("  stretch --version      %6.2f ms   (%+.2f ms over /bin/true)\n", t_version, t_version - t_true);
  std::printf("  stretch show calf      %6.2f ms   (%+.2f ms over /bin/true)   target < 3 ms\n", t_show, t_show - t_true);

  const auto hold = home.write("hold.stretch", "title Hold\nexercise Hold\n  contract 10s Hold it.\n");
  struct rusage usage = {};
  double paused = 0;
  const double hold_s = run_routine(home, hold, false, paused, &usage);
  const double cpu_s = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                       + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#ifdef __APPLE__
  const double peak_mb = static_cast<double>(usage.ru_maxrss) / (1024.0 * 1024.0);
#else
  const double peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
#endif
  std::printf("\nA 10-second hold in a pseudo-terminal (%.1f s):\n", hold_s);
  std::printf("  CPU time               %6.1f ms = %.3f%% of one core   target < 0.2%%\n", cpu_s * 1000,
              100.0 * cpu_s / hold_s);
  std::printf("  peak memory            %6.2f MB                         target < 4 MB\n", peak_mb);

  const auto thirty = home.write("thirty.stretch", "title Thirty\nexercise E\n  reps 3\n  contract 10s Hold.\n");
  const double plain_end = run_routine(home, thirty, false, paused, nullptr);
  std::printf("\nA 30-second routine: how late the last step ends, from its first line:\n");
  std::printf("  without a pause        %6.1f ms                         target < 10 ms\n", (plain_end - 30.0) * 1000);
  const double paused_end = run_routine(home, thirty, true, paused, nullptr);
  std::printf("  with a %.3f s pause    %6.1f ms                         target < 10 ms\n", paused,
              (paused_end - 30.0 - paused) * 1000);
  return 0;
}
