// SPDX-License-Identifier: MIT
// A speech program on a fake clock: it says each text for as long as a test wants, which
// may be much longer than a step (espeak-ng takes 10 s for a long setup cue).
#pragma once

#include "device/speech.h"
#include "support/fake_clock.h"

#include <functional>
#include <string>
#include <vector>

namespace stretch::test {

/// Records what it was asked to say and when; each text lasts `length(text)`.
class FakeSpeech : public device::Speech
{
public:
  /// A speech program that takes `per_character` for each character of a text.
  explicit FakeSpeech(const FakeClock& clock, util::Duration per_character = std::chrono::milliseconds(60))
    : m_clock(clock), m_length([per_character](std::string_view text) { return per_character * static_cast<long>(text.size()); })
  {
  }

  /// Each text lasts what `length` says.
  void set_length(std::function<util::Duration(std::string_view)> length) { m_length = std::move(length); }

  bool start(std::string_view text) override
  {
    said.push_back({std::string(text), m_clock.now(), false});
    m_end = m_clock.now() + m_length(text);
    return true;
  }

  bool speaking() override { return !said.empty() && !said.back().cut && m_clock.now() < m_end; }

  void stop() override
  {
    if (speaking()) {
      said.back().cut = true;
    }
  }

  std::optional<util::TimePoint> expected_end() const override { return m_end; }

  /// One thing said: its text, when it started, and whether it was cut short.
  struct Said
  {
    std::string text;
    util::TimePoint at;
    bool cut = false;
  };
  std::vector<Said> said;

private:
  const FakeClock& m_clock;
  std::function<util::Duration(std::string_view)> m_length;
  util::TimePoint m_end{};
};

} // namespace stretch::test
