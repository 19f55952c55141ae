// SPDX-License-Identifier: MIT
// A device's log, moved into a history folder.
#include "history/move.h"

#include "history/seen_sessions.h"
#include "i18n/format.h"

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <sys/stat.h>

namespace stretch::history {
namespace {

// The lines copied are written in pieces of about this size.
constexpr std::size_t k_piece = 1024 * 1024;

} // namespace

LogPath device_log(const Place& place, const Device& device)
{
  return place.folder ? LogPath{*place.folder / device_file_name(device), false} : place.log;
}

util::Expected<std::optional<Moved>> move_log_into_folder(const Place& place, const Device& device)
{
  struct stat info = {};
  if (!place.folder || ::lstat(place.log.path.c_str(), &info) != 0) {
    return std::optional<Moved>{};
  }
  const LogPath to = device_log(place, device);
  Moved moved{0, 0, place.log.path, to.path};
  // The sessions this device's file holds already (a log moved before, then restored): not
  // copied again, so that the file holds each session once.
  SeenSessions there;
  if (const auto read = read_log(to, [&](const SessionRecord& record, std::string_view) { there.insert(record.device, record.session); });
      !read) {
    return util::Unexpected{
      i18n::trf("cannot read {file}: {reason}", fmt::arg("file", to.path.string()), fmt::arg("reason", read.error()))};
  }
  std::string piece;
  std::optional<std::string> failed;
  const auto write_piece = [&] {
    if (!piece.empty() && !failed) {
      piece.pop_back(); // append_line ends it
      if (const auto written = append_line(to, piece); !written) {
        failed = written.error();
      }
    }
    piece.clear();
  };
  const auto read = read_log(place.log, [&](const SessionRecord& record, std::string_view) {
    if (there.contains(record.device.empty() ? device.id : record.device, record.session)) {
      ++moved.already;
      return;
    }
    SessionRecord copy = record; // its session id kept, or made from its line
    if (copy.device.empty()) {
      copy.device = device.id;
      copy.device_name = device.name;
    }
    piece += format_record(copy);
    piece += '\n';
    ++moved.sessions;
    if (piece.size() >= k_piece) {
      write_piece();
    }
  });
  if (!read) {
    return util::Unexpected{
      i18n::trf("cannot read {file}: {reason}", fmt::arg("file", place.log.path.string()), fmt::arg("reason", read.error()))};
  }
  write_piece();
  if (failed) {
    return util::Unexpected{*failed};
  }
  const std::filesystem::path renamed = place.log.path.string() + std::string(k_moved_suffix);
  if (::rename(place.log.path.c_str(), renamed.c_str()) != 0) {
    return util::Unexpected{i18n::trf("cannot rename {file} to {name}: {reason}", fmt::arg("file", place.log.path.string()),
                                      fmt::arg("name", renamed.string()), fmt::arg("reason", std::strerror(errno)))};

  }
  moved.from = renamed;
  return std::optional<Moved>{std::move(moved)};
}

} // namespace stretch::history
