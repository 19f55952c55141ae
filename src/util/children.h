// SPDX-License-Identifier: MIT
// Programs a session starts in the background (a tone, a voice, a buzz, a notification, a
// wake lock), each bounded in time and never waited for: what hangs is ended, what ignores
// SIGTERM is killed, what fails is noticed.
#pragma once

#include "util/expected.h"
#include "util/processes.h"
#include "util/time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stretch::util {

/// How long a program told to end (SIGTERM) has before it is killed (SIGKILL).
inline constexpr Duration k_kill_grace{300};

/// How a started program ended.
enum class ChildEnd {
  ok,        // by itself, with exit status 0
  failed,    // by itself, with another status, or by a signal it was not sent here
  timed_out, // it ran past its limit and was ended here
  stopped,   // it was ended here before its limit: no longer wanted
};

/// A program that gave trouble, as a device that runs it tells it, once.
struct ProgramProblem
{
  enum class Kind {
    failed, // it failed (twice: a non-zero exit, or it could not start)
    hung,   // it ran far past its time and was ended
  };
  Kind kind = Kind::failed;
  std::string program;     // its name: `aplay`
  std::string detail;      // "exit status 1", "No such file or directory"
  std::string replacement; // the next program tried instead, or "" when the device gave up
};

/// Programs started and watched without ever waiting: `poll` collects those that ended,
/// ends those past their limit (SIGTERM, then SIGKILL after `k_kill_grace`), and says how
/// each ended. Times come from the caller's clock.
class Children
{
public:
  /// A child's number, never reused.
  using Id = std::uint64_t;

  /// One program that ended, and how; `status` is its exit status, or 128 + its signal (-1
  /// for one that timed out: it is over when it is told to end, and said to be then).
  struct Ended
  {
    Id id = 0;
    ChildEnd how = ChildEnd::ok;
    int status = 0;
  };

  /// Children started through `processes`.
  explicit Children(Processes& processes = posix_processes()) : m_processes(processes) {}

  /// Kills every child still running and collects those that ended, without waiting: a
  /// child that outlives this is collected by the system once this program ends.
  ~Children();
  Children(const Children&) = delete;
  Children& operator=(const Children&) = delete;

  /// How a child is started.
  struct Launch
  {
    bool own_group = false; // a process group of its own: it outlives this program's terminal
    bool outlives = false;  // left to run, not killed, when this is destroyed (a last notification)
  };

  /// Starts `argv` at `now`, to be ended once it runs `limit`. Its number, or why it could
  /// not start.
  Expected<Id> start(const std::vector<std::string>& argv, TimePoint now, Duration limit, Launch launch);
  Expected<Id> start(const std::vector<std::string>& argv, TimePoint now, Duration limit)
  {
    return start(argv, now, limit, Launch{});
  }

  /// Ends child `id` (SIGTERM now, SIGKILL after the grace), if it runs; never waits.
  void stop(Id id, TimePoint now);

  /// Collects what ended, ends what ran past its limit, kills what outlived its grace.
  /// Returns the children that ended since the last call, and those that timed out.
  std::vector<Ended> poll(TimePoint now);

  /// True while child `id` has not been seen to end, nor been told to.
  bool running(Id id) const;

  /// When `poll` must run next without a SIGCHLD to wake it: a limit or a grace running
  /// out. nullopt when nothing runs.
  std::optional<TimePoint> next_deadline() const;

  /// The number the next child started will have.
  Id next_id() const { return m_next; }

  /// How many children have not been collected yet.
  std::size_t count() const { return m_children.size(); }

private:
  struct Child
  {
    Id id = 0;
    pid_t pid = -1;
    Launch launch;
    TimePoint limit;
    std::optional<TimePoint> kill_at; // set once told to end
    ChildEnd reason = ChildEnd::ok;   // why it was told to end
  };

  void end(Child& child, ChildEnd reason, TimePoint now);

  Processes& m_processes;
  std::vector<Child> m_children;
  Id m_next = 1;
};

} // namespace stretch::util
