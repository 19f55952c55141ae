// SPDX-License-Identifier: MIT
#include "term/display.h"

#include "support/fake_env.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>
#include <map>
#include <unistd.h>

using namespace stretch;
using term::ColorMode;

TEST_SUITE_BEGIN("term/display");

TEST_CASE("use_color follows the rule in order")
{
  const std::map<std::string, std::string> term{{"TERM", "xterm-256color"}};
  const std::map<std::string, std::string> no_color{{"TERM", "xterm"}, {"NO_COLOR", "1"}, {"CLICOLOR_FORCE", "1"}};
  const std::map<std::string, std::string> empty_no_color{{"TERM", "xterm"}, {"NO_COLOR", ""}};
  const std::map<std::string, std::string> force{{"CLICOLOR_FORCE", "1"}};
  const std::map<std::string, std::string> force_zero{{"TERM", "xterm"}, {"CLICOLOR_FORCE", "0"}};
  const std::map<std::string, std::string> dumb{{"TERM", "dumb"}};
  const std::map<std::string, std::string> none;

  CHECK(term::use_color(ColorMode::always, test::fake_env(no_color), false));
  CHECK_FALSE(term::use_color(ColorMode::never, test::fake_env(force), true));
  CHECK_FALSE(term::use_color(ColorMode::automatic, test::fake_env(no_color), true));
  CHECK(term::use_color(ColorMode::automatic, test::fake_env(empty_no_color), true));
  CHECK(term::use_color(ColorMode::automatic, test::fake_env(force), false));
  CHECK_FALSE(term::use_color(ColorMode::automatic, test::fake_env(force_zero), false));
  CHECK(term::use_color(ColorMode::automatic, test::fake_env(force_zero), true));
  CHECK_FALSE(term::use_color(ColorMode::automatic, test::fake_env(dumb), true));
  CHECK_FALSE(term::use_color(ColorMode::automatic, test::fake_env(none), true));
  CHECK(term::use_color(ColorMode::automatic, test::fake_env(term), true));
  CHECK_FALSE(term::use_color(ColorMode::automatic, test::fake_env(term), false));
}

TEST_CASE("known_terminal")
{
  const test::TempDir dir;
  const std::map<std::string, std::string> none;
  const std::map<std::string, std::string> own{{"TERMINFO", dir.path().string()}};
  SUBCASE("the families of terminals that redraw, without any terminfo")
  {
    for (const char* name : {"xterm", "xterm-256color", "tmux-256color", "linux", "vt100", "rxvt-unicode-256color",
                             "alacritty", "foot-extra", "xterm-kitty"}) {
      CAPTURE(name);
      CHECK(term::known_terminal(name, test::fake_env(none)));
    }
  }
  SUBCASE("dumb, unknown, empty and made-up names are not")
  {
    for (const char* name : {"dumb", "unknown", "", "emacs", "xtermish", "../../etc/passwd"}) {
      CAPTURE(name);
      CHECK_FALSE(term::known_terminal(name, test::fake_env(own)));
    }
  }
  SUBCASE("a terminfo entry makes any name known, in the Linux and the macOS layout")
  {
    dir.write("m/myterm", "compiled");
    dir.write("6e/newterm", "compiled");
    CHECK(term::known_terminal("myterm", test::fake_env(own)));
    CHECK(term::known_terminal("newterm", test::fake_env(own)));
    CHECK_FALSE(term::known_terminal("otherterm", test::fake_env(own)));
  }
}

TEST_CASE("detect_display of a pipe: no terminal, so nothing smart, and 80 columns")
{
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  const std::map<std::string, std::string> env{{"TERM", "xterm-256color"}, {"LANG", "C"}, {"COLUMNS", "132"}};
  const term::Display display = term::detect_display(fds[1], ColorMode::automatic, test::fake_env(env), false);
  CHECK(term::detect_display(fds[1], ColorMode::automatic, test::fake_env(env), true).unicode);
  ::close(fds[0]);
  ::close(fds[1]);
  CHECK_FALSE(display.terminal);
  CHECK_FALSE(display.smart);
  CHECK_FALSE(display.color);
  CHECK_FALSE(display.unicode); // as the locale's character set says
  CHECK(display.width == 80);
}

