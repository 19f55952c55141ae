// SPDX-License-Identifier: MIT
// Speaking through the speech program the system has, never through a shell.
#include "device/speech.h"

#include "i18n/format.h"
#include "i18n/format.h"
#include "util/grapheme.h"
#include "util/process.h"
#include "util/strings.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

#include <array>
#include <string>

namespace stretch::device {
namespace {

// 150 words a minute, and the time a speech program takes to start.
constexpr auto k_per_word = std::chrono::milliseconds(400);
constexpr auto k_speech_start = std::chrono::milliseconds(300);

// How long `spd-say -C` may take.
constexpr auto k_cancel_limit = std::chrono::seconds(2);

constexpr std::string_view k_spd_wait[] = {"-w"};
constexpr std::string_view k_spd_cancel[] = {"-C"};

constexpr std::array<SpeechProgram, 5> k_programs{{
  {"espeak-ng", {}, {}},
  {"espeak", {}, {}},
  {"spd-say", k_spd_wait, k_spd_cancel},
  {"say", {}, {}},
  {"termux-tts-speak", {}, {}},
}};

// A voice of macOS for each language it speaks, for `say -v`.
constexpr std::pair<std::string_view, std::string_view> k_say_voices[] = {
  {"de", "Anna"},     {"fr", "Thomas"},  {"es", "Monica"}, {"it", "Alice"},  {"nl", "Xander"},
  {"pt", "Luciana"},  {"sv", "Alva"},    {"da", "Sara"},   {"nb", "Nora"},   {"fi", "Satu"},
  {"pl", "Zosia"},    {"ru", "Milena"},  {"ja", "Kyoko"},  {"zh", "Ting-Ting"},
};

} // namespace

std::optional<std::vector<std::string>> voice_arguments(std::string_view program, std::string_view language)
{
  if (language.empty() || language == "en") {
    return std::vector<std::string>{};
  }
  if (program == "espeak-ng" || program == "espeak") {
    return std::vector<std::string>{"-v", std::string(language)};
  }
  if (program == "spd-say" || program == "termux-tts-speak") {
    return std::vector<std::string>{"-l", std::string(language)};
  }
  if (program == "say") {
    for (const auto& [code, voice] : k_say_voices) {
      if (code == language) {
        return std::vector<std::string>{"-v", std::string(voice)};
      }
    }
  }
  return std::nullopt;
}

std::span<const SpeechProgram> speech_programs()
{
  return k_programs;
}

std::optional<std::filesystem::path> find_speech_program(std::string_view path)
{
  for (const SpeechProgram& program : k_programs) {
    if (auto found = util::find_program(program.name, path)) {
      return found;
    }
  }
  return std::nullopt;
}

util::Duration speaking_time(std::string_view text)
{
  return k_speech_start + k_per_word * static_cast<long long>(util::split_words(text).size());
}

util::Duration speaking_limit(std::string_view text)
{
  const util::Duration time = speaking_time(text);
  return time + time / 4 + std::chrono::seconds(1);
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
    } else if (util::is_default_ignorable(*cp)) {
      // A zero-width or tag character: nothing to say.
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

ProcessSpeech::ProcessSpeech(std::filesystem::path program, const util::Clock& clock, std::string_view language,
                             util::Processes& processes)
  : ProcessSpeech(std::move(program), clock, processes)
{
  m_language = language;
  m_voice = voice_arguments(program_name(m_program.string()), language).value_or(std::vector<std::string>{});
}

ProcessSpeech::ProcessSpeech(std::filesystem::path program, const util::Clock& clock, util::Processes& processes)
  : m_program(std::move(program)), m_clock(clock), m_children(processes)
{
  const std::string name = program_name(m_program.string());
  for (const SpeechProgram& row : k_programs) {
    if (row.name == name) {
      m_row = &row;
    }
  }
}

bool ProcessSpeech::speaking()
{
  poll(m_clock.now());
  if (dropped() && m_current) {
    m_children.stop(*m_current, m_clock.now()); // a voice given up says no more
    m_current.reset();
  }
  return m_current && m_children.running(*m_current);
}

void ProcessSpeech::stop()
{
  // Cut it short, but never wait for it here: the timer must not be held up.
  if (m_current && m_children.running(*m_current)) {
    m_children.stop(*m_current, m_clock.now());
    if (m_row != nullptr && !m_row->cancel.empty()) {
      // The words already handed to a speech server are silenced by a second run.
      std::vector<std::string> argv{m_program.string()};
      argv.insert(argv.end(), m_row->cancel.begin(), m_row->cancel.end());
      if (const auto cancel = m_children.start(argv, m_clock.now(), k_cancel_limit)) {
        m_cancels.insert(*cancel);
      }
    }
  }
  m_current.reset();
}

bool ProcessSpeech::start(std::string_view text)
{
  const std::string words = speakable(text);
  if (words.empty() || dropped()) {
    return false;
  }
  stop();
  std::vector<std::string> argv{m_program.string()};
  if (m_row != nullptr) {
    argv.insert(argv.end(), m_row->before_text.begin(), m_row->before_text.end());
  }
  argv.insert(argv.end(), m_voice.begin(), m_voice.end());
  argv.push_back(words);
  const auto started = m_children.start(argv, m_clock.now(), speaking_limit(words));
  if (!started) {
    give_up(m_strikes.count_start_failure(started.error(), program_name(m_program.string())));
    return false;
  }
  m_current = *started;
  m_too_soon[*started] = m_clock.now() + speaking_time(words) / 4;
  return true;
}

void ProcessSpeech::poll(util::TimePoint now)
{
  for (auto ended : m_children.poll(now)) {
    const auto earliest = m_too_soon.find(ended.id);
    // Words said in a quarter of their time were not said: a program that finds no sound
    // device may still exit 0 at once (espeak-ng does).
    const bool at_once = earliest != m_too_soon.end() && now < earliest->second;
    const bool silent = ended.how == util::ChildEnd::ok && at_once;
    if (earliest != m_too_soon.end()) {
      m_too_soon.erase(earliest);
    }
    if (m_cancels.erase(ended.id) > 0 || dropped()) {
      continue; // a cancelling run, or a voice given up already
    }
    if (ended.how == util::ChildEnd::failed && at_once && !m_voice.empty()) {

      // No voice for the language: said once, and the program's own voice from now on.
      m_voice.clear();
      report({util::ProgramProblem::Kind::failed, program_name(m_program.string()),
              i18n::trf("no voice for {language}", fmt::arg("language", m_language)), i18n::tr("its English voice")},
             false);
      continue;
    }
    if (silent) {
      ended.how = util::ChildEnd::failed;
    }
    auto problem = m_strikes.count(ended, program_name(m_program.string()), true);
    if (problem && silent) {
      problem->detail = i18n::tr("it ended at once, without a sound");

    }
    give_up(std::move(problem));
  }
}

} // namespace stretch::device
