// SPDX-License-Identifier: MIT
#include "device/device.h"

#include <doctest/doctest.h>

using namespace stretch;
using util::ChildEnd;

namespace {

// A device whose problems a test reports.
class Reporting : public device::Device
{
public:
  using Device::give_up;
  using Device::report;
};

} // namespace

TEST_SUITE_BEGIN("device/device");

TEST_CASE("Strikes: two failures, or one hang when it gives up at once")
{
  device::Strikes strikes;
  CHECK_FALSE(strikes.count({1, ChildEnd::ok, 0}, "aplay", false));
  CHECK_FALSE(strikes.count({2, ChildEnd::stopped, 143}, "aplay", false));
  CHECK_FALSE(strikes.count({3, ChildEnd::failed, 1}, "aplay", false));
  const auto second = strikes.count({4, ChildEnd::failed, 128 + 11}, "aplay", false);
  REQUIRE(second);
  CHECK(second->program == "aplay");
  CHECK(second->detail == "signal 11");
  device::Strikes hangs;
  CHECK_FALSE(hangs.count({1, ChildEnd::timed_out, -1}, "paplay", false));
  CHECK(hangs.count({2, ChildEnd::timed_out, -1}, "paplay", false)->kind == util::ProgramProblem::Kind::hung);
  device::Strikes voice;
  CHECK(voice.count({1, ChildEnd::timed_out, -1}, "espeak-ng", true));
  device::Strikes starts;
  CHECK_FALSE(starts.count_start_failure("cannot start /usr/bin/say: Permission denied", "say"));
  CHECK(starts.count_start_failure("cannot start /usr/bin/say: Permission denied", "say")->detail
        == "Permission denied");
}

TEST_CASE("Device: each problem told once, nothing more from a device given up")
{
  Reporting device;
  CHECK_FALSE(device.take_problem());
  device.report({util::ProgramProblem::Kind::failed, "aplay", "exit status 1", "paplay"}, false);
  CHECK_FALSE(device.dropped());
  device.give_up(std::nullopt);
  CHECK_FALSE(device.dropped());
  device.give_up(util::ProgramProblem{util::ProgramProblem::Kind::hung, "paplay", "", ""});
  CHECK(device.dropped());
  device.report({util::ProgramProblem::Kind::failed, "paplay", "exit status 2", ""});
  CHECK(device.take_problem()->program == "aplay");
  CHECK(device.take_problem()->kind == util::ProgramProblem::Kind::hung);
  CHECK_FALSE(device.take_problem());
}

TEST_CASE("program_name")
{
  CHECK(device::program_name("/usr/bin/aplay") == "aplay");
  CHECK(device::program_name("aplay") == "aplay");
}

TEST_SUITE_END();
