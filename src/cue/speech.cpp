// SPDX-License-Identifier: MIT
// Speaking through the speech program the system has, never through a shell.
#include "cue/speech.h"

#include "util/process.h"
#include "util/strings.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

#include <string>

namespace stretch::cue {

std::optional<std::filesystem::path> find_speech_program(std::string_view path)
{
  return util::find_first_program(k_speech_programs, path);
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

bool ProcessSpeech::speaking()
{
  return m_child.running();
}

void ProcessSpeech::stop()
{
  // Cut it short, but never wait for it here: the timer must not be held up.
  m_child.terminate();
}

bool ProcessSpeech::start(std::string_view text)
{
  const std::string words = speakable(text);
  if (words.empty()) {
    return false;
  }
  return m_child.start({m_program.string(), words});
}

} // namespace stretch::cue
