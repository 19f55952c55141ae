// SPDX-License-Identifier: MIT
// Measures stretch as a user feels it: how fast it starts, what it costs while a hold runs,
// and how exactly it keeps time. Prints numbers next to their targets; asserts nothing,
// since shared machines are noisy. Run it with tests/bench/run.sh.
#include "support/process.h"
#include "support/pty_process.h"
#include "support/temp_dir.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <map>
#include <spawn.h>
#include <string>
#include <string_view>
#include <ctime>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <tuple>
#include <unistd.h>
#include <vector>

extern char** environ;

using namespace stretch::test;
using Clock = std::chrono::steady_clock;
using std::chrono::duration;

namespace {

constexpr int k_runs = 200;

// `strings` as the null-ended array of pointers that exec and spawn take; `strings` must
// outlive it.
std::vector<char*> pointers_to(std::vector<std::string>& strings)
{
  std::vector<char*> pointers;
  for (auto& s : strings) {
    pointers.push_back(s.data());
  }
  pointers.push_back(nullptr);
  return pointers;
}

// The median time, in milliseconds, from starting `argv` to its end, output discarded;
// with `env`, in that environment (else the benchmark's own), over `runs` runs.
double median_start_ms(std::vector<std::string> argv, const std::vector<std::string>& env = {}, int runs = k_runs)
{
  std::vector<std::string> env_strings = env;
  std::vector<char*> envp = pointers_to(env_strings);
  char** environment = env.empty() ? environ : envp.data();
  std::vector<char*> args = pointers_to(argv);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environment) != 0) {
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

// The medians, in milliseconds, from starting `a` and then `b` to their ends, in pairs run
// one right after the other (a busy moment slows both alike), output discarded.
std::pair<double, double> paired_start_ms(const std::vector<std::string>& a, const std::vector<std::string>& b,
                                          int runs = k_runs)
{
  std::vector<double> as;
  std::vector<double> bs;
  for (int i = 0; i < runs; ++i) {
    as.push_back(median_start_ms(a, {}, 1));
    bs.push_back(median_start_ms(b, {}, 1));
  }
  std::sort(as.begin(), as.end());
  std::sort(bs.begin(), bs.end());
  return {as[as.size() / 2], bs[bs.size() / 2]};
}

// Runs a routine in a pseudo-terminal and reports when the summary appeared, in seconds
// after the session started (its title line appeared, so start-up is not counted); with
// `pause`, presses space at 10.5 s and again two seconds later.
double run_routine(const TempDir& home, const std::filesystem::path& routine, bool pause, double& paused_s,
                   struct rusage* usage, const std::string& binary = stretch_binary())
{
  PtyProcess pty({binary, routine.string(), "--ready", "0", "--no-bell"},
                 {{"HOME", home.path().string()}, {"TERM", "xterm"}, {"LANG", "C.UTF-8"}, {"PATH", home.path().string()}});
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

void time_and_memory(const std::vector<std::string>& argv, const std::vector<std::string>& env, double& ms, double& mb);

// Writes `levels` routines into `folder`, each including the next `fanout` times; the last
// has a typo when `typo`.
void write_include_folder(const std::filesystem::path& folder, int levels, int fanout, bool typo)
{
  std::filesystem::create_directories(folder);
  for (int level = 0; level < levels; ++level) {
    std::string text = "title Level " + std::to_string(level) + "\n";
    for (int i = 0; level + 1 < levels && i < fanout; ++i) {
      text += "include l" + std::to_string(level + 1) + "\n";
    }
    if (level + 1 == levels) {
      text += typo ? "exercise E\nrelx 5s\n" : "exercise E\nrest 5s\n";
    }
    std::string name = "l";
    name += std::to_string(level); // appended, not `"l" + ...`: GCC 12 -Wrestrict misfires there
    name += ".stretch";
    FILE* file = std::fopen((folder / name).c_str(), "w");
    std::fputs(text.c_str(), file);
    std::fclose(file);
  }
}

// Large and hostile input: a routine of 1 MiB, and folders whose routines include each
// other many times over.
void large_input(const TempDir& home, double t_true)
{
  const std::string stretch = stretch_binary();
  std::printf("\nLarge input, median of 20 runs (time over /bin/true):\n");
  std::string big = "title Big\n";
  for (int i = 0; big.size() < 1024 * 1024 - 64; ++i) {
    big += "exercise Exercise number " + std::to_string(i) + "\n  rest 1s Breathe.\n";
  }
  const auto big_file = home.write("big.stretch", big);
  const double t_big = median_start_ms({stretch, "check", big_file.string()}, {"HOME=" + home.path().string()}, 20);
  std::printf("  check a 1 MiB routine of 27,000 exercises (over the limit of 500)\n");
  std::printf("                         %6.2f ms                         target < 20 ms\n", t_big - t_true);
  // Within every limit: 500 exercises of long steps.
  std::string full = "title Full\n";
  for (int i = 0; full.size() < 1024 * 1024 - 2048; ++i) {
    if (i % 10 == 0) {
      full += "exercise Exercise number ";
      full += std::to_string(i / 10);
      full += '\n';
    }
    full += "  rest 1s ";
    full.append(200, static_cast<char>('a' + i % 26));
    full += '\n';
  }
  const auto full_file = home.write("full.stretch", full);
  const std::vector<std::string> env{"HOME=" + home.path().string()};
  const double t_wc = median_start_ms({"/usr/bin/wc", "-l", full_file.string()}, env, 20);
  const double t_full = median_start_ms({stretch, "check", full_file.string()}, env, 20);
  const double t_shown = median_start_ms({stretch, "show", full_file.string()}, env, 20);
  // Memory: over that of checking a routine of three lines, against the file's own size.
  const auto tiny_file = home.write("tiny.stretch", "title T\nexercise E\n  rest 1s\n");
  // Peak memory moves by a page or two from run to run: the median of 5 runs each.
  const auto median_mb = [&](const std::vector<std::string>& argv) {
    std::vector<double> peaks(5);
    for (double& peak : peaks) {
      double ms = 0;
      time_and_memory(argv, env, ms, peak);
    }
    std::sort(peaks.begin(), peaks.end());
    return peaks[peaks.size() / 2];
  };
  const double tiny_mb = median_mb({stretch, "check", tiny_file.string()});
  const double full_mb = median_mb({stretch, "check", full_file.string()});
  const double show_mb = median_mb({stretch, "show", full_file.string()});
  const double file_mb = static_cast<double>(full.size()) / (1024.0 * 1024.0);
  std::printf("  a 1 MiB routine within the limits (500 exercises, 5,000 steps):\n");
  std::printf("    wc -l (reference)    %6.2f ms\n", t_wc - t_true);
  std::printf("    check                %6.2f ms, %4.2f MB over a 3-line routine's = %.2fx the file\n"
              "                                              target < 5 ms, < 2x the file\n",
              t_full - t_true, full_mb - tiny_mb, (full_mb - tiny_mb) / file_mb);
  std::printf("    show                 %6.2f ms = %.2fx check, %4.2f MB over    target < 1.5x check\n",
              t_shown - t_true, (t_shown - t_true) / (t_full - t_true), show_mb - tiny_mb);
  for (const auto& [levels, fanout, typo] : {std::tuple{7, 10, true}, std::tuple{30, 2, false}}) {
    const TempDir folder_home;
    write_include_folder(folder_home.path() / ".config/stretch/routines", levels, fanout, typo);
    const std::vector<std::string> folder_env{"HOME=" + folder_home.path().string()};
    const double t_list = median_start_ms({stretch, "list"}, folder_env, 20);
    const double t_check = median_start_ms({stretch, "check", "l0"}, folder_env, 20);
    const double t_show = median_start_ms({stretch, "show", "l1"}, folder_env, 20);
    std::printf("  %2d routines, each including the next %2d times%s:\n", levels, fanout, typo ? ", one typo" : "");
    std::printf("    list %6.2f ms, check %6.2f ms, show %6.2f ms        target < 50 ms\n", t_list - t_true,
                t_check - t_true, t_show - t_true);
  }
}

// The time and peak memory of running `argv` once, output discarded. Linux counts in a
// child's peak the peak of the process it was forked or spawned from: so the benchmark
// starts itself afresh (`--measure`), small, and that copy forks and runs `argv`.
void time_and_memory(const std::vector<std::string>& argv, const std::vector<std::string>& env, double& ms, double& mb)
{
  std::vector<std::string> measure{"/proc/self/exe", "--measure"};
  measure.insert(measure.end(), argv.begin(), argv.end());
  std::map<std::string, std::string> environment;
  for (const std::string& entry : env) {
    environment[entry.substr(0, entry.find('='))] = entry.substr(entry.find('=') + 1);
  }
  const ProcessResult result = run_process(measure, {.env = environment, .timeout_ms = 60'000});
  long kb = 0;
  if (std::sscanf(result.out.c_str(), "%lf %ld", &ms, &kb) != 2) {
    std::fprintf(stderr, "cannot measure %s: %s\n", argv[0].c_str(), result.err.c_str());
    std::exit(1);
  }
  mb = static_cast<double>(kb) / 1024.0;
}

// `--measure PROGRAM ARGS...`: runs it from this small process, its output discarded, and
// prints its time in milliseconds and its peak memory in KiB.
int measure(char** argv)
{
  const auto start = Clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = open("/dev/null", O_RDWR);
    dup2(null, 0);
    dup2(null, 1);
    dup2(null, 2);
    execv(argv[0], argv);
    _exit(127);
  }
  int status = 0;
  struct rusage usage = {};
  wait4(pid, &status, 0, &usage);
  const double ms = duration<double, std::milli>(Clock::now() - start).count();
#ifdef __APPLE__
  const long kb = usage.ru_maxrss / 1024;
#else
  const long kb = usage.ru_maxrss;
#endif
  std::printf("%.3f %ld\n", ms, kb);
  return WIFEXITED(status) && WEXITSTATUS(status) == 127 ? 1 : 0;
}

// A history log of a million sessions, and what reading it costs.
void long_history(const TempDir& home)
{
  const std::string stretch = stretch_binary();
  const auto log = home.path() / "million.tsv";
  {
    FILE* file = std::fopen(log.c_str(), "w");
    std::fputs("# stretch history, format 3\n", file);
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    for (int i = 0; i < 1'000'000; ++i) {
      // About 3,000 days back to today, a few sessions a day, the numbness routine now and then.
      const auto when = std::chrono::system_clock::to_time_t(today - std::chrono::days(2999 - i / 334)
                                                             + std::chrono::minutes(i % 334 * 4));
      std::tm utc = {};
      gmtime_r(&when, &utc);
      std::fprintf(file, "%04d-%02d-%02dT%02d:%02d:00Z\t%s\tdone\t190\t12\t12\t%s\t22\n", utc.tm_year + 1900,
                   utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, i % 50 == 0 ? "midrun" : "calf",
                   i % 50 == 0 ? "Has the numbness gone?=yes\tnumbness" : "-\t-");
    }
    std::fclose(file);
  }
  const auto routine = home.write("numb.stretch", "title Numb\nepisode numbness\nexercise E\n  rest 0.01s\n");
  const std::vector<std::string> env{"HOME=" + home.path().string(), "STRETCH_HISTORY=" + log.string(), "TZ=UTC0"};
  std::printf("\nA history log of 1,000,000 sessions (%.0f MB), median of 5 runs, next to awk summing a field of it:\n",
              static_cast<double>(std::filesystem::file_size(log)) / 1e6);
  std::vector<std::string> env_pairs = env;
  const double t_awk = median_start_ms({"/usr/bin/awk", "-F\t", "{ s += $4 } END { print s }", log.string()}, env_pairs, 5);
  const double t_history = median_start_ms({stretch, "history"}, env_pairs, 5);
  const double t_tsv = median_start_ms({stretch, "history", "--tsv"}, env_pairs, 5);
  double ms = 0;
  double mb = 0;
  time_and_memory({stretch, "history"}, env, ms, mb);
  std::printf("  awk (reference)        %6.0f ms\n", t_awk);
  std::printf("  stretch history        %6.0f ms = %.2fx awk, %5.1f MB peak   target < 1.5x awk\n", t_history,
              t_history / t_awk, mb);
  time_and_memory({stretch, "history", "--tsv"}, env, ms, mb);
  std::printf("  stretch history --tsv  %6.0f ms = %.2fx history, %4.1f MB peak   target < 1.3x history\n", t_tsv,
              t_tsv / t_history, mb);
  const auto page = home.path() / "report.html";
  const double t_report = median_start_ms({stretch, "report", "--since", "2018-01-01", "-o", page.string()}, env_pairs, 5);
  time_and_memory({stretch, "report", "--since", "2018-01-01", "-o", page.string()}, env, ms, mb);
  std::printf("  stretch report of the last 8 years of it: %6.0f ms, %5.1f MB peak, a page of %.0f KB   target < 300 KB\n",
              t_report, mb, static_cast<double>(std::filesystem::file_size(page)) / 1024);
  time_and_memory({stretch, routine.string(), "--ready", "0", "--no-log"}, env, ms, mb);
  std::printf("  end of a numbness session, reading the last 30 days: %.0f ms, %.1f MB peak\n", ms, mb);
}

// The name of a folder of `sessions` sessions: `shared-1000000`.
std::string fmt_folder(int sessions)
{
  return "shared-" + std::to_string(sessions);
}

// A history folder of `sessions` sessions over 4 devices' files (each with a few days of
// the others' order mixed in, as a phone that was offline writes them), and a conflict copy
// of one: what reading the union costs, beside awk over the same files.
void shared_history(const TempDir& home, int sessions, int runs)
{
  const std::string stretch = stretch_binary();
  const auto folder = home.path() / fmt_folder(sessions);
  std::filesystem::create_directories(folder);
  const char* devices[] = {"phone", "laptop", "tablet", "desk"};
  std::vector<FILE*> files;
  for (int d = 0; d < 4; ++d) {
    files.push_back(std::fopen((folder / (std::string(devices[d]) + "-0000000" + std::to_string(d) + ".tsv")).c_str(), "w"));
    std::fputs("# stretch history, format 4\n", files.back());
  }
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const int per_day = std::max(1, sessions / 3000);
  for (int i = 0; i < sessions; ++i) {
    const int d = i % 4;
    const auto when = std::chrono::system_clock::to_time_t(today - std::chrono::days(2999 - i / per_day)
                                                           + std::chrono::seconds(i % per_day * 86400 / per_day));
    std::tm utc = {};
    gmtime_r(&when, &utc);
    std::fprintf(files[static_cast<std::size_t>(d)],
                 "%04d-%02d-%02dT%02d:%02d:%02d+00:00\t%s\tdone\t190\t12\t12\t%s\t22\t%016x\t000000000000000%d\t%s\n",
                 utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                 i % 50 == 0 ? "midrun" : "calf", i % 50 == 0 ? "Has the numbness gone?=yes\tnumbness" : "-\t-",
                 static_cast<unsigned>(i) * 2654435761U + 1, d, devices[d]);
  }
  for (FILE* file : files) {
    std::fclose(file);
  }
  std::filesystem::copy_file(folder / "phone-00000000.tsv", folder / "phone-00000000.sync-conflict-20261201-101500-ABCDEFG.tsv");
  std::uintmax_t bytes = 0;
  std::vector<std::string> awk{"/usr/bin/awk", "-F\t", "{ s += $4 } END { print s }"};
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    bytes += entry.file_size();
    awk.push_back(entry.path().string());
  }
  const std::vector<std::string> env{"HOME=" + home.path().string(), "XDG_STATE_HOME=" + (home.path() / "state").string(),
                                     "TZ=UTC0"};
  const std::vector<std::string> history{stretch, "history", "--history-dir", folder.string()};
  const auto counted = run_process({stretch, "history", "--check", "--history-dir", folder.string()},
                                   {{{"HOME", home.path().string()}, {"XDG_STATE_HOME", (home.path() / "state").string()}},
                                    {}, {}, 600'000});
  const std::size_t at = counted.out.find("sessions ");
  const long long read = at == std::string::npos ? -1 : std::atoll(counted.out.c_str() + counted.out.find_first_of("0123456789", at));
  std::printf("\nA history folder of %d sessions over 4 devices' files and a conflict copy (%.0f MB), median of %d "
              "runs:\n", sessions, static_cast<double>(bytes) / 1e6, runs);
  std::vector<std::string> env_pairs = env;
  const double t_awk = median_start_ms(awk, env_pairs, runs);
  const double t_history = median_start_ms(history, env_pairs, runs);
  double ms = 0;
  double mb = 0;
  double awk_mb = 0;
  time_and_memory(awk, env, ms, awk_mb);
  time_and_memory(history, env, ms, mb);
  std::printf("  awk (reference)        %7.0f ms, %6.1f MB peak\n", t_awk, awk_mb);
  std::printf("  stretch history        %7.0f ms = %.2fx awk, %6.1f MB peak   target < 1.5x awk\n", t_history,
              t_history / t_awk, mb);
  std::printf("  sessions counted       %lld of %d%s\n", read, sessions, read == sessions ? "" : "   MISSING SOME");
  std::filesystem::remove_all(folder);
}

} // namespace

int main(int argc, char** argv)
{
  if (argc > 2 && std::string_view(argv[1]) == "--measure") {
    return measure(argv + 2);
  }
  const TempDir home;
  const std::string stretch = stretch_binary();
  if (argc > 1 && std::string_view(argv[1]) == "--history") {
    // The history figures alone.
    long_history(home);
    shared_history(home, 1'000'000, 5);
    shared_history(home, 10'000'000, 1);
    return 0;
  }

  std::printf("stretch benchmark (%s)\n\n", stretch.c_str());
  std::printf("Startup, median of %d runs:\n", k_runs);
  const double t_true = median_start_ms({"/bin/true"});
  std::printf("  /bin/true (reference)  %6.2f ms\n", t_true);
  // The default build, linked against the system's libfmt and C++ runtime, and, when
  // tests/bench/run.sh built one, the self-contained build.
  std::vector<std::pair<std::string, std::string>> builds{{"", stretch}};
  std::vector<std::string> hellos{STRETCH_HELLO};
  if (const char* other = std::getenv("STRETCH_BENCH_SELF_CONTAINED"); other != nullptr && other[0] != '\0') {
    builds.emplace_back(" (self-contained)", other);
    const char* hello = std::getenv("STRETCH_BENCH_SELF_CONTAINED_HELLO");
    hellos.emplace_back(hello != nullptr ? hello : STRETCH_HELLO);
  }
  for (std::size_t i = 0; i < builds.size(); ++i) {
    const auto& [label, binary] = builds[i];
    // Each beside a hello world linked the same way, in pairs: the start-up that is stretch's own.
    const auto [t_version, hello_v] = paired_start_ms({binary, "--version"}, {hellos[i]});
    const auto [t_show, hello_s] = paired_start_ms({binary, "show", "calf"}, {hellos[i]});
    std::printf("  hello world%-23s %6.2f ms (reference, linked the same way)\n", label.c_str(), (hello_v + hello_s) / 2);
    std::printf("  stretch --version%-17s %6.2f ms = %.2fx hello world   target <= 1.15x\n", label.c_str(), t_version,
                t_version / hello_v);
    std::printf("  stretch show calf%-17s %6.2f ms = %.2fx hello world   target <= 1.15x\n", label.c_str(), t_show,
                t_show / hello_s);
  }

  // In German: the catalog of the build tree found, opened and read for every message.
  const std::string home_env = "HOME=" + home.path().string();
  const double t_english = median_start_ms({stretch, "show", "calf"}, {"LANG=C.UTF-8", home_env});
  const double t_german = median_start_ms({stretch, "show", "calf"}, {"LANG=C.UTF-8", "LANGUAGE=de", home_env});
  std::printf("  stretch show calf, English %6.2f ms; in German %6.2f ms = %.2fx   target <= 1.1x\n", t_english, t_german,
              t_german / t_english);

  large_input(home, t_true);
  long_history(home);
  shared_history(home, 1'000'000, 5);
  shared_history(home, 10'000'000, 1);

  const auto hold = home.write("hold.stretch", "title Hold\nexercise Hold\n  contract 10s Hold it.\n");
  double paused = 0;
  std::printf("\nA 10-second hold in a pseudo-terminal:\n");
  for (const auto& [label, binary] : builds) {
    struct rusage usage = {};
    const double hold_s = run_routine(home, hold, false, paused, &usage, binary);
    const double cpu_s = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                         + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#ifdef __APPLE__
    const double peak_mb = static_cast<double>(usage.ru_maxrss) / (1024.0 * 1024.0);
#else
    const double peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
#endif
    std::printf("  CPU time%-17s %6.1f ms = %.3f%% of one core   target < 0.2%%\n", label.c_str(), cpu_s * 1000,
                100.0 * cpu_s / hold_s);
    std::printf("  peak memory%-14s %6.2f MB (shared libraries' pages counted in)   target < 4 MB\n", label.c_str(),
                peak_mb);
  }

  const auto thirty = home.write("thirty.stretch", "title Thirty\nexercise E\n  reps 3\n  contract 10s Hold.\n");
  const double plain_end = run_routine(home, thirty, false, paused, nullptr);
  std::printf("\nA 30-second routine, --no-bell: how late the summary shows, from the first line:\n");
  std::printf("  without a pause        %6.1f ms                         target < 10 ms\n", (plain_end - 30.0) * 1000);
  const double paused_end = run_routine(home, thirty, true, paused, nullptr);
  std::printf("  with a %.3f s pause    %6.1f ms                         target < 10 ms\n", paused,
              (paused_end - 30.0 - paused) * 1000);
  return 0;
}
