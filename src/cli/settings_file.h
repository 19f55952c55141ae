// SPDX-License-Identifier: MIT
// The settings file: `key = value` a line, each key the name of a long option it sets as
// if it were given on the command line (where the command line wins). Every line is
// checked before any is used, so that a mistake is reported with its file and line.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::cli {

/// The largest settings file read: a few lines are expected.
inline constexpr std::size_t k_max_settings_size = 64 * 1024;

/// A mistake in the settings file; `what()` is its whole `FILE:LINE: error: ...` line.
class SettingsError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

/// One setting of the file: the option it sets (`voice`), and its value as an option takes
/// it (a boolean as `true` or `false`).
struct Setting
{
  std::string key;
  std::string value;
};

/// The keys a settings file may hold, in the order the manual lists them.
std::vector<std::string_view> setting_keys();

/// The settings of `text`, the file at `path`. Blank lines and lines starting with `#` are
/// left out; a value may be put in double quotes; lines may end in CRLF, and the file may
/// start with a byte-order mark, as editors on other systems write them. Throws `SettingsError` for a file over
/// `k_max_settings_size`, a line that is not `key = value`, a section, an unknown key, a
/// key given twice or a value its option does not take.
std::vector<Setting> read_settings(std::string_view text, std::string_view path);

} // namespace stretch::cli
