// Running another program and waiting for it: the user's editor.
#include "util/process.h"

#include "util/strings.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>

extern char** environ;

namespace stretch::util {

std::vector<std::string> split_command(std::string_view command)
{
  std::vector<std::string> argv;
  for (const std::string_view word : split_words(command)) {
    argv.emplace_back(word);
  }
  return argv;
}

Expected<int> run_and_wait(const std::vector<std::string>& argv)
{
  if (argv.empty()) {
    return Unexpected{"no program to run"};
  }
  // While the program runs, Ctrl-C is its business: ignore it here, and give the child the
  // default actions back.
  struct sigaction ignore = {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  struct sigaction old_int = {};
  struct sigaction old_quit = {};
  ::sigaction(SIGINT, &ignore, &old_int);
  ::sigaction(SIGQUIT, &ignore, &old_quit);

  posix_spawnattr_t attributes;
  ::posix_spawnattr_init(&attributes);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGINT);
  sigaddset(&defaults, SIGQUIT);
  sigaddset(&defaults, SIGPIPE);
  ::posix_spawnattr_setsigdefault(&attributes, &defaults);
  ::posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);

  std::vector<std::string> args = argv;
  std::vector<char*> pointers;
  for (std::string& arg : args) {
    pointers.push_back(arg.data());
  }
  pointers.push_back(nullptr);
  pid_t child = -1;
  const int spawned = ::posix_spawnp(&child, pointers[0], nullptr, &attributes, pointers.data(), environ);
  ::posix_spawnattr_destroy(&attributes);

  int status = 0;
  if (spawned == 0) {
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
  }
  ::sigaction(SIGINT, &old_int, nullptr);
  ::sigaction(SIGQUIT, &old_quit, nullptr);
  if (spawned != 0) {
    return Unexpected{fmt::format("cannot start {}: {}", argv[0], std::strerror(spawned))};
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace stretch::util
