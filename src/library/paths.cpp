// SPDX-License-Identifier: MIT
// Where the user's routines live: the XDG base directories, read from the environment.
#include "library/paths.h"

#include "util/process.h"
#include "util/strings.h"
#include "util/xdg.h"

#include <algorithm>


namespace stretch::library {

std::optional<std::filesystem::path> user_routine_dir(const EnvLookup& env)
{
  if (auto config = util::config_dir(env)) {
    return *config / "routines";
  }
  return std::nullopt;
}

std::vector<Folder> routine_folders(const EnvLookup& env)
{
  std::vector<Folder> folders;
  // Each folder once: as strings, normalized only when a `.`, `..` or `//` asks for it (a
  // path's parts cost more to take apart than the rest of a quick command).
  const auto add = [&](std::string folder, Origin origin) {
    if (folder.find("/.") != std::string::npos || folder.find("//") != std::string::npos) {
      folder = std::filesystem::path(folder).lexically_normal().string();
    }
    while (folder.size() > 1 && folder.back() == '/') {
      folder.pop_back();
    }
    if (std::none_of(folders.begin(), folders.end(), [&](const Folder& f) { return f.path.native() == folder; })) {
      folders.push_back({std::move(folder), origin});
    }
  };
  if (auto user = user_routine_dir(env)) {
    add(user->string(), Origin::user);
  }
  if (auto data = util::xdg_dir(env, "XDG_DATA_HOME", ".local/share")) {
    add(data->string() + "/stretch/routines", Origin::installed);
  }
  const char* dirs = env("XDG_DATA_DIRS");
  const std::string_view list = dirs != nullptr && dirs[0] != '\0' ? dirs : "/usr/local/share:/usr/share";
  for (const std::string_view dir : util::split_list(list, ':')) {
    if (!dir.empty() && dir.front() == '/') {
      add(std::string(dir) + "/stretch/routines", Origin::installed);
    }
  }
  return folders;
}

namespace {

// The running program's file, as well as it can be found.
std::optional<std::filesystem::path> program_path(std::string_view argv0, const EnvLookup& env)
{
  std::error_code ec;
  if (auto self = std::filesystem::read_symlink("/proc/self/exe", ec); !ec) {
    return self;
  }
  if (argv0.find('/') != std::string_view::npos) {
    return std::filesystem::weakly_canonical(std::filesystem::path(argv0), ec);
  }
  const char* path = env("PATH");
  if (const auto found = util::find_program(argv0, path != nullptr ? path : "")) {
    return std::filesystem::weakly_canonical(*found, ec);
  }
  return std::nullopt;
}

} // namespace

#ifndef STRETCH_EXAMPLES_DIR
#define STRETCH_EXAMPLES_DIR "share/doc/stretch/examples"
#define STRETCH_FULL_EXAMPLES_DIR "/usr/local/share/doc/stretch/examples"
#endif
#ifndef STRETCH_LOCALE_DIR
#define STRETCH_LOCALE_DIR "share/locale"
#define STRETCH_FULL_LOCALE_DIR "/usr/local/share/locale"
#endif

std::optional<std::filesystem::path> installed_routine_dir(std::string_view argv0, const EnvLookup& env)
{
  std::error_code ec;
  if (const auto program = program_path(argv0, env)) {
    const auto beside = (program->parent_path().parent_path() / STRETCH_EXAMPLES_DIR).lexically_normal();
    if (std::filesystem::is_directory(beside, ec)) {
      return beside;
    }
  }
  const std::filesystem::path configured = STRETCH_FULL_EXAMPLES_DIR;
  if (std::filesystem::is_directory(configured, ec)) {
    return configured;
  }
  return std::nullopt;
}

std::filesystem::path installed_locale_dir(std::string_view argv0, const EnvLookup& env)
{
  std::error_code ec;
  if (const auto program = program_path(argv0, env)) {
    // Installed: ../share/locale; in its build tree: locale beside it.
    for (const auto& beside : {program->parent_path().parent_path() / STRETCH_LOCALE_DIR, program->parent_path() / "locale"}) {
      if (std::filesystem::is_directory(beside.lexically_normal(), ec)) {
        return beside.lexically_normal();
      }
    }
  }
  return STRETCH_FULL_LOCALE_DIR;
}

} // namespace stretch::library
