// Speaking through the speech program the system has, never through a shell.
#include "cue/speech.h"

#include "util/process.h"
#include "util/strings.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

#include <cerrno>
#include <csignal>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace stretch::cue {

std::optional<std::filesystem::path> find_speech_program(std::string_view path)
{
  for (const std::string_view program : k_speech_programs) {
    if (auto found = util::find_program(program, path)) {
      return found;
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
  const auto child = util::spawn({m_program.string(), words}, util::Streams::null);
  if (child) {
    m_child = *child;
  }
  return static_cast<bool>(child);
}

} // namespace stretch::cue
