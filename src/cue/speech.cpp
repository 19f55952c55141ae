// Speaking through the speech program the system has, never through a shell.
#include "cue/speech.h"

#include "util/strings.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

#include <cerrno>
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
    } else if (*cp == U'·') {
      while (!out.empty() && out.back() == ' ') {
        out.pop_back(); // `PRESS · calf` reads "PRESS, calf"
      }
      out += ',';
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  const auto first = out.find_first_not_of(" -,");
  return first == std::string::npos ? std::string() : std::string(util::trim(out.substr(first)));
}

ProcessSpeech::ProcessSpeech(std::filesystem::path program) : m_program(std::move(program)) {}

ProcessSpeech::~ProcessSpeech()
{
  if (m_child > 0) {
    int status = 0;
    ::kill(m_child, SIGKILL);
    while (::waitpid(m_child, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

bool ProcessSpeech::speaking()
{
  if (m_child <= 0) {
    return false;
  }
  int status = 0;
  const pid_t done = ::waitpid(m_child, &status, WNOHANG);
  if (done == 0) {
    return true;
  }
  m_child = -1; // ended (or, with an error, no child of ours any more)
  return false;
}

void ProcessSpeech::stop()
{
  if (speaking()) {
    // Cut it short, but never wait for it here: the timer must not be held up. The next
    // call to speaking() collects it.
    ::kill(m_child, SIGTERM);
  }
}

bool ProcessSpeech::start(std::string_view text)
{
  stop();
  if (speaking()) {
    int status = 0;
    ::waitpid(m_child, &status, 0); // SIGTERM was sent: this is quick
    m_child = -1;
  }
  const std::string words = speakable(text);
  if (words.empty()) {
    return false;
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
  const bool started = ::posix_spawnp(&child, program.c_str(), &actions, &attributes, argv, environ) == 0;
  if (started) {
    m_child = child;
  }
  ::posix_spawnattr_destroy(&attributes);
  ::posix_spawn_file_actions_destroy(&actions);
  return started;
}

} // namespace stretch::cue