TEST_CASE("window_size without a terminal: COLUMNS and LINES, else 80 by 24")
{
  const std::map<std::string, std::string> env{{"COLUMNS", "100"}, {"LINES", "5"}};
  const std::map<std::string, std::string> bad{{"COLUMNS", "0x50"}, {"LINES", "-3"}};
  const auto size = term::window_size(-1, test::fake_env(env));
  CHECK(size.columns == 100);
  CHECK(size.rows == 5);
  const auto fallback = term::window_size(-1, test::fake_env(bad));
  CHECK(fallback.columns == 80);
  CHECK(fallback.rows == 24);
}

TEST_CASE("outside_support")
{
  term::Display smart;
  smart.terminal = smart.smart = true;
  const auto support = [&](std::map<std::string, std::string> env, const term::Display& display) {
    return term::outside_support(display, test::fake_env(env));
  };
  SUBCASE("a plain xterm: the title only")
  {
    const auto s = support({{"TERM", "xterm-256color"}}, smart);
    CHECK(s.title);
    CHECK_FALSE(s.progress);
    CHECK(s.notify == term::NotifyVia::none);
  }
  SUBCASE("nothing on a terminal that cannot redraw")
  {
    const auto s = support({{"TERM", "dumb"}, {"WT_SESSION", "x"}}, term::Display{});
    CHECK_FALSE(s.title);
    CHECK_FALSE(s.progress);
  }
  SUBCASE("the progress bar only where it is known to work")
  {
    CHECK(support({{"WT_SESSION", "1"}}, smart).progress);
    CHECK(support({{"ConEmuANSI", "ON"}}, smart).progress);
    CHECK(support({{"TERM_PROGRAM", "WezTerm"}}, smart).progress);
    CHECK(support({{"TERM_PROGRAM", "ghostty"}}, smart).progress);
    CHECK(support({{"PTYXIS_VERSION", "48.1"}}, smart).progress);
    CHECK_FALSE(support({{"PTYXIS_VERSION", "47.2"}}, smart).progress);
    CHECK_FALSE(support({{"TERM_PROGRAM", "iTerm.app"}}, smart).progress); // older ones notify instead
    CHECK_FALSE(support({{"TERM_PROGRAM", "Apple_Terminal"}}, smart).progress);
  }
  SUBCASE("inside tmux")
  {
    const auto s = support({{"TMUX", "/tmp/tmux-0/default,1,0"}, {"WT_SESSION", "1"}}, smart);
    CHECK(s.tmux);
    CHECK(s.progress);
  }
  SUBCASE("notifications by the terminal's protocol, else notify-send on a desktop bus")
  {
    CHECK(support({{"TERM", "xterm-kitty"}}, smart).notify == term::NotifyVia::osc99);
    CHECK(support({{"TERM", "foot"}}, smart).notify == term::NotifyVia::osc777);
    CHECK(support({{"TERM_PROGRAM", "ghostty"}}, smart).notify == term::NotifyVia::osc777);
    CHECK(support({{"TERM_PROGRAM", "iTerm.app"}}, smart).notify == term::NotifyVia::osc9);
    const test::TempDir bin;
    const auto program = bin.write("notify-send", "#!/bin/sh\n");
    std::filesystem::permissions(program, std::filesystem::perms::owner_all);
    const auto on_bus = support({{"DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/bus"}, {"PATH", bin.path().string()}}, smart);
    CHECK(on_bus.notify == term::NotifyVia::notify_send);
    CHECK(on_bus.notify_send == program); // found once, here
    CHECK(support({{"PATH", bin.path().string()}}, smart).notify == term::NotifyVia::none); // no bus
  }
}

TEST_CASE("rewraps_rows: all but xterm and the Linux console, unless tmux sits in between")
{
  const std::map<std::string, std::string> vte{{"TERM", "xterm-256color"}, {"VTE_VERSION", "7006"}};
  const std::map<std::string, std::string> xterm{{"TERM", "xterm-256color"}, {"XTERM_VERSION", "XTerm(379)"}};
  const std::map<std::string, std::string> console{{"TERM", "linux"}};
  const std::map<std::string, std::string> tmux_in_xterm{
    {"TERM", "tmux-256color"}, {"XTERM_VERSION", "XTerm(379)"}, {"TMUX", "/tmp/tmux-0/default,1,0"}};
  CHECK(term::rewraps_rows(test::fake_env(vte)));
  CHECK_FALSE(term::rewraps_rows(test::fake_env(xterm)));
  CHECK_FALSE(term::rewraps_rows(test::fake_env(console)));
  CHECK(term::rewraps_rows(test::fake_env(tmux_in_xterm)));
}

TEST_SUITE_END();
