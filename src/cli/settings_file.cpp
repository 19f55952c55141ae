// SPDX-License-Identifier: MIT
// The settings file.
#include "cli/settings_file.h"

#include "cli/option_values.h"
#include "cli/options.h"
#include "i18n/format.h"
#include "util/file.h"
#include "util/strings.h"
#include "util/terminal_text.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace stretch::cli {
namespace {

[[noreturn]] void fail(std::string_view path, std::size_t line, std::string_view message)
{
  const std::string where = line > 0 ? fmt::format("{}:{}", path, line) : std::string(path);
  throw SettingsError(util::terminal_safe(fmt::format("{}: error: {}", where, message)));
}

Setting read_line(std::string_view line, std::string_view path, std::size_t number,
                  std::map<std::string, std::size_t>& seen)
{
  if (line.front() == '[') {
    fail(path, number, i18n::tr("sections are not settings: write `key = value` lines"));
  }
  const std::size_t equals = line.find('=');
  if (equals == std::string_view::npos) {
    fail(path, number, i18n::tr("expected `key = value`, such as `voice = true`"));
  }
  const std::string key(util::trim(line.substr(0, equals)));
  std::string_view value = util::trim(line.substr(equals + 1));
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
    value = value.substr(1, value.size() - 2);
  }
  const OptionRow* found = find_setting(key);
  if (found == nullptr) {
    std::vector<std::string> keys;
    for (const std::string_view each : setting_keys()) {
      keys.emplace_back(each);
    }
    fail(path, number, i18n::trf("unknown setting `{key}`; the settings are {keys}", fmt::arg("key", key),
                                 fmt::arg("keys", util::join(keys, ", "))));
  }
  if (const auto [first, inserted] = seen.emplace(key, number); !inserted) {
    fail(path, number, i18n::trf("`{key}` is set already, on line {line}", fmt::arg("key", key), fmt::arg("line", first->second)));
  }
  if (const auto problem = check_value(*found, value)) {
    fail(path, number, fmt::format("{}: {}", key, *problem));
  }
  if (found->flag()) {
    return {key, is_true(value) ? "true" : "false"};
  }
  return {key, std::string(value)};
}

} // namespace

std::vector<std::string_view> setting_keys()
{
  std::vector<std::string_view> keys;
  for (const OptionRow& row : option_rows()) {
    if (!row.setting.empty()) {
      keys.push_back(row.setting);
    }
  }
  return keys;
}

std::vector<Setting> read_settings(std::string_view text, std::string_view path)
{
  if (text.size() > k_max_settings_size) {
    fail(path, 0, i18n::trf("the file is too large; the limit is {most}", fmt::arg("most", util::format_size(k_max_settings_size))));

  }
  std::vector<Setting> settings;
  std::map<std::string, std::size_t> seen;
  std::size_t number = 0;
  constexpr std::string_view k_bom = "\xef\xbb\xbf"; // a byte-order mark some editors write first
  for (std::string_view rest = text.starts_with(k_bom) ? text.substr(k_bom.size()) : text; !rest.empty();) {
    const std::size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    if (line.ends_with('\r')) {
      line.remove_suffix(1); // a line end written on Windows
    }
    line = util::trim(line);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    ++number;
    if (!line.empty() && line.front() != '#') {
      settings.push_back(read_line(line, path, number, seen));
    }
  }
  return settings;
}

} // namespace stretch::cli
