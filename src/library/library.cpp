// SPDX-License-Identifier: MIT
// Finds routines by name: the user's own folder first, then the folders of routines
// installed for the user or for everyone, then the built-ins.
#include "library/library.h"

#include "error.h"
#include "i18n/format.h"
#include "routine/name.h"
#include "routine/source_lines.h"
#include "util/edit_distance.h"
#include "util/file.h"
#include "util/strings.h"
#include "util/terminal_text.h"

#include <algorithm>
#include <iterator>
#include <fmt/format.h>
#include <sys/stat.h>
#include <system_error>

namespace stretch::library {

namespace fs = std::filesystem;

bool is_path_argument(std::string_view argument)
{
  if (argument.find('/') != std::string_view::npos
      || (argument.size() > k_extension.size() && argument.ends_with(k_extension))) {
    return true;
  }
  struct stat info = {};
  return !argument.empty() && ::stat(std::string(argument).c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

Library::Library(std::span<const BuiltinRoutine> builtins, std::vector<Folder> folders)
  : m_builtins(builtins), m_folders(std::move(folders))
{
  for (const Folder& folder : m_folders) {
    if (folder.origin == Origin::user) {
      m_user_dir = folder.path;
      break;
    }
  }
}

Library::Library(std::span<const BuiltinRoutine> builtins, std::optional<fs::path> user_dir)
  : Library(builtins, user_dir ? std::vector<Folder>{{*user_dir, Origin::user}} : std::vector<Folder>{})
{
}

bool Library::read_folder(const Folder& folder, std::size_t rank, std::vector<Entry>& entries) const
{
  // The first `k_max_user_routines` file names in name order, kept in a heap as the folder
  // is read: however many entries a folder holds, what is kept, and what is looked at
  // closer (stat), stays within the limit.
  std::vector<std::string> names;
  bool over = false;
  std::error_code ec;
  for (fs::directory_iterator it(folder.path, ec), end; !ec && it != end; it.increment(ec)) {
    std::string file_name = it->path().filename().string();
    if (!file_name.ends_with(k_extension) || file_name.front() == '.') {
      continue; // not a routine file, or a hidden one (an editor's lock file, say)
    }
    if (names.size() < k_max_user_routines) {
      names.push_back(std::move(file_name));
      std::push_heap(names.begin(), names.end());
    } else {
      over = true;
      if (file_name < names.front()) {
        std::pop_heap(names.begin(), names.end());
        names.back() = std::move(file_name);
        std::push_heap(names.begin(), names.end());
      }
    }
  }
  std::sort(names.begin(), names.end());
  for (const std::string& file_name : names) {
    const fs::path path = folder.path / file_name;
    std::string name = file_name.substr(0, file_name.size() - k_extension.size());
    std::error_code type_ec;
    const fs::file_status status = fs::status(path, type_ec);
    if (!fs::is_regular_file(status)) {
      m_skipped.push_back({std::move(name), path,
                           fs::is_directory(status)                    ? i18n::tr("a folder, not a routine file")
                           : status.type() == fs::file_type::not_found ? i18n::tr("a link to nothing")
                                                                       : i18n::tr("not a regular file")});
    } else if (const auto problem = routine::check_routine_name(name)) {
      m_skipped.push_back({std::move(name), path, *problem});
    } else {
      entries.push_back(Entry{std::move(name), folder.origin, path, {}, {}, false, rank});
    }
  }
  return !over;
}

const std::vector<Entry>& Library::entries() const
{
  if (m_entries) {
    return *m_entries;
  }
  // Every routine file of every folder in order of precedence, then the built-ins; the
  // first of each name is used, and says what it hides.
  std::vector<Entry> all;
  m_skipped.clear();
  m_truncated.clear();
  for (std::size_t rank = 0; rank < m_folders.size(); ++rank) {
    if (!read_folder(m_folders[rank], rank, all)) {
      m_truncated.push_back(m_folders[rank].path);
    }
  }
  for (const BuiltinRoutine& builtin : m_builtins) {
    all.push_back(Entry{std::string(builtin.name), Origin::builtin, {}, builtin.text, {}, false, m_folders.size()});
  }
  std::stable_sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
  std::vector<Entry> entries;
  for (Entry& entry : all) {
    if (entries.empty() || entries.back().name != entry.name) {
      entries.push_back(std::move(entry));
    } else if (entry.origin == Origin::builtin) {
      entries.back().hides_builtin = true;
    } else {
      entries.back().hides.push_back(entry.path);
    }
  }
  std::sort(m_skipped.begin(), m_skipped.end(), [](const Skipped& a, const Skipped& b) { return a.path < b.path; });
  m_entries = std::move(entries);
  return *m_entries;
}

const std::vector<fs::path>& Library::truncated() const
{
  entries();
  return m_truncated;
}

const std::vector<Skipped>& Library::skipped() const
{
  entries();
  return m_skipped;
}

util::Expected<std::shared_ptr<const routine::ParsedFile>> Library::parsed(const Entry& entry) const
{
  if (const auto known = m_files.find(entry.name); known != m_files.end()) {
    return known->second;
  }
  util::Expected<std::shared_ptr<const routine::ParsedFile>> result = util::Unexpected{""};
  if (entry.origin == Origin::builtin) {
    result = routine::parse_file({entry.name, fmt::format("<built-in>/{}{}", entry.name, k_extension),
                                  std::string(entry.builtin_text)});
  } else if (auto text = util::read_file(entry.path, routine::k_max_file_size)) {
    result = routine::parse_file({entry.name, entry.path.string(), std::move(*text)});
  } else {
    result = util::Unexpected{text.error()};
  }
  return m_files.emplace(entry.name, std::move(result)).first->second;
}

const std::map<std::string, std::vector<const Entry*>>& Library::alias_index() const
{
  if (!m_aliases) {
    std::map<std::string, std::vector<const Entry*>> index;
    for (const Entry& entry : entries()) {
      if (const auto file = parsed(entry)) {
        for (const routine::AliasName& alias : (*file)->parsed.routine.aliases) {
          index[alias.name].push_back(&entry);
        }
      }
    }
    for (auto& [alias, owners] : index) {
      // The owner of the earliest folder first, in name order within a folder.
      std::stable_sort(owners.begin(), owners.end(), [](const Entry* a, const Entry* b) { return a->rank < b->rank; });
    }
    m_aliases = std::move(index);
  }
  return *m_aliases;
}

std::optional<Entry> Library::find_entry(std::string_view name) const
{
  const std::vector<Entry>& all = entries();
  const auto by_name = std::lower_bound(all.begin(), all.end(), name,
                                        [](const Entry& e, std::string_view n) { return e.name < n; });
  if (by_name != all.end() && by_name->name == name) {
    return *by_name;
  }
  const auto& index = alias_index();
  const auto alias = index.find(std::string(name));
  if (alias == index.end()) {
    return std::nullopt;
  }
  const std::vector<const Entry*>& owners = alias->second;
  if (owners.size() > 1 && owners[0]->rank == owners[1]->rank) {
    std::vector<std::string> names;
    for (const Entry* owner : owners) {
      if (owner->rank == owners[0]->rank) {
        names.push_back(owner->name);
      }
    }
    throw UsageError(i18n::trf("`{alias}` is an alias of {count} routines: {routines}; rename the alias in one of them",
                               fmt::arg("alias", name), fmt::arg("count", names.size()),
                               fmt::arg("routines", util::join(names, ", "))));
  }
  return *owners.front(); // an earlier folder's wins
}

std::shared_ptr<const routine::ParsedFile> Library::find(std::string_view name) const
{
  const auto entry = find_entry(name);
  if (!entry) {
    for (const Skipped& skipped : m_skipped) {
      if (skipped.name == name) {
        throw Error(fmt::format("{}: {}", skipped.path.string(), skipped.why));
      }
    }
    return nullptr;
  }
  auto file = parsed(*entry);
  if (!file) {
    throw Error(fmt::format("{}: {}", entry->path.string(), file.error()));
  }
  return *file;
}

std::vector<std::string> Library::names() const
{
  std::vector<std::string> names;
  for (const Entry& entry : entries()) {
    names.push_back(entry.name);
  }
  for (const auto& [alias, owners] : alias_index()) {
    names.push_back(alias);
  }
  return names;
}

std::optional<std::string_view> Library::builtin_called(std::string_view name) const
{
  for (const BuiltinRoutine& builtin : m_builtins) {
    if (builtin.name == name) {
      return builtin.name;
    }
  }
  for (const BuiltinRoutine& builtin : m_builtins) {
    const auto file = routine::parse_file({std::string(builtin.name), "", std::string(builtin.text)});
    for (const routine::AliasName& alias : file->parsed.routine.aliases) {
      if (alias.name == name) {
        return builtin.name;
      }
    }
  }
  return std::nullopt;
}

std::vector<std::string> Library::includers(std::string_view name) const
{
  std::vector<std::string> found;
  const auto entry = find_entry(name);
  for (const Entry& other : entries()) {
    const auto file = parsed(other);
    if (!file || other.name == name) {
      continue;
    }
    for (const auto& item : (*file)->parsed.routine.items) {
      const auto* include = std::get_if<routine::Include>(&item);
      if (include != nullptr && (include->name == name || (entry && include->name == entry->name))) {
        found.push_back(other.name);
        break;
      }
    }
  }
  return found;
}

std::vector<routine::Diagnostic> Library::check_aliases(const routine::ParsedFile& file) const
{
  std::vector<routine::Diagnostic> problems;
  const auto& aliases = file.parsed.routine.aliases;
  if (aliases.empty() || file.source.display.starts_with("<built-in>/")) {
    return problems; // the built-ins are known to agree; one of the user's may shadow them
  }
  const std::vector<Entry>& all = entries();
  // Its own place: a file of a folder ranks as that folder; one given by its path, first.
  const auto self = std::find_if(all.begin(), all.end(), [&](const Entry& e) {
    return e.name == file.source.name && !e.path.empty() && e.path.string() == file.source.display;
  });
  const std::size_t rank = self != all.end() ? self->rank : 0;
  const auto where = [&](const Entry& entry) {
    return entry.origin == Origin::builtin ? std::string(i18n::tr("built-in")) : entry.path.string();
  };
  for (const routine::AliasName& alias : aliases) {
    const auto named = std::find_if(all.begin(), all.end(), [&](const Entry& e) { return e.name == alias.name; });
    if (named != all.end() && named->name != file.source.name) {
      problems.push_back({file.source.display, alias.line, alias.column,
                          i18n::trf("alias `{alias}` is ignored: it is the name of a routine ({where}), which keeps it",
                                    fmt::arg("alias", alias.name), fmt::arg("where", where(*named))),
                          routine::Severity::warning});
      continue;
    }
    const auto owners = alias_index().find(alias.name);
    if (owners == alias_index().end()) {
      continue;
    }
    for (const Entry* owner : owners->second) {
      if (owner->name == file.source.name || owner->rank > rank) {
        continue; // itself, or of a later folder, over which this one wins
      }
      if (owner->rank == rank) {
        problems.push_back({file.source.display, alias.line, alias.column,
                            i18n::trf("alias `{alias}` is also an alias of routine `{routine}`", fmt::arg("alias", alias.name),
                                      fmt::arg("routine", owner->name))});
      } else {
        problems.push_back({file.source.display, alias.line, alias.column,
                            i18n::trf("alias `{alias}` is ignored: routine `{routine}` ({where}) has it, and wins",
                                      fmt::arg("alias", alias.name), fmt::arg("routine", owner->name),
                                      fmt::arg("where", where(*owner))),
                            routine::Severity::warning});
      }
      break;
    }
  }
  return problems;
}

util::Expected<routine::SourceFile> Library::read_path(std::string_view path)
{
  auto text = util::read_file(fs::path(path), routine::k_max_file_size);
  if (!text) {
    return util::Unexpected{text.error()};
  }
  std::string name = fs::path(path).filename().string();
  if (name.size() > k_extension.size() && name.ends_with(k_extension)) {
    name.resize(name.size() - k_extension.size());
  }
  return routine::SourceFile{std::move(name), std::string(path), std::move(*text)};
}

std::shared_ptr<const routine::ParsedFile> Library::resolve(std::string_view argument,
                                                            std::span<const std::string_view> also) const
{
  if (is_path_argument(argument)) {
    auto file = read_path(argument);
    if (!file) {
      throw Error(fmt::format("{}: {}", argument, file.error()));
    }
    return routine::parse_file(std::move(*file));
  }
  if (auto file = find(argument)) {
    return file;
  }
  std::vector<std::string> candidates = names();
  std::vector<std::string> same; // the names it is, but for case
  for (const std::string& name : candidates) {
    if (util::iequals(name, argument)) {
      same.push_back(name);
    }
  }
  if (same.size() == 1) {
    return find(same.front());
  }
  if (same.size() > 1) {
    throw UsageError(i18n::trf("`{name}` is the name of {count} routines but for case: {routines}; type it as one of them",
                               fmt::arg("name", util::terminal_safe(argument)), fmt::arg("count", same.size()),
                               fmt::arg("routines", util::terminal_safe(util::join(same, ", ")))));
  }
  candidates.insert(candidates.end(), also.begin(), also.end());
  const std::string suggestion = util::did_you_mean(argument, candidates);
  const std::string limit =
    truncated().empty() ? ""
                        : ' ' + i18n::trf("(of the routine files of {folder}, only the first {count} are read)",
                                          fmt::arg("folder", truncated().front().string()),
                                          fmt::arg("count", k_max_user_routines));
  throw UsageError(i18n::trf("no routine named `{name}`", fmt::arg("name", argument)) + limit
                   + (suggestion.empty() ? std::string(i18n::tr("; `stretch list` shows them all")) : suggestion));

}

void Library::forget() const
{
  m_entries.reset();
  m_files.clear();
  m_aliases.reset();
}

} // namespace stretch::library
