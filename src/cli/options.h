// SPDX-License-Identifier: MIT
// Every option of the command line, one row each: its name, what it takes, what it means,
// the commands that take it, its key in the settings file, how a shell completes it. The
// parser, the settings file, --help and the usage errors read the rows; tests hold the
// manual, the README and the three completion files against them.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace stretch::cli {

/// The commands, as bits of the set of commands an option goes with.
enum CommandBit : unsigned {
  k_cmd_run = 1U << 0, ///< `stretch ROUTINE` and `stretch run ROUTINE`
  k_cmd_hold = 1U << 1,
  k_cmd_list = 1U << 2,
  k_cmd_show = 1U << 3,
  k_cmd_check = 1U << 4,
  k_cmd_new = 1U << 5,
  k_cmd_edit = 1U << 6,
  k_cmd_import = 1U << 7,
  k_cmd_remind = 1U << 8,
  k_cmd_remind_list = 1U << 9,
  k_cmd_remind_remove = 1U << 10,
  k_cmd_path = 1U << 11,
  k_cmd_history = 1U << 12,
  k_cmd_top = 1U << 13, ///< before any command: `--config`, `--version`
  k_cmd_report = 1U << 14,
};

/// The commands that run a routine, and those that print in color.
inline constexpr unsigned k_running = k_cmd_run | k_cmd_hold;
inline constexpr unsigned k_coloring = k_running | k_cmd_list | k_cmd_show | k_cmd_check | k_cmd_history;

/// Why `value` is not a value an option takes, or nullopt.
using ValueCheck = std::optional<std::string> (*)(std::string_view value);

/// What a shell offers to complete an option's value with.
enum class Completion {
  none,    ///< a flag: no value
  values,  ///< one of its `values`
  routine, ///< a routine's name
  file,    ///< a file name
  free,    ///< anything: nothing to offer
};

/// One option.
struct OptionRow
{
  std::string_view name;           ///< `--reps`
  std::string_view negation;       ///< `--no-voice` for a flag that can be turned off, else ""
  std::string_view value_name;     ///< `N`; "" for a flag
  std::string_view help;           ///< one sentence for --help
  unsigned commands;               ///< the commands that take it (`CommandBit`s)
  std::string_view setting;        ///< its key in the settings file, or ""
  std::span<const std::string_view> values; ///< the only values it takes, or empty for any
  std::string_view example;        ///< a value, for "--reps needs a value, as in --reps 3"
  ValueCheck check;                ///< checks a value that is not one of a list, or null
  Completion completion;
  std::string_view short_name = ""; ///< `-o`, or ""

  /// True for an option that takes no value.
  bool flag() const { return value_name.empty(); }
};

/// Every option, in the order --help lists them.
std::span<const OptionRow> option_rows();

/// The option called `name` (or its negation, `--no-voice`) that one of `commands` takes,
/// or null. Two commands may each have an option of one name (`--device`).
const OptionRow* find_option(std::string_view name, unsigned commands = ~0U);

/// The option the settings file sets with `key`, or null.
const OptionRow* find_setting(std::string_view key);

/// Why `value` is not one `row` takes, or nullopt: for an option of a list of values,
/// "expected tones, bell or off, not `loud`".
std::optional<std::string> check_value(const OptionRow& row, std::string_view value);

/// Which of `row`'s values `value` is (its place in the list), or nullopt.
std::optional<std::size_t> choice(const OptionRow& row, std::string_view value);

} // namespace stretch::cli
