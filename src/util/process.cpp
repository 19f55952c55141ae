// SPDX-License-Identifier: MIT
// Running other programs, never through a shell: the editor, the speech and notification programs.
#include "util/process.h"

#include "i18n/format.h"
#include "util/strings.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fmt/format.h>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sys/wait.h>

extern char** environ;

namespace stretch::util {

std::optional<std::filesystem::path> find_program(std::string_view name, std::string_view path)
{
  for (const std::string_view folder : split_list(path, ':')) {
    if (folder.front() != '/') {
      continue;
    }
    const std::filesystem::path candidate = std::filesystem::path(folder) / name;
    struct stat info = {};
    if (::stat(candidate.c_str(), &info) == 0 && S_ISREG(info.st_mode) && ::access(candidate.c_str(), X_OK) == 0) {
      return candidate;
    }
  }
  return std::nullopt;
}

std::optional<std::filesystem::path> find_first_program(std::span<const std::string_view> names, std::string_view path)
{
  for (const std::string_view name : names) {
    if (auto found = find_program(name, path)) {
      return found;
    }
  }
  return std::nullopt;
}

namespace {

// Starts `argv` with `actions` for its streams; see `spawn`.
Expected<pid_t> spawn_with(const std::vector<std::string>& argv, posix_spawn_file_actions_t& actions, bool own_group)
{
  if (argv.empty()) {
    return Unexpected{i18n::tr("no program to run")};
  }
  // This program catches or ignores these and may have blocked some; the child starts with
  // the defaults and an empty signal mask, as if a shell had started it.
  posix_spawnattr_t attributes;
  ::posix_spawnattr_init(&attributes);
  sigset_t defaults;
  sigemptyset(&defaults);
  for (const int signal : {SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGTSTP, SIGCHLD, SIGWINCH, SIGCONT}) {
    sigaddset(&defaults, signal);
  }
  sigset_t empty;
  sigemptyset(&empty);
  ::posix_spawnattr_setsigdefault(&attributes, &defaults);
  ::posix_spawnattr_setsigmask(&attributes, &empty);
  int flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK;
  if (own_group) {
    ::posix_spawnattr_setpgroup(&attributes, 0);
    flags |= POSIX_SPAWN_SETPGROUP;
  }
  ::posix_spawnattr_setflags(&attributes, static_cast<short>(flags));

  std::vector<std::string> args = argv;
  std::vector<char*> pointers;
  for (std::string& arg : args) {
    pointers.push_back(arg.data());
  }
  pointers.push_back(nullptr);
  pid_t child = -1;
  const int failed = ::posix_spawnp(&child, pointers[0], &actions, &attributes, pointers.data(), environ);
  ::posix_spawnattr_destroy(&attributes);
  if (failed != 0) {
    return Unexpected{
      i18n::trf("cannot start {program}: {reason}", fmt::arg("program", argv[0]), fmt::arg("reason", std::strerror(failed)))};
  }
  return child;
}

// The exit status that waitpid's `raw` status tells, or 128 + the signal that ended it.
int exit_status(int raw)
{
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
}

// Waits for `child` to end; its exit status, as `exit_status` tells it.
int wait_for(pid_t child)
{
  int raw = 0;
  while (::waitpid(child, &raw, 0) < 0 && errno == EINTR) {
  }
  return exit_status(raw);
}

// A pipe whose ends are closed with it.
struct Pipe
{
  int fds[2] = {-1, -1};
  Pipe()
  {
    if (::pipe(fds) != 0) {
      fds[0] = fds[1] = -1;
    }
  }
  ~Pipe() { close_both(); }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  void close_end(int end)
  {
    if (fds[end] >= 0) {
      ::close(fds[end]);
      fds[end] = -1;
    }
  }
  void close_both()
  {
    close_end(0);
    close_end(1);
  }
};

// The three pipes of a program run by `run_captured`, as this side holds them.
struct Pipes
{
  Pipe in;
  Pipe out;
  Pipe err;

  void close()
  {
    in.close_both();
    out.close_both();
    err.close_both();
  }
};

// Starts `argv` with its standard input, output and errors on `pipes`, of which this side
// keeps the other ends, made non-blocking.
Expected<pid_t> spawn_piped(const std::vector<std::string>& argv, Pipes& pipes)
{
  if (pipes.in.fds[0] < 0 || pipes.out.fds[0] < 0 || pipes.err.fds[0] < 0) {
    return Unexpected{i18n::trf("cannot start {program}: no pipe: {reason}", fmt::arg("program", argv.empty() ? "" : argv[0]),
                                fmt::arg("reason", std::strerror(errno)))};

  }
  posix_spawn_file_actions_t actions;
  ::posix_spawn_file_actions_init(&actions);
  ::posix_spawn_file_actions_adddup2(&actions, pipes.in.fds[0], STDIN_FILENO);
  ::posix_spawn_file_actions_adddup2(&actions, pipes.out.fds[1], STDOUT_FILENO);
  ::posix_spawn_file_actions_adddup2(&actions, pipes.err.fds[1], STDERR_FILENO);
  for (const Pipe* pipe : {&pipes.in, &pipes.out, &pipes.err}) {
    ::posix_spawn_file_actions_addclose(&actions, pipe->fds[0]);
    ::posix_spawn_file_actions_addclose(&actions, pipe->fds[1]);
  }
  const auto child = spawn_with(argv, actions, false);
  ::posix_spawn_file_actions_destroy(&actions);
  pipes.in.close_end(0);
  pipes.out.close_end(1);
  pipes.err.close_end(1);
  for (const int fd : {pipes.in.fds[1], pipes.out.fds[0], pipes.err.fds[0]}) {
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
  }
  return child;
}

// A signal ignored while it lives; its earlier action back after.
class IgnoredSignal
{
public:
  explicit IgnoredSignal(int signal) : m_signal(signal)
  {
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(m_signal, &ignore, &m_old);
  }
  ~IgnoredSignal() { ::sigaction(m_signal, &m_old, nullptr); }
  IgnoredSignal(const IgnoredSignal&) = delete;
  IgnoredSignal& operator=(const IgnoredSignal&) = delete;

private:
  int m_signal;
  struct sigaction m_old = {};
};

// When a program run by `run_captured` must be done, and what to say when it is not.
struct Deadline
{
  std::chrono::steady_clock::time_point at;
  std::string_view program;
  std::chrono::milliseconds timeout;

