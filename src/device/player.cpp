// SPDX-License-Identifier: MIT
// Playing the tones through the sound player the system has, never through a shell.
#include "device/player.h"

#include "util/process.h"

#include <algorithm>

namespace stretch::device {

std::vector<std::filesystem::path> find_sound_players(std::string_view path)
{
  std::vector<std::filesystem::path> found;
  for (const std::string_view name : k_sound_players) {
    if (auto player = util::find_program(name, path)) {
      found.push_back(std::move(*player));
    }
  }
  return found;
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

ProcessPlayer::ProcessPlayer(std::vector<std::filesystem::path> players, ToneFiles files, const util::Clock& clock,
                             util::Processes& processes)
  : m_players(std::move(players)), m_files(std::move(files)), m_clock(clock), m_children(processes)
{
}

bool ProcessPlayer::start(Tone tone)
{
  const util::TimePoint now = m_clock.now();
  stop();
  if (m_players.empty()) {
    return false;
  }
  const auto index = static_cast<std::size_t>(std::find(k_tones.begin(), k_tones.end(), tone) - k_tones.begin());
  const auto started = m_children.start(play_command(m_players.front(), m_files[index]), now,
                                        tone_length(tone) + k_player_hang);
  if (!started) {
    if (auto problem = m_strikes.count_start_failure(started.error(), program_name(m_players.front().string()))) {
      next_player(std::move(*problem));
    }
    return false;
  }
  m_current = *started;
  m_end = now + tone_length(tone);
  m_over = *m_end + k_tone_margin;
  return true;
}

bool ProcessPlayer::playing()
{
  const util::TimePoint now = m_clock.now();
  poll(now);
  if (!m_end) {
    return false;
  }
  const bool running = m_current && m_children.running(*m_current);
  if (now < *m_end || (running && now < *m_over)) {
    return true;
  }
  // Over: a player still running is left to finish (or to be ended at its limit) on its own.
  m_current.reset();
  m_end.reset();
  m_over.reset();
  return false;
}

void ProcessPlayer::stop()
{
  if (m_current) {
    m_children.stop(*m_current, m_clock.now());
  }
  m_current.reset();
  m_end.reset();
  m_over.reset();
}

void ProcessPlayer::poll(util::TimePoint now)
{
  for (const auto& ended : m_children.poll(now)) {
    if (dropped() || ended.id < m_first_of_player) {
      continue; // a player given up already
    }
    if (auto problem = m_strikes.count(ended, program_name(m_players.front().string()), false)) {
      next_player(std::move(*problem));
    }
  }
}

void ProcessPlayer::next_player(DeviceProblem problem)
{
  m_players.erase(m_players.begin());
  m_strikes.reset();
  m_first_of_player = m_children.next_id();
  problem.replacement = m_players.empty() ? "" : program_name(m_players.front().string());
  report(std::move(problem), m_players.empty());
}

std::optional<util::TimePoint> ProcessPlayer::next_poll() const
{
  std::optional<util::TimePoint> next = m_children.next_deadline();
  for (const auto& t : {m_end, m_over}) {
    if (t && (!next || *t < *next)) {
      next = t;
    }
  }
  return next;
}


} // namespace stretch::device
