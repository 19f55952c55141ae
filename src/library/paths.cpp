// Where the user's routines live: the XDG base directories, read from the environment.
#include "library/paths.h"

#include <pwd.h>
#include <unistd.h>

namespace stretch::library {

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

std::optional<std::filesystem::path> xdg_dir(const EnvLookup& env, const char* variable,
                                             const char* fallback)
{
  if (const char* value = env(variable); value != nullptr && value[0] == '/') {
    return std::filesystem::path(value);
  }
  if (auto home = home_dir(env)) {
    return *home / fallback;
  }
  return std::nullopt;
}

std::optional<std::filesystem::path> user_routine_dir(const EnvLookup& env)
{
  if (auto config = xdg_dir(env, "XDG_CONFIG_HOME", ".config")) {
    return *config / "stretch" / "routines";
  }
  return std::nullopt;
}

} // namespace stretch::library
