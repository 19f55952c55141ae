// SPDX-License-Identifier: MIT
// What the command line says, option by option, and what the settings file adds for the
// options the command line left out: the one place commands read their options from.
#pragma once

#include "cli/options.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::cli {

/// The options given and their values, by the option's name (`--voice`; its negation is
/// the same option, with the value `false`), and the positional arguments.
class Arguments
{
public:
  /// `name` was given on the command line with `value` (`true` or `false` for a flag).
  void give(std::string_view name, std::string value);

  /// The settings file gives `name` the `value`, for a command line that did not.
  void settle(std::string_view name, std::string value);

  /// True when `name` was given, on the command line or by the settings file.
  bool has(std::string_view name) const { return m_values.count(name) > 0; }

  /// True when `name` was given on the command line.
  bool on_command_line(std::string_view name) const { return has(name) && !from_settings(name); }

  /// True when `name`'s value came from the settings file.
  bool from_settings(std::string_view name) const;

  /// The value of `name`, if it was given.
  std::optional<std::string> value(std::string_view name) const;

  /// A flag's value: true when given as true; `otherwise` when not given.
  bool flag(std::string_view name, bool otherwise = false) const;

  /// The positional arguments, by their names (`ROUTINE`), each as given.
  std::map<std::string, std::vector<std::string>> positionals;

  /// The first value of the positional `name`, or "".
  std::string positional(std::string_view name) const;

private:
  struct Given
  {
    std::string value;
    bool settings = false;
  };
  std::map<std::string_view, Given, std::less<>> m_values;
};

} // namespace stretch::cli
