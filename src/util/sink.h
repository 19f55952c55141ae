// SPDX-License-Identifier: MIT
// Where output goes: a file descriptor in the program, a string in tests.
#pragma once

#include <string>
#include <string_view>

namespace stretch::util {

/// Receives text to show the user.
class Sink
{
public:
  virtual ~Sink() = default;

  /// Writes all of `text`.
  virtual void write(std::string_view text) = 0;
};

/// Writes to a file descriptor, retrying short and interrupted writes. A closed pipe or a
/// full disk loses the text quietly: output is never worth crashing a session for; `gone`
/// says when nobody reads it any more.
class FdSink : public Sink
{
public:
  explicit FdSink(int fd) : m_fd(fd) {}
  void write(std::string_view text) override;

  /// True once a write found the reader gone: a pipe closed at its other end (EPIPE), a
  /// terminal hung up (EIO), a descriptor no longer open.
  bool gone() const { return m_gone; }

  /// Why the first write that failed failed (an `errno`: ENOSPC for a full disk, EPIPE for a
  /// reader gone), or 0: for a command to end with the reason, and status 1.
  int error() const { return m_error; }

private:
  int m_fd;
  bool m_gone = false;
  int m_error = 0;
};

/// Collects everything written, for tests.
class StringSink : public Sink
{
public:
  void write(std::string_view text) override { m_text += text; }

  /// Everything written so far.
  const std::string& text() const { return m_text; }

private:
  std::string m_text;
};

} // namespace stretch::util
