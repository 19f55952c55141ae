// SPDX-License-Identifier: MIT
// A device's log, moved into a history folder once the user sets one: every session kept,
// none counted twice, however often it is done.
#pragma once

#include "history/device.h"
#include "history/reader.h"
#include "util/expected.h"

#include <filesystem>
#include <optional>

namespace stretch::history {

/// The suffix a log moved into a history folder is renamed with.
inline constexpr std::string_view k_moved_suffix = ".moved";

/// What moving a log came to.
struct Moved
{
  std::size_t sessions = 0; // copied
  std::size_t already = 0;  // left out: the file held them already
  std::filesystem::path from; // the log, now renamed with `k_moved_suffix`
  std::filesystem::path to;   // this device's file in the folder
};

/// Moves the sessions of `place.log` into `device`'s file of `place.folder`: copied, each
/// with its id (an older session's made from its line), those the file holds already left
/// out, then the log renamed with `k_moved_suffix`, so that it is moved once. nullopt
/// when there is nothing to move (no folder, no log). Fails with a message, the log left as
/// it was, when it cannot be read or the copy cannot be written.
util::Expected<std::optional<Moved>> move_log_into_folder(const Place& place, const Device& device);

/// The file `device` appends its sessions to at `place`: the log, or its own in the folder.
LogPath device_log(const Place& place, const Device& device);

} // namespace stretch::history
