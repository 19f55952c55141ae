// SPDX-License-Identifier: MIT
// PosixTerminal on a pseudo-terminal made for the test: raw mode while alive, the settings
// put back exactly afterwards, keys and signals through wait().
#include "term/posix_terminal.h"

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

using namespace stretch::term;

namespace {

// A pseudo-terminal pair, opened the POSIX way.
struct Pty
{
  int master = -1;
  int slave = -1;

  Pty()
  {
    master = ::posix_openpt(O_RDWR | O_NOCTTY);
    REQUIRE(master >= 0);
    REQUIRE(::grantpt(master) == 0);
    REQUIRE(::unlockpt(master) == 0);
    slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
    REQUIRE(slave >= 0);
    winsize size = {};
    size.ws_col = 42;
    size.ws_row = 10;
    ::ioctl(slave, TIOCSWINSZ, &size);
  }
  ~Pty()
  {
    ::close(slave);
    ::close(master);
  }

  termios settings() const
  {
    termios t = {};
    ::tcgetattr(slave, &t);
    return t;
  }

  std::string read_master() const
  {
    std::string out;
    char buffer[256];
    ::fcntl(master, F_SETFL, O_NONBLOCK);
    ssize_t got = 0;
    while ((got = ::read(master, buffer, sizeof buffer)) > 0) {
      out.append(buffer, static_cast<std::size_t>(got));
    }
    return out;
  }
};

bool same(const termios& a, const termios& b)
{
  return a.c_iflag == b.c_iflag && a.c_oflag == b.c_oflag && a.c_cflag == b.c_cflag && a.c_lflag == b.c_lflag
         && std::memcmp(a.c_cc, b.c_cc, sizeof a.c_cc) == 0;
}

} // namespace

TEST_SUITE_BEGIN("term/posix_terminal");

TEST_CASE("PosixTerminal raw mode, and the terminal put back")
{
  Pty pty;
  const termios before = pty.settings();
  {
    PosixTerminal terminal({pty.slave, pty.slave, true, true});
    const termios during = pty.settings();
    CHECK((during.c_lflag & ICANON) == 0);
    CHECK((during.c_lflag & ECHO) == 0);
    CHECK((during.c_lflag & ISIG) != 0); // Ctrl-C still sends SIGINT
    CHECK(terminal.size().columns == 42);
    CHECK(terminal.size().rows == 10);
    CHECK(pty.read_master() == "\x1b[?25l");
  }
  CHECK(same(pty.settings(), before));
  CHECK(pty.read_master() == "\x1b[?25h");
}

TEST_CASE("PosixTerminal saves the window title and puts it back, and clears the progress bar")
{
  Pty pty;
  {
    PosixTerminal terminal({pty.slave, pty.slave, false, false, true, true, false});
    CHECK(pty.read_master() == "\x1b[22;0t");
    terminal.write("\x1b]2;0:07 CONTRACT\x1b\\");
    pty.read_master();
  }
  CHECK(pty.read_master() == "\x1b]9;4;0;0\x07\x1b[23;0t");
  SUBCASE("through tmux, the progress bar passes through")
  {
    {
      PosixTerminal terminal({pty.slave, pty.slave, false, false, false, true, true});
    }
    CHECK(pty.read_master() == "\x1bPtmux;\x1b\x1b]9;4;0;0\x07\x1b\\");
  }
}

TEST_CASE("PosixTerminal restore puts the terminal back early")
{
  Pty pty;
  const termios before = pty.settings();
  PosixTerminal terminal({pty.slave, pty.slave, true, false});
  terminal.restore();
  CHECK(same(pty.settings(), before));
}

TEST_CASE("PosixTerminal wait")
{
  Pty pty;
  PosixTerminal terminal({pty.slave, pty.slave, true, false});
  SUBCASE("a timeout when nothing comes")
  {
    CHECK(terminal.wait(std::chrono::milliseconds(1)).kind == Input::Kind::timeout);
  }
  SUBCASE("keys, decoded")
  {
    REQUIRE(::write(pty.master, "n\x1b[C", 4) == 4);
    const Input first = terminal.wait(std::chrono::milliseconds(1000));
    CHECK(first.kind == Input::Kind::key);
    CHECK(first.key.is('n'));
    const Input second = terminal.wait(std::chrono::milliseconds(1000));
    CHECK(second.key.kind == Key::Kind::right);
  }
  SUBCASE("an Escape key alone")
  {
    REQUIRE(::write(pty.master, "\x1b", 1) == 1);
    CHECK(terminal.wait(std::chrono::milliseconds(1000)).key.kind == Key::Kind::escape);
  }
  SUBCASE("signals")
  {
    ::raise(SIGWINCH);
    const Input input = terminal.wait(std::chrono::milliseconds(1000));
    CHECK(input.kind == Input::Kind::signal);
    CHECK(input.signal == SIGWINCH);
  }
  SUBCASE("the output")
  {
    terminal.write("hello");
    CHECK(pty.read_master() == "hello");
  }
}

TEST_CASE("PosixTerminal without keys does not touch the settings")
{
  Pty pty;
  const termios before = pty.settings();
  PosixTerminal terminal({pty.slave, pty.slave, false, false});
  CHECK(same(pty.settings(), before));
  CHECK(terminal.wait(std::chrono::milliseconds(1)).kind == Input::Kind::timeout);
}

TEST_CASE("is_terminal")
{
  Pty pty;
  CHECK(is_terminal(pty.slave));
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  CHECK_FALSE(is_terminal(fds[0]));
  ::close(fds[0]);
  ::close(fds[1]);
}

TEST_SUITE_END();
