// SPDX-License-Identifier: MIT
// libFuzzer target for the settings file: whatever it holds, no crash; a mistake is one
// `FILE:LINE: error: ...` line; what is accepted names only known keys, once each, and
// reads back the same when written again as `key = value` lines.
#include "cli/settings_file.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  using namespace stretch::cli;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const std::vector<Setting> settings = read_settings(text, "settings");
    const std::vector<std::string_view> keys = setting_keys();
    std::set<std::string> seen;
    std::string again;
    for (const Setting& setting : settings) {
      if (std::find(keys.begin(), keys.end(), setting.key) == keys.end() || !seen.insert(setting.key).second) {
        std::abort();
      }
      again += setting.key + " = \"" + setting.value + "\"\n";
    }
    const std::vector<Setting> reread = read_settings(again, "settings");
    if (reread.size() != settings.size()) {
      std::abort();
    }
    for (std::size_t i = 0; i < settings.size(); ++i) {
      if (reread[i].key != settings[i].key || reread[i].value != settings[i].value) {
        std::abort();
      }
    }
  } catch (const SettingsError& error) {
    const std::string_view message = error.what();
    if (message.rfind("settings:", 0) != 0 || message.find('\n') != std::string_view::npos ||
        message.find(": error: ") == std::string_view::npos) {
      std::abort();
    }
  }
  return 0;
}
