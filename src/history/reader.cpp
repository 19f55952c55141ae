// SPDX-License-Identifier: MIT
// The history as a whole, each session once.
#include "history/reader.h"

#include "history/seen_sessions.h"
#include "util/xdg.h"

#include <fmt/format.h>

namespace stretch::history {
namespace {

// How a file's sessions are checked against those already read.
enum class Dedupe
{
  none,   // the only file
  insert, // a copy: its sessions are remembered, to be found again
  lookup, // a device's own file, read last: each of its sessions is there once
};

// Reads one file into `report`, each session not yet `seen` to `each`; the message when
// it cannot be read.
std::optional<std::string> read_file(const LogPath& file, bool conflict, const LogParser::OnRecord& each,
                                     std::optional<Seconds> since, Dedupe dedupe, SeenSessions& seen,
                                     ReadReport& report)
{
  if (const auto format = log_format(file); format && *format > k_format_version) {
    report.skipped.push_back({file.path, fmt::format("written in format {}, newer than this stretch reads ({}): "
                                                     "update stretch to count its sessions",
                                                     *format, k_format_version)});
    return std::nullopt;
  }
  const auto counted = [&](const SessionRecord& record, std::string_view line) {
    const bool again = dedupe == Dedupe::insert ? !seen.insert(record.device, record.session)
                       : dedupe == Dedupe::lookup ? seen.contains(record.device, record.session)
                                                  : false;
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
    if (auto problem = read_file(place.log, false, each, since, Dedupe::none, seen, report)) {
      return util::Unexpected{std::move(*problem)};
    }
    return report;
  }
  const auto files = folder_files(*place.folder, report.files_left_out);
  if (!files) {
    return util::Unexpected{files.error()};
  }
  // The copies first, each session remembered; then the devices' own files, which only
  // their device appends to and so hold each session once, checked against the copies
  // alone. Memory grows with the copies, not with the history: none when sync left none.
  for (const bool own : {false, true}) {
    for (const FolderFile& file : *files) {
      if (file.own != own) {
        continue;
      }
      if (auto problem = read_file({file.path, false}, file.conflict, each, since,
                                   own ? Dedupe::lookup : Dedupe::insert, seen, report)) {
        report.skipped.push_back({file.path, std::move(*problem)}); // the others still count
      }
    }
  }
  return report;
}

} // namespace stretch::history
