// SPDX-License-Identifier: MIT
// The user's own folders: the home folder and the XDG base directories, from the environment.
#include "util/xdg.h"

#include <pwd.h>
#include <unistd.h>

namespace stretch::util {

std::optional<std::filesystem::path> home_dir(const EnvLookup& env)
{
  if (const char* home = env("HOME"); home != nullptr && home[0] == '/') {
    return std::filesystem::path(home);
  }
  if (const passwd* entry = ::getpwuid(::getuid()); entry != nullptr && entry->pw_dir != nullptr
                                                     && entry->pw_dir[0] == '/') {
    return std::filesystem::path(entry->pw_dir);
  }
  return std::nullopt;
}

std::optional<std::filesystem::path> xdg_dir(const EnvLookup& env, const char* variable, const char* fallback)
{
  if (const char* value = env(variable); value != nullptr && value[0] == '/') {
    return std::filesystem::path(value);
  }
  if (auto home = home_dir(env)) {
    return *home / fallback;
  }
  return std::nullopt;
}

std::optional<std::filesystem::path> config_dir(const EnvLookup& env)
{
  if (auto config = xdg_dir(env, "XDG_CONFIG_HOME", ".config")) {
    return *config / "stretch";
  }
  return std::nullopt;
}

std::optional<std::filesystem::path> cache_dir(const EnvLookup& env)
{
  if (auto cache = xdg_dir(env, "XDG_CACHE_HOME", ".cache")) {
    return *cache / "stretch";
  }
  return std::nullopt;
}

} // namespace stretch::util
