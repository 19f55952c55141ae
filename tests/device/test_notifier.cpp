// SPDX-License-Identifier: MIT
#include "device/notifier.h"

#include "support/fake_clock.h"
#include "support/fake_processes.h"
#include "support/fake_terminal.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("device/notifier");

TEST_CASE("TerminalNotifier writes the terminal's sequence, through tmux when inside it")
{
  test::FakeClock clock;
  test::FakeTerminal terminal(clock);
  device::TerminalNotifier(terminal, term::NotifyVia::osc777, false).notify("stretch: Calf", "Done.");
  CHECK(terminal.output == "\x1b]777;notify;stretch: Calf;Done.\x1b\\");
  terminal.output.clear();
  device::TerminalNotifier(terminal, term::NotifyVia::osc9, true).notify("stretch", "Done.");
  CHECK(terminal.output == "\x1bPtmux;\x1b\x1b]9;stretch: Done.\x07\x1b\\");
}

TEST_CASE("ProcessNotifier starts notify-send with its texts as arguments, no shell, no wait")
{
  test::FakeClock clock;
  test::FakeProcesses processes(clock);
  device::ProcessNotifier notifier("/usr/bin/notify-send", clock, processes);
  notifier.notify("stretch: Calf $(touch pwned)", "-A question waits: `id` <a href=\"x\">&</a>");
  REQUIRE(processes.started.size() == 1);
  CHECK(processes.started[0].argv
        == std::vector<std::string>{"/usr/bin/notify-send", "--app-name=stretch", "--", "stretch: Calf $(touch pwned)",
                                    " -A question waits: `id` &lt;a href=\"x\"&gt;&amp;&lt;/a&gt;"});
  CHECK(processes.started[0].own_group);
}

TEST_CASE("ProcessNotifier: a notify-send that hangs or fails twice is given up, with one problem")
{
  using namespace std::chrono_literals;
  test::FakeClock clock;
  test::FakeProcesses processes(clock);
  processes.behave("notify-send", {.runs = std::nullopt});
  device::ProcessNotifier notifier("/usr/bin/notify-send", clock, processes);
  notifier.notify("stretch", "A question waits.");
  notifier.notify("stretch", "A question waits.");
  clock.advance(device::k_notify_limit);
  notifier.poll(clock.now()); // past the limit: both over, told to end
  CHECK(notifier.dropped());
  notifier.poll(clock.now()); // and collected
  CHECK(notifier.next_poll() == std::nullopt); // nothing left to watch
  CHECK(notifier.dropped());
  const auto problem = notifier.take_problem();
  REQUIRE(problem);
  CHECK(problem->kind == util::ProgramProblem::Kind::hung);
  notifier.notify("stretch", "Done.");
  CHECK(processes.started.size() == 2);
}

TEST_SUITE_END();
