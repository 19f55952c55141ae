// SPDX-License-Identifier: MIT
// The terminal as a session sees it: output, its width, and input with a timeout. Tests
// replace it with a scripted one on a fake clock.
#pragma once

#include "term/display.h"
#include "term/keys.h"

#include <chrono>
#include <cstddef>
#include <string_view>

namespace stretch::term {

/// What woke a session up.
struct Input
{
  // end: no more input will come; gone: nobody reads the output any more (a closed pipe, a
  // terminal that hung up)
  enum class Kind { timeout, key, signal, end, gone };
  Kind kind = Kind::timeout;
  Key key;
  int signal = 0;
};

/// Where a session writes and waits.
class Terminal
{
public:
  virtual ~Terminal() = default;

  /// Writes `text` as it is; nothing once the output is gone (see `Input::Kind::gone`).
  virtual void write(std::string_view text) = 0;

  /// The size in columns and rows (80 by 24 when unknown). It may change at any time;
  /// a SIGWINCH says when.
  virtual WindowSize size() const = 0;

  /// Waits at most `timeout` for a key or a signal, or for the output to go away. Never
  /// busy-waits.
  virtual Input wait(std::chrono::milliseconds timeout) = 0;

  /// Puts the terminal back as it was found and stops the program (Ctrl-Z); returns when
  /// the program is continued (`fg`), with the session's terminal settings back in place.
  virtual void suspend() = 0;
};

} // namespace stretch::term
