// Finds routines by name: the user's own folder first, then the built-ins.
#include "library/library.h"

#include "error.h"
#include "routine/name.h"
#include "routine/parser.h"
#include "routine/source_lines.h"
#include "util/edit_distance.h"
#include "util/file.h"

#include <algorithm>
#include <fmt/format.h>
#include <system_error>

namespace stretch::library {

namespace fs = std::filesystem;

bool is_path_argument(std::string_view argument)
{
  return argument.find('/') != std::string_view::npos
         || (argument.size() > k_extension.size() && argument.ends_with(k_extension));
}

Library::Library(std::span<const BuiltinRoutine> builtins, std::optional<fs::path> user_dir)
  : m_builtins(builtins), m_user_dir(std::move(user_dir))
{
}

std::vector<Entry> Library::user_entries() const
{
  std::vector<Entry> entries;
  if (!m_user_dir) {
    return entries;
  }
  std::error_code ec;
  for (fs::directory_iterator it(*m_user_dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    const std::string file_name = path.filename().string();
    if (!file_name.ends_with(k_extension) || !it->is_regular_file(ec)) {
      continue;
    }
    std::string name = file_name.substr(0, file_name.size() - k_extension.size());
    if (routine::check_routine_name(name)) {
      continue; // `.hidden.stretch` and the like are not routines
    }
    entries.push_back(Entry{std::move(name), Origin::user, path, {}, false});
  }
  return entries;
}

std::vector<Entry> Library::entries() const
{
  std::vector<Entry> entries = user_entries();
  for (Entry& entry : entries) {
    entry.overrides_builtin = std::any_of(m_builtins.begin(), m_builtins.end(),
                                          [&](const BuiltinRoutine& b) { return b.name == entry.name; });
  }
  for (const BuiltinRoutine& builtin : m_builtins) {
    const bool overridden = std::any_of(entries.begin(), entries.end(),
                                        [&](const Entry& e) { return e.name == builtin.name; });
    if (!overridden) {
      entries.push_back(Entry{std::string(builtin.name), Origin::builtin, {}, builtin.text, false});
    }
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.name < b.name; });
  return entries;
}

std::optional<Entry> Library::find_entry(std::string_view name) const
{
  const std::vector<Entry> all = entries();
  for (const Entry& entry : all) {
    if (entry.name == name) {
      return entry;
    }
  }
  // Aliases are only known by reading the files, so look at them only when no name matched.
  for (const Origin origin : {Origin::user, Origin::builtin}) {
    for (const Entry& entry : all) {
      if (entry.origin != origin) {
        continue;
      }
      const auto aliases = aliases_of(entry);
      if (std::find(aliases.begin(), aliases.end(), name) != aliases.end()) {
        return entry;
      }
    }
  }
  return std::nullopt;
}

util::Expected<routine::SourceFile> Library::read(const Entry& entry) const
{
  if (entry.origin == Origin::builtin) {
    return routine::SourceFile{entry.name, fmt::format("<built-in>/{}{}", entry.name, k_extension),
                               std::string(entry.builtin_text)};
  }
  auto text = util::read_file(entry.path, routine::k_max_file_size);
  if (!text) {
    return util::Unexpected{text.error()};
  }
  return routine::SourceFile{entry.name, entry.path.string(), std::move(*text)};
}

std::vector<std::string> Library::aliases_of(const Entry& entry) const
{
  const auto file = read(entry);
  if (!file) {
    return {};
  }
  return routine::parse_routine(file->text, file->display).routine.aliases;
}

std::optional<routine::SourceFile> Library::find(std::string_view name) const
{
  const auto entry = find_entry(name);
  if (!entry) {
    return std::nullopt;
  }
  auto file = read(*entry);
  if (!file) {
    throw Error(fmt::format("{}: {}", entry->path.string(), file.error()));
  }
  return std::move(*file);
}

std::vector<std::string> Library::names() const
{
  std::vector<std::string> names;
  for (const Entry& entry : entries()) {
    names.push_back(entry.name);
    for (std::string& alias : aliases_of(entry)) {
      names.push_back(std::move(alias));
    }
  }
  return names;
}

util::Expected<routine::SourceFile> Library::read_path(std::string_view path)
{
  auto text = util::read_file(fs::path(path), routine::k_max_file_size);
  if (!text) {
    return util::Unexpected{text.error()};
  }
  return routine::SourceFile{fs::path(path).stem().string(), std::string(path), std::move(*text)};
}

routine::SourceFile Library::resolve(std::string_view argument) const
{
  if (is_path_argument(argument)) {
    auto file = read_path(argument);
    if (!file) {
      throw Error(fmt::format("{}: {}", argument, file.error()));
    }
    return std::move(*file);
  }
  if (auto file = find(argument)) {
    return std::move(*file);
  }
  const std::string suggestion = util::did_you_mean(argument, names());
  throw UsageError(fmt::format("no routine named `{}`{}", argument,
                               suggestion.empty() ? "; `stretch list` shows them all" : suggestion));
}

} // namespace stretch::library
