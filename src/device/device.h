// SPDX-License-Identifier: MIT
// What every device of a session shares (a sound player, a voice, a vibrator, a notifier,
// a wake lock): it is looked at by the session loop, never waits, and says once when a
// program it runs fails or hangs, and what it does instead.
#pragma once

#include "util/children.h"
#include "util/time.h"

#include <optional>
#include <string>
#include <vector>

namespace stretch::device {

/// Something a device's program did that the runner should hear of, once.
using DeviceProblem = util::ProgramProblem;

/// A device whose programs run in the background.
class Device
{
public:
  virtual ~Device() = default;

  /// Notices what its programs did by `now`: collects those that ended, ends those past
  /// their time. Never waits.
  virtual void poll(util::TimePoint /*now*/) {}

  /// When `poll` must run next, without a SIGCHLD to wake the loop; nullopt for never.
  virtual std::optional<util::TimePoint> next_poll() const { return std::nullopt; }

  /// The next problem not yet told, once.
  std::optional<DeviceProblem> take_problem();

  /// True once it gave up for the rest of the session.
  bool dropped() const { return m_dropped; }

protected:
  /// Tells `problem`, once; with `give_up`, the device is dropped for the session.
  void report(DeviceProblem problem, bool give_up = true);

  /// Gives up for the session with `problem`, when there is one.
  void give_up(std::optional<DeviceProblem> problem)
  {
    if (problem) {
      report(std::move(*problem));
    }
  }

private:
  std::vector<DeviceProblem> m_problems; // not yet told
  bool m_dropped = false;
};

/// A device's record of failures: a program that fails twice, or hangs once, is given up.
class Strikes
{
public:
  /// How many failures give a program up.
  static constexpr int k_failures = 2;

  /// Counts `ended` of program `program`: a problem when it is given up now. A hang gives
  /// up at once only with `hang_gives_up`; else it counts as a failure.
  std::optional<DeviceProblem> count(const util::Children::Ended& ended, std::string_view program,
                                     bool hang_gives_up);

  /// Counts a start that failed with `why`.
  std::optional<DeviceProblem> count_start_failure(std::string_view why, std::string_view program);

  /// Starts over, for the next program.
  void reset() { m_failures = 0; }

private:
  int m_failures = 0;
};

/// What `ended` (a failure or a hang) of `program` was, as a problem.
DeviceProblem problem_of(const util::Children::Ended& ended, std::string_view program);

/// A program that could not start with `why` ("cannot start aplay: Permission denied").
DeviceProblem start_problem(std::string_view why, std::string_view program);

/// The name of `path`'s program: `aplay` for `/usr/bin/aplay`.
std::string program_name(const std::string& path);

} // namespace stretch::device
