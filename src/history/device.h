// SPDX-License-Identifier: MIT
// This device, as the history knows it: a random id made once and kept in the state folder
// (never in a synced one, so that two devices never share it), and an optional name the
// user gives it (`device = phone`).
#pragma once

#include "util/expected.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace stretch::history {

/// The longest name of a device.
inline constexpr std::size_t k_max_device_name = 32;

/// A device whose sessions the history holds.
struct Device
{
  std::string id;   // `is_id`: letters and digits
  std::string name; // "" for none
};

/// Why `name` cannot name a device (it names a file too): 1 to `k_max_device_name`
/// letters, digits, `-`, `_` and `.`, not starting with `.` or `-`; nullopt when it can.
std::optional<std::string> check_device_name(std::string_view name);

/// This device: its id from `state/device-id`, made there (0600) the first time, and
/// `name`. Fails with a message naming the file when it cannot be read or made.
util::Expected<Device> this_device(const std::filesystem::path& state, std::string name);

/// The file of `device` in a history folder: `NAME-ID8.tsv`, or `ID.tsv` without a name.
std::string device_file_name(const Device& device);

} // namespace stretch::history
