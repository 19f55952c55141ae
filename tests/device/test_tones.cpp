// SPDX-License-Identifier: MIT
#include "device/tones.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <doctest/doctest.h>
#include <set>
#include <string>
#include <vector>

using namespace stretch;

namespace {

// The 16-bit samples of a WAV file made by `wav_bytes`.
std::vector<std::int16_t> samples_of(const std::string& wav)
{
  std::vector<std::int16_t> samples;
  for (std::size_t i = 44; i + 1 < wav.size(); i += 2) {
    samples.push_back(static_cast<std::int16_t>(static_cast<unsigned char>(wav[i]) | static_cast<unsigned char>(wav[i + 1]) << 8));
  }
  return samples;
}

} // namespace

TEST_SUITE_BEGIN("device/tones");

TEST_CASE("wav_bytes: a WAV file as long as the tone, peaking near -1 dBFS, never clipped")
{
  for (const device::Tone tone : device::k_tones) {
    CAPTURE(device::tone_file_name(tone));
    const std::string wav = device::wav_bytes(tone);
    CHECK(wav.starts_with("RIFF"));
    CHECK(wav.substr(8, 8) == "WAVEfmt ");
    const auto samples = samples_of(wav);
    CHECK(samples.size() == static_cast<std::size_t>(22'050 * device::tone_length(tone).count() / 1000));
    int peak = 0;
    for (const std::int16_t s : samples) {
      peak = std::max(peak, std::abs(static_cast<int>(s)));
    }
    const double dbfs = 20 * std::log10(peak / 32767.0);
    CHECK(dbfs > -1.5);
    CHECK(dbfs < -0.5); // loud, with room to spare: no sample at full scale
    CHECK(std::abs(samples.front()) < 200); // faded in: no click
    CHECK(std::abs(samples.back()) < 200);
  }
}

TEST_CASE("tone_length: every tone at least 150 ms, a pip exactly that, each with its own file")
{
  CHECK(device::tone_length(device::Tone::pip) == std::chrono::milliseconds(150));
  std::set<std::string_view> files;
  for (const device::Tone tone : device::k_tones) {
    CHECK(device::tone_length(tone) >= std::chrono::milliseconds(150));
    files.insert(device::tone_file_name(tone));
  }
  CHECK(files.size() == device::k_tones.size());
  CHECK(device::tone_file_name(device::Tone::pause) == "pause.wav");
}

TEST_SUITE_END();
