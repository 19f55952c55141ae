// SPDX-License-Identifier: MIT
// Running other programs, never through a shell: the editor, the speech and notification programs.
#include "util/process.h"

#include "util/strings.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fmt/format.h>
#include <fcntl.h>
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

Expected<pid_t> spawn(const std::vector<std::string>& argv, Streams streams, bool own_group)
{
  if (argv.empty()) {
    return Unexpected{"no program to run"};
  }
  posix_spawn_file_actions_t actions;
  ::posix_spawn_file_actions_init(&actions);
  if (streams == Streams::null) {
    ::posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    ::posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    ::posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
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
  ::posix_spawn_file_actions_destroy(&actions);
  if (failed != 0) {
    return Unexpected{fmt::format("cannot start {}: {}", argv[0], std::strerror(failed))};
  }
  return child;
}

Child::~Child()
{
  if (m_pid > 0) {
    ::kill(m_pid, SIGKILL);
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

bool Child::running()
{
  if (m_pid <= 0) {
    return false;
  }
  int status = 0;
  if (::waitpid(m_pid, &status, WNOHANG) == 0) {
    return true;
  }
  m_pid = -1; // ended (or, with an error, no child of ours any more)
  return false;
}

void Child::terminate()
{
  if (running()) {
    ::kill(m_pid, SIGTERM);
  }
}

bool Child::start(const std::vector<std::string>& argv)
{
  if (running()) {
    ::kill(m_pid, SIGTERM);
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { // SIGTERM was sent: quick
    }
    m_pid = -1;
  }
  const auto child = spawn(argv, Streams::null);
  if (child) {
    m_pid = *child;
  }
  return static_cast<bool>(child);
}

bool Detached::start(const std::vector<std::string>& argv)
{
  std::erase_if(m_started, [](pid_t child) {
    int status = 0;
    return ::waitpid(child, &status, WNOHANG) != 0;
  });
  const auto child = spawn(argv, Streams::null, true);
  if (child) {
    m_started.push_back(*child);
  }
  return static_cast<bool>(child);
}

Expected<int> run_and_wait(const std::vector<std::string>& argv)
{
  // While the program runs, Ctrl-C is its business: ignore it here; spawn() gives the child
  // the default actions back.
  struct sigaction ignore = {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  struct sigaction old_int = {};
  struct sigaction old_quit = {};
  ::sigaction(SIGINT, &ignore, &old_int);
  ::sigaction(SIGQUIT, &ignore, &old_quit);
  const auto child = spawn(argv, Streams::shared);
  int status = 0;
  if (child) {
    while (::waitpid(*child, &status, 0) < 0 && errno == EINTR) {
    }
  }
  ::sigaction(SIGINT, &old_int, nullptr);
  ::sigaction(SIGQUIT, &old_quit, nullptr);
  if (!child) {
    return Unexpected{child.error()};
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace stretch::util
