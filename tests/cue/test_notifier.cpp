// SPDX-License-Identifier: MIT
#include "cue/notifier.h"

#include "support/fake_clock.h"
#include "support/fake_terminal.h"
#include "support/read_text.h"
#include "support/temp_dir.h"

#include <chrono>
#include <doctest/doctest.h>
#include <filesystem>
#include <thread>

using namespace stretch;

TEST_SUITE_BEGIN("cue/notifier");

TEST_CASE("TerminalNotifier writes the terminal's sequence, through tmux when inside it")
{
  test::FakeClock clock;
  test::FakeTerminal terminal(clock);
  cue::TerminalNotifier(terminal, term::NotifyVia::osc777, false).notify("stretch: Calf", "Done.");
  CHECK(terminal.output == "\x1b]777;notify;stretch: Calf;Done.\x1b\\");
  terminal.output.clear();
  cue::TerminalNotifier(terminal, term::NotifyVia::osc9, true).notify("stretch", "Done.");
  CHECK(terminal.output == "\x1bPtmux;\x1b\x1b]9;stretch: Done.\x07\x1b\\");
}

TEST_CASE("ProcessNotifier starts notify-send with its texts as arguments, no shell, no wait")
{
  const test::TempDir dir;
  const auto log = dir.path() / "log";
  const auto program = dir.write("notify-send", "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + log.string() + "'\n");
  std::filesystem::permissions(program, std::filesystem::perms::owner_all);
  cue::ProcessNotifier(program).notify("stretch: Calf $(touch pwned)", "-A question waits: `id` <a href=\"x\">&</a>");
  std::string said;
  for (int i = 0; i < 200 && said.find("waits") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    said = std::filesystem::exists(log) ? test::read_text(log) : "";
  }
  CHECK(said == "--app-name=stretch\n--\nstretch: Calf $(touch pwned)\n -A question waits: `id` &lt;a href=\"x\"&gt;&amp;&lt;/a&gt;\n");
  CHECK_FALSE(std::filesystem::exists(dir.path() / "pwned"));
}

TEST_SUITE_END();
