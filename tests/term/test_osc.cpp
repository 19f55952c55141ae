// SPDX-License-Identifier: MIT
#include "term/osc.h"

#include <doctest/doctest.h>

using namespace stretch;
using term::NotifyVia;

TEST_SUITE_BEGIN("term/osc");

TEST_CASE("window_title")
{
  CHECK(term::window_title("0:07 PRESS · calf LEFT") == "\x1b]2;0:07 PRESS · calf LEFT\x1b\\");
  // A routine's text cannot end the sequence early and run commands of its own.
  CHECK(term::window_title("x\x1b\\\x1b]52;c;aGk=\x07") == "\x1b]2;x^[\\^[]52;c;aGk=^G\x1b\\");
}

TEST_CASE("progress_bar_sequence")
{
  CHECK(term::progress_bar_sequence(term::ProgressState::normal, 42) == "\x1b]9;4;1;42\x07");
  CHECK(term::progress_bar_sequence(term::ProgressState::paused, 42) == "\x1b]9;4;4;42\x07");
  CHECK(term::progress_bar_sequence(term::ProgressState::clear, 0) == "\x1b]9;4;0;0\x07");
  CHECK(term::progress_bar_sequence(term::ProgressState::normal, 130) == "\x1b]9;4;1;100\x07");
}

TEST_CASE("notification_sequence")
{
  CHECK(term::notification_sequence(NotifyVia::osc777, "stretch: Calf", "Done; 14 of 14")
        == "\x1b]777;notify;stretch: Calf;Done, 14 of 14\x1b\\");
  CHECK(term::notification_sequence(NotifyVia::osc99, "stretch", "Done.")
        == "\x1b]99;i=1:d=0;stretch\x1b\\\x1b]99;i=1:d=1:p=body;Done.\x1b\\");
  CHECK(term::notification_sequence(NotifyVia::osc9, "stretch", "Done.") == "\x1b]9;stretch: Done.\x07");
  CHECK(term::notification_sequence(NotifyVia::none, "stretch", "Done.").empty());
  CHECK(term::notification_sequence(NotifyVia::notify_send, "stretch", "Done.").empty());
  CHECK(term::notification_sequence(NotifyVia::osc777, "a\x07", "b\x1b").find_first_of("\x07\x1b", 2) != 5);
}

TEST_CASE("tmux_passthrough doubles every ESC")
{
  CHECK(term::tmux_passthrough("\x1b]9;4;1;5\x07") == "\x1bPtmux;\x1b\x1b]9;4;1;5\x07\x1b\\");
}

TEST_SUITE_END();