  bool passed() const { return std::chrono::steady_clock::now() >= at; }

  std::string missed() const
  {
    return timeout.count() % 1000 == 0
             ? i18n::trf("{program} did not finish within {seconds} seconds", fmt::arg("program", program),
                         fmt::arg("seconds", timeout.count() / 1000))
             : i18n::trf("{program} did not finish within {ms} ms", fmt::arg("program", program),
                         fmt::arg("ms", timeout.count()));
  }
};

// Reads what is there on `pipe` into `text`; closes it at its end.
void drain(Pipe& pipe, std::string& text)
{
  char buffer[4096];
  const ssize_t got = ::read(pipe.fds[0], buffer, sizeof buffer);
  if (got > 0) {
    text.append(buffer, static_cast<std::size_t>(got));
  } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
    pipe.close_end(0);
  }
}

// Writes `input` to the program and reads its output and errors until both end; what went
// wrong (too much output, too long), or "".
std::string exchange(Pipes& pipes, std::string_view input, Captured& captured, std::size_t limit, const Deadline& deadline)
{
  std::string_view left = input;
  if (left.empty()) {
    pipes.in.close_end(1);
  }
  while (pipes.out.fds[0] >= 0 || pipes.err.fds[0] >= 0) {
    if (deadline.passed()) {
      return deadline.missed();
    }
    pollfd fds[3] = {{pipes.in.fds[1], POLLOUT, 0}, {pipes.out.fds[0], POLLIN, 0}, {pipes.err.fds[0], POLLIN, 0}};
    const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(deadline.at - std::chrono::steady_clock::now());
    if (::poll(fds, 3, static_cast<int>(std::clamp<long long>(wait.count() + 1, 0, 60'000))) < 0 && errno != EINTR) {
      return i18n::trf("cannot watch {program}: {reason}", fmt::arg("program", deadline.program),
                       fmt::arg("reason", std::strerror(errno)));
    }
    if (fds[0].revents != 0) {
      const ssize_t written = ::write(pipes.in.fds[1], left.data(), left.size());
      if (written > 0) {
        left.remove_prefix(static_cast<std::size_t>(written));
      }
      if (left.empty() || (written < 0 && errno != EAGAIN && errno != EINTR)) {
        pipes.in.close_end(1); // all written, or it stopped reading
      }
    }
    if (fds[1].revents != 0) {
      drain(pipes.out, captured.out);
    }
    if (fds[2].revents != 0) {
      drain(pipes.err, captured.err);
    }
    if (captured.out.size() > limit || captured.err.size() > limit) {
      return i18n::trf("{program} printed more than {most} bytes", fmt::arg("program", deadline.program),
                       fmt::arg("most", limit));
    }
  }
  return "";
}

// Waits for `child`, whose streams are closed, to end (a child of its own may keep it a
// while), into `status`; what went wrong, or "".
std::string reap(pid_t child, const Deadline& deadline, int& status)
{
  while (true) {
    int raw = 0;
    if (::waitpid(child, &raw, WNOHANG) == child) {
      status = exit_status(raw);
      return "";
    }
    if (deadline.passed()) {
      return deadline.missed();
    }
    ::poll(nullptr, 0, 5);
  }
}
} // namespace

Expected<pid_t> spawn(const std::vector<std::string>& argv, Streams streams, bool own_group)
{
  posix_spawn_file_actions_t actions;
  ::posix_spawn_file_actions_init(&actions);
  if (streams == Streams::null) {
    ::posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    ::posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    ::posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  }
  auto child = spawn_with(argv, actions, own_group);
  ::posix_spawn_file_actions_destroy(&actions);
  return child;
}

Expected<Captured> run_captured(const std::vector<std::string>& argv, std::string_view input, std::size_t limit,
                                std::chrono::milliseconds timeout)
{
  Pipes pipes;
  const auto child = spawn_piped(argv, pipes);
  if (!child) {
    return Unexpected{child.error()};
  }
  const IgnoredSignal ignored(SIGPIPE); // a program that ends before it read its input: EPIPE, not SIGPIPE
  const Deadline deadline{std::chrono::steady_clock::now() + timeout, argv[0], timeout};
  Captured captured;
  std::string problem = exchange(pipes, input, captured, limit, deadline);
  pipes.close();
  if (problem.empty()) {
    problem = reap(*child, deadline, captured.status);
  }
  if (!problem.empty()) {
    ::kill(*child, SIGKILL);
    wait_for(*child);
    return Unexpected{problem};
  }
  return captured;
}

Expected<int> run_and_wait(const std::vector<std::string>& argv)
{
  // While the program runs, Ctrl-C is its business: ignore it here; spawn() gives the child
  // the default actions back.
  const IgnoredSignal ignored_int(SIGINT);
  const IgnoredSignal ignored_quit(SIGQUIT);
  const auto child = spawn(argv, Streams::shared);
  if (!child) {
    return Unexpected{child.error()};
  }
  return wait_for(*child);
}

} // namespace stretch::util
