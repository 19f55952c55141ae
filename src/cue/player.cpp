// SPDX-License-Identifier: MIT
// Playing the tones through the sound player the system has, never through a shell.
#include "cue/player.h"

#include <algorithm>

namespace stretch::cue {

std::optional<std::filesystem::path> find_sound_player(std::string_view path)
{
  return util::find_first_program(k_sound_players, path);
}

std::vector<std::string> play_command(const std::filesystem::path& player, const std::filesystem::path& file)
{
  const std::string name = player.filename().string();
  if (name == "aplay") {
    return {player.string(), "-q", file.string()};
  }
  if (name == "termux-media-player") {
    return {player.string(), "play", file.string()};
  }
  return {player.string(), file.string()};
}

ProcessPlayer::ProcessPlayer(std::filesystem::path player, ToneFiles files, const session::Clock& clock)
  : m_player(std::move(player)), m_files(std::move(files)), m_clock(clock)
{
}

bool ProcessPlayer::start(Tone tone)
{
  const auto index = static_cast<std::size_t>(std::find(k_tones.begin(), k_tones.end(), tone) - k_tones.begin());
  if (!m_child.start(play_command(m_player, m_files[index]))) {
    m_end.reset();
    return false;
  }
  m_end = m_clock.now() + tone_length(tone);
  return true;
}

bool ProcessPlayer::playing()
{
  const bool running = m_child.running();
  return running || (m_end && m_clock.now() < *m_end);
}

void ProcessPlayer::stop()
{
  m_child.terminate();
  m_end.reset();
}

} // namespace stretch::cue
