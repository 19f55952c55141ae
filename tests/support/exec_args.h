// SPDX-License-Identifier: MIT
// The argument and environment arrays that execve() takes, from C++ containers.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace stretch::test {

/// Owns strings and a null-terminated array of pointers to them, for execve().
class ExecStrings
{
public:
  explicit ExecStrings(std::vector<std::string> strings) : m_strings(std::move(strings))
  {
    for (std::string& s : m_strings) {
      m_pointers.push_back(s.data());
    }
    m_pointers.push_back(nullptr);
  }

  /// `NAME=VALUE` for every variable of `env`.
  static ExecStrings environment(const std::map<std::string, std::string>& env)
  {
    std::vector<std::string> strings;
    for (const auto& [name, value] : env) {
      strings.push_back(name + "=" + value);
    }
    return ExecStrings(std::move(strings));
  }

  ExecStrings(const ExecStrings&) = delete;
  ExecStrings& operator=(const ExecStrings&) = delete;
  ExecStrings(ExecStrings&& other) noexcept = default;

  char** data() { return m_pointers.data(); }

private:
  std::vector<std::string> m_strings;
  std::vector<char*> m_pointers;
};

} // namespace stretch::test
