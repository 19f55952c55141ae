// SPDX-License-Identifier: MIT
// Reading whole files safely: never blocking on a FIFO, never reading without a limit.
#pragma once

#include "util/expected.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <sys/types.h>

namespace stretch::util {

/// The bytes of the regular file at `path`, when it holds at most `limit` bytes. Fails with
/// a message that does not name the file (callers do) when it is missing, unreadable, not a
/// regular file, or larger.
Expected<std::string> read_file(const std::filesystem::path& path, std::size_t limit);

/// What can be read from `fd` (a pipe, say) up to its end, when that is at most `limit`
/// bytes. Fails with a message when it cannot be read or is larger.
Expected<std::string> read_all(int fd, std::size_t limit);

/// Writes `text` to a new file at `path`, making its folder if need be: true. An existing
/// file is left alone (false) unless `replace`; then it is replaced in one step (a rename),
/// never left half-written. The file gets `mode` (0600 keeps it for the user alone). Fails with a
/// message naming what could not be done.
Expected<bool> write_file(const std::filesystem::path& path, std::string_view text, bool replace, mode_t mode = 0644);

/// Makes `folder` and the folders above it that are missing, each 0700 (private: they hold
/// what is recorded about the user's body). 0, or the errno of what failed.
int make_private_folders(const std::filesystem::path& folder);

/// `bytes` for people: `1 MiB`, `64 KiB`, `300 bytes`.
std::string format_size(std::size_t bytes);

} // namespace stretch::util
