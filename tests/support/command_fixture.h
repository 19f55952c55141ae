// SPDX-License-Identifier: MIT
// A command context made of strings and a temporary user folder, for command tests.
#pragma once

#include "commands/context.h"
#include "library/builtins.h"
#include "support/temp_dir.h"

#include <map>
#include <string>

namespace stretch::test {

/// Runs commands against the real built-in routines, a temporary user routine folder and a
/// temporary folder of routines installed for everyone, collecting what they print.
struct CommandFixture
{
  TempDir dir;
  std::map<std::string, std::string> variables{{"HOME", dir.path().string()}};
  util::StringSink out;
  util::StringSink err;
  library::Library library{library::builtin_routines(),
                           {{dir.path() / "routines", library::Origin::user}, {dir.path() / "shared", library::Origin::installed}}};

  /// A context with color off (or on, with `color`), not on a terminal.
  commands::Context context(bool color = false)
  {
    term::Display display;
    display.color = color;
    return commands::Context{out,
                             err,
                             library,
                             [this](const char* name) -> const char* {
                               const auto it = variables.find(name);
                               return it == variables.end() ? nullptr : it->second.c_str();
                             },
                             display};
  }

  /// Writes a routine file into the user's folder.
  std::filesystem::path add_routine(const std::string& name, std::string_view text)
  {
    return dir.write("routines/" + name + ".stretch", text);
  }

  /// Writes a routine file into the folder of routines installed for everyone.
  std::filesystem::path add_installed(const std::string& name, std::string_view text)
  {
    return dir.write("shared/" + name + ".stretch", text);
  }
};

} // namespace stretch::test
