// A terminal driven by a script of keys and signals on a fake clock: waiting moves the
// clock instead of sleeping.
#pragma once

#include "support/fake_clock.h"
#include "term/terminal.h"

#include <deque>
#include <stdexcept>
#include <string>
#include <vector>

namespace stretch::test {

/// Records output and the timeouts asked for; returns scripted input at scripted times.
class FakeTerminal : public term::Terminal
{
public:
  explicit FakeTerminal(FakeClock& clock, std::size_t width = 80) : m_clock(clock), m_width(width) {}

  /// Input to arrive `offset` after the clock's epoch.
  void at(session::Duration offset, term::Input input) { m_script.push_back({m_clock.epoch() + offset, input}); }

  /// A key to arrive `offset` after the epoch.
  void key_at(session::Duration offset, char c)
  {
    at(offset, term::Input{term::Input::Kind::key, term::Key{term::Key::Kind::character, static_cast<char32_t>(c)}, 0});
  }

  /// Every wait wakes up this much late, as a loaded machine would.
  void wake_late_by(session::Duration d) { m_late = d; }

  void write(std::string_view text) override { output += text; }
  std::size_t width() const override { return m_width; }
  void set_width(std::size_t width) { m_width = width; }

  term::Input wait(std::chrono::milliseconds timeout) override
  {
    if (timeout.count() < 0) {
      throw std::logic_error("negative timeout");
    }
    waits.push_back(timeout);
    if (waits.size() > 100'000) {
      throw std::logic_error("the session loop does not sleep");
    }
    const session::TimePoint wake = m_clock.now() + timeout + m_late;
    if (!m_script.empty() && m_script.front().first <= wake) {
      m_clock.set(m_script.front().first);
      const term::Input input = m_script.front().second;
      m_script.pop_front();
      return input;
    }
    m_clock.set(wake);
    return term::Input{};
  }

  void suspend() override { ++suspends; }

  std::string output;
  std::vector<std::chrono::milliseconds> waits;
  int suspends = 0;

private:
  FakeClock& m_clock;
  std::size_t m_width;
  session::Duration m_late{0};
  std::deque<std::pair<session::TimePoint, term::Input>> m_script;
};

} // namespace stretch::test
