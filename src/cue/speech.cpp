// Speaking cues aloud through the speech program the system has, never through a shell.
#include "cue/speech.h"

#include "util/strings.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace stretch::cue {

std::optional<std::filesystem::path> find_speech_program(std::string_view path)
{
  for (const std::string_view program : k_speech_programs) {
    std::size_t start = 0;
    while (start <= path.size()) {
      std::size_t end = path.find(':', start);
      if (end == std::string_view::npos) {
        end = path.size();
      }
      const std::string_view folder = path.substr(start, end - start);
      if (!folder.empty() && folder.front() == '/') {
        const std::filesystem::path candidate = std::filesystem::path(folder) / program;
        struct stat info = {};
        if (::stat(candidate.c_str(), &info) == 0 && S_ISREG(info.st_mode)
            && ::access(candidate.c_str(), X_OK) == 0) {
          return candidate;
        }
      }
      start = end + 1;
    }
  }
  return std::nullopt;
}

std::string speakable(std::string_view text)
{
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const auto cp = util::decode_utf8(text, pos);
    if (!cp || util::is_unsafe_code_point(*cp)) {
      out += ' ';
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  const auto first = out.find_first_not_of(" -");
  return first == std::string::npos ? std::string() : std::string(util::trim(out.substr(first)));
}

ProcessSpeaker::ProcessSpeaker(std::filesystem::path program) : m_program(std::move(program)) {}

ProcessSpeaker::~ProcessSpeaker()
{
  for (const pid_t child : m_children) {
    int status = 0;
    ::kill(child, SIGKILL);
    ::waitpid(child, &status, 0);
  }
}

void ProcessSpeaker::reap(bool stop)
{
  std::vector<pid_t> running;
  for (const pid_t child : m_children) {
    int status = 0;
    if (::waitpid(child, &status, WNOHANG) != 0) {
      continue; // ended (or not ours any more)
    }
    if (stop) {
      // Cut it short, but never wait for it here: the timer must not be held up.
      ::kill(child, SIGTERM);
      if (::waitpid(child, &status, WNOHANG) != 0) {
        continue;
      }
    }
    running.push_back(child);
  }
  m_children = std::move(running);
}

void ProcessSpeaker::say(std::string_view text)
{
  reap(true);
  const std::string words = speakable(text);
  if (words.empty()) {
    return;
  }
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attributes;
  ::posix_spawn_file_actions_init(&actions);
  ::posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  ::posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  ::posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  ::posix_spawnattr_init(&attributes);
  // The session ignores SIGPIPE and catches others; the speech program gets the defaults
  // and an empty signal mask.
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  sigset_t empty;
  sigemptyset(&empty);
  ::posix_spawnattr_setsigdefault(&attributes, &defaults);
  ::posix_spawnattr_setsigmask(&attributes, &empty);
  ::posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

  std::string program = m_program.string();
  std::string argument = words;
  char* argv[] = {program.data(), argument.data(), nullptr};
  pid_t child = -1;
  if (::posix_spawnp(&child, program.c_str(), &actions, &attributes, argv, environ) == 0) {
    m_children.push_back(child);
  }
  ::posix_spawnattr_destroy(&attributes);
  ::posix_spawn_file_actions_destroy(&actions);
}

} // namespace stretch::cue
