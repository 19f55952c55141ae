// SPDX-License-Identifier: MIT
#include "live/device_watch.h"

#include "support/fake_clock.h"

#include <doctest/doctest.h>

using namespace stretch;
using std::chrono::seconds;

namespace {

// A vibrator whose program fails once it is polled past `fails_at`.
class FailingVibrator : public device::Vibrator
{
public:
  explicit FailingVibrator(util::TimePoint fails_at) : m_fails_at(fails_at) {}
  void buzz(util::Duration /*length*/) override {}
  void poll(util::TimePoint now) override
  {
    ++polls;
    if (now >= m_fails_at && !m_told) {
      m_told = true;
      report({util::ProgramProblem::Kind::failed, "termux-vibrate", "exit status 1", ""});
    }
  }
  std::optional<util::TimePoint> next_poll() const override { return m_told ? std::nullopt : std::optional(m_fails_at); }
  int polls = 0;

private:
  util::TimePoint m_fails_at;
  bool m_told = false;
};

} // namespace

TEST_SUITE_BEGIN("live/device_watch");

TEST_CASE("DeviceWatch words each device's problem once, and wakes the loop when a device asks")
{
  test::FakeClock clock;
  FailingVibrator vibrator(clock.now() + seconds(3));
  live::Devices devices;
  devices.vibrator = &vibrator;
  live::DeviceWatch watch(devices, true);
  CHECK(watch.poll(clock.now()).empty());
  CHECK(watch.next_poll(clock.now()) == clock.now() + seconds(3));
  clock.advance(seconds(3));
  const auto notices = watch.poll(clock.now());
  REQUIRE(notices.size() == 1);
  CHECK(notices[0].starts_with("termux-vibrate failed"));
  CHECK(watch.poll(clock.now()).empty()); // said once
  CHECK(watch.next_poll(clock.now()) == std::nullopt);
  CHECK(vibrator.polls == 3);
}

TEST_CASE("DeviceWatch with no devices: nothing to say, no reason to wake")
{
  test::FakeClock clock;
  live::DeviceWatch watch({}, false);
  CHECK(watch.poll(clock.now()).empty());
  CHECK(watch.next_poll(clock.now()) == std::nullopt);
}

TEST_SUITE_END();
