// SPDX-License-Identifier: MIT
// The history as a whole, each session once.
#include "history/reader.h"

#include "history/seen_sessions.h"
#include "i18n/format.h"
#include "util/xdg.h"

#include <fmt/format.h>

namespace stretch::history {
namespace {

// How a file's sessions are checked against those already read.
enum class Dedupe
{
  none,   // the only file
  insert, // a copy: its sessions are remembered, to be found again
  lookup, // a device's own file: each of its sessions is there once; those moved in from an
          // older log are remembered, for the copies of older logs read after it
};

// The files of a history folder, in the order they are read.
enum class Group
{
  copy,       // a copy of a device's file, of this format
  own,        // a device's own file
  older_copy, // a copy of an older log (or a file without a header)
};

// Reads one file, of the `format` its header names, into `report`, each session not yet
// `seen` to `each`; the message when it cannot be read.
std::optional<std::string> read_file(const LogPath& file, std::optional<int> format, bool conflict,
                                     const LogParser::OnRecord& each, std::optional<Seconds> since, Dedupe dedupe,
                                     SeenSessions& seen, ReadReport& report)
{
  if (format && *format > k_format_version) {
    report.skipped.push_back({file.path, i18n::trf("written in format {format}, newer than this stretch reads ({known}): "
                                                   "update stretch to count its sessions",
                                                   fmt::arg("format", *format), fmt::arg("known", k_format_version))});
    return std::nullopt;
  }
  const auto counted = [&](const SessionRecord& record, std::string_view line) {
    bool again = false;
    if (dedupe == Dedupe::insert) {
      again = !seen.insert(record.device, record.session);
    } else if (dedupe == Dedupe::lookup) {
      again = seen.contains(record.device, record.session);
      if (!again && record.session.starts_with(k_legacy_id_mark)) {
        seen.insert(record.device, record.session); // moved in from an older log
      }
    }
    if (again) {
      ++report.duplicates;
      return;
    }
    ++report.sessions;
    each(record, line);
  };
  const auto read = since ? read_recent(file, *since, counted) : read_log(file, counted);
  if (!read) {
    return read.error();
  }
  ++report.files;
  report.conflict_copies += conflict ? 1 : 0;
  if (read->skipped > 0) {
    report.with_skipped.push_back({file.path, *read});
  }
  return std::nullopt;
}

} // namespace

std::optional<Place> history_place(const util::EnvLookup& env, const std::optional<std::string>& history_dir)
{
  auto log = log_path(env);
  if (!log) {
    return std::nullopt;
  }
  if (log->named || !history_dir || history_dir->empty()) {
    return Place{std::move(*log)};
  }
  std::filesystem::path folder = *history_dir;
  if (history_dir->starts_with("~/") || *history_dir == "~") {
    const char* home = env("HOME");
    if (home == nullptr || home[0] == '\0') {
      return std::nullopt;
    }
    folder = std::filesystem::path(home) / history_dir->substr(std::min<std::size_t>(2, history_dir->size()));
  }
  return Place{std::move(*log), folder.lexically_normal()};
}

util::Expected<ReadReport> read_history(const Place& place, const LogParser::OnRecord& each, std::optional<Seconds> since)
{
  ReadReport report;
  SeenSessions seen;
  if (!place.folder) {
    // One log: no session is in it twice, and nothing to keep in memory.
    if (auto problem = read_file(place.log, log_format(place.log), false, each, since, Dedupe::none, seen, report)) {
      return util::Unexpected{std::move(*problem)};
    }
    return report;
  }
  const auto files = folder_files(*place.folder, report.files_left_out);
  if (!files) {
    return util::Unexpected{files.error()};
  }
  // The copies of this format first, each session remembered; then the devices' own files,
  // which only their device appends to and so hold each session once, checked against the
  // copies alone; then copies of older logs, whose sessions have no device: the same
  // sessions moved into a device's own file count there, with their device. Memory grows
  // with the copies and the sessions moved in from older logs, not with the history.
  std::vector<std::optional<int>> formats(files->size());
  std::vector<Group> groups(files->size());
  for (std::size_t i = 0; i < files->size(); ++i) {
    const FolderFile& file = (*files)[i];
    formats[i] = log_format({file.path, false});
    groups[i] = file.own ? Group::own : formats[i] && *formats[i] >= k_format_version ? Group::copy : Group::older_copy;
  }
  for (const Group group : {Group::copy, Group::own, Group::older_copy}) {
    for (std::size_t i = 0; i < files->size(); ++i) {
      if (groups[i] != group) {
        continue;
      }
      const FolderFile& file = (*files)[i];
      if (auto problem = read_file({file.path, false}, formats[i], file.conflict, each, since,
                                   group == Group::own ? Dedupe::lookup : Dedupe::insert, seen, report)) {
        report.skipped.push_back({file.path, std::move(*problem)}); // the others still count
      }
    }
  }
  return report;
}

} // namespace stretch::history
