// SPDX-License-Identifier: MIT
// Sets the process time zone for one test, and puts the old one back afterwards.
#pragma once

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace stretch::test {

/// While alive, `TZ` is `zone`: POSIX rules such as "CET-1CEST,M3.5.0,M10.5.0/3" need no
/// time zone database on the machine.
class ScopedTimeZone
{
public:
  explicit ScopedTimeZone(const char* zone)
  {
    if (const char* old = std::getenv("TZ")) {
      m_old = old;
    }
    ::setenv("TZ", zone, 1);
    ::tzset();
  }
  ~ScopedTimeZone()
  {
    if (m_old) {
      ::setenv("TZ", m_old->c_str(), 1);
    } else {
      ::unsetenv("TZ");
    }
    ::tzset();
  }
  ScopedTimeZone(const ScopedTimeZone&) = delete;
  ScopedTimeZone& operator=(const ScopedTimeZone&) = delete;

private:
  std::optional<std::string> m_old;
};

/// Central European time, with its summer time rules.
inline constexpr const char* k_berlin = "CET-1CEST,M3.5.0,M10.5.0/3";

} // namespace stretch::test
