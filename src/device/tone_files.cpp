// SPDX-License-Identifier: MIT
// The tones as WAV files in the user's cache folder, where a sound player can read them.
#include "device/tone_files.h"

#include "util/file.h"

namespace stretch::device {

util::Expected<ToneFiles> write_tone_files(const std::filesystem::path& folder)
{
  constexpr std::size_t k_largest = 1024 * 1024;
  ToneFiles files;
  for (std::size_t i = 0; i < k_tones.size(); ++i) {
    files[i] = folder / tone_file_name(k_tones[i]);
    const std::string bytes = wav_bytes(k_tones[i]);
    if (const auto there = util::read_file(files[i], k_largest); there && *there == bytes) {
      continue;
    }
    if (const auto written = util::write_file(files[i], bytes, true); !written) {
      return util::Unexpected{written.error()};
    }
  }
  return files;
}

} // namespace stretch::device
