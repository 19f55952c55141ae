// SPDX-License-Identifier: MIT
// The tones as WAV files in the user's cache folder, where a sound player can read them.
#pragma once

#include "device/tones.h"
#include "util/expected.h"

#include <array>
#include <filesystem>

namespace stretch::device {

/// The path of each tone's file, in the order of `k_tones`.
using ToneFiles = std::array<std::filesystem::path, k_tones.size()>;

/// The folder under the cache folder (`$XDG_CACHE_HOME/stretch`) that holds the tones: its
/// name changes whenever the tones do, so an old copy is never played.
inline constexpr std::string_view k_tone_folder = "tones-2";

/// Writes each tone to `folder` (making it) unless a file there already holds exactly
/// its bytes: written once, then only read. A file is replaced in one step, never left
/// half-written. Fails with a message naming what could not be written.
util::Expected<ToneFiles> write_tone_files(const std::filesystem::path& folder);

} // namespace stretch::device
