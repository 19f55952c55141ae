// SPDX-License-Identifier: MIT
// A terminal driven by a script of keys and signals on a fake clock: waiting moves the
// clock instead of sleeping, and, like a real poll(), may wake a hair early or late.
#pragma once

#include "support/fake_clock.h"
#include "term/terminal.h"

#include <deque>
#include <stdexcept>
#include <string>
#include <vector>

namespace stretch::test {

/// Records output (and when each piece was written) and the timeouts asked for; returns
/// scripted input at scripted times.
class FakeTerminal : public term::Terminal
{
public:
  explicit FakeTerminal(FakeClock& clock, std::size_t width = 80, std::size_t rows = 24)
    : m_clock(clock), m_size{width, rows}
  {
  }

  /// Input to arrive `offset` after the clock's epoch.
  void at(util::Duration offset, term::Input input) { m_script.push_back({m_clock.epoch() + offset, input}); }

  /// A key to arrive `offset` after the epoch.
  void key_at(util::Duration offset, char c)
  {
    at(offset, term::Input{term::Input::Kind::key, term::Key{term::Key::Kind::character, static_cast<char32_t>(c)}, 0});
  }

  /// Every wait wakes up this much late, as a loaded machine would.
  void wake_late_by(std::chrono::nanoseconds d) { m_late = d; }

  /// Waits wake up to `amount` early or late, a different amount each time (a fixed
  /// sequence, so tests repeat): a timer's slack, a clock read a hair before the tick.
  void jitter(std::chrono::nanoseconds amount) { m_jitter = amount; }

  void write(std::string_view text) override
  {
    if (m_gone) {
      return; // as a real terminal whose reader went away
    }
    output += text;
    writes.push_back({m_clock.now(), std::string(text)});
  }
  term::WindowSize size() const override { return m_size; }
  void set_size(std::size_t width, std::size_t rows) { m_size = {width, rows}; }

  term::Input wait(std::chrono::milliseconds timeout) override
  {
    if (timeout.count() < 0) {
      throw std::logic_error("negative timeout");
    }
    waits.push_back(timeout);
    if (waits.size() > 100'000) {
      throw std::logic_error("the session loop does not sleep");
    }
    util::TimePoint wake = m_clock.now() + timeout + m_late;
    if (m_jitter.count() > 0 && timeout.count() > 0) {
      // -jitter .. +jitter, in 7 steps that repeat.
      const long step = static_cast<long>(waits.size() % 7) - 3;
      wake += m_jitter * step / 3;
    }
    if (!m_script.empty() && m_script.front().first <= wake) {
      m_clock.set(m_script.front().first);
      const term::Input input = m_script.front().second;
      m_script.pop_front();
      m_gone = m_gone || input.kind == term::Input::Kind::gone;
      return input;
    }
    m_clock.set(wake);
    return term::Input{};
  }

  void suspend() override { ++suspends; }

  /// One write, and when it happened.
  struct Write
  {
    util::TimePoint at;
    std::string text;
  };

  std::string output;
  std::vector<Write> writes;
  std::vector<std::chrono::milliseconds> waits;
  int suspends = 0;

private:
  FakeClock& m_clock;
  term::WindowSize m_size;
  std::chrono::nanoseconds m_late{0};
  std::chrono::nanoseconds m_jitter{0};
  std::deque<std::pair<util::TimePoint, term::Input>> m_script;
  bool m_gone = false;
};

} // namespace stretch::test
