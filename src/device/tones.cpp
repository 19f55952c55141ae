// SPDX-License-Identifier: MIT
// The tones a session plays, synthesized here: no sound file ships with stretch.
#include "device/tones.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <numbers>
#include <vector>

namespace stretch::device {
namespace {

constexpr int k_rate = 22'050;
constexpr double k_peak = 0.89; // of full scale: -1 dBFS, loud enough for a road, and never clipped
constexpr double k_fade_ms = 6.0;

// One note: a frequency (0 for silence) held for some milliseconds.
struct Note
{
  double hertz;
  int ms;
};

// One row per tone: what it marks, its file, its notes. Every note is at least 150 ms, so
// that a pip is heard over traffic.
struct ToneRow
{
  Tone tone;
  std::string_view file;
  std::initializer_list<Note> notes;
};

const ToneRow k_rows[] = {
  {Tone::pip, "pip.wav", {{1000, 150}}},
  {Tone::hold, "hold.wav", {{660, 150}, {0, 20}, {990, 200}}},
  {Tone::relax, "relax.wav", {{880, 150}, {0, 20}, {587, 220}}},
  {Tone::switch_sides, "switch.wav", {{784, 150}, {0, 20}, {1047, 150}, {0, 20}, {784, 150}, {0, 20}, {1047, 180}}},
  {Tone::attention, "attention.wav", {{1175, 150}, {0, 70}, {1175, 150}}},
  {Tone::pause, "pause.wav", {{698, 150}, {0, 30}, {523, 150}, {0, 30}, {392, 240}}},
  {Tone::end, "end.wav", {{523, 150}, {659, 150}, {784, 150}, {1047, 360}}},
};

const ToneRow& row_of(Tone tone)
{
  for (const ToneRow& row : k_rows) {
    if (row.tone == tone) {
      return row;
    }
  }
  return k_rows[0];
}

void put16(std::string& out, std::uint16_t value)
{
  out += static_cast<char>(value & 0xff);
  out += static_cast<char>(value >> 8);
}

void put32(std::string& out, std::uint32_t value)
{
  put16(out, static_cast<std::uint16_t>(value & 0xffff));
  put16(out, static_cast<std::uint16_t>(value >> 16));
}

// The samples of `note`, which starts `start_ms` into its tone, faded in and out: a sine
// with a little of its third harmonic. Counted from the tone's start, so that its notes add
// up to the tone's length to the sample.
void synthesize(std::vector<double>& samples, const Note& note, int start_ms)
{
  const int count = k_rate * (start_ms + note.ms) / 1000 - k_rate * start_ms / 1000;
  const double fade = k_rate * k_fade_ms / 1000.0;
  for (int i = 0; i < count; ++i) {
    double value = 0;
    if (note.hertz > 0) {
      const double phase = 2 * std::numbers::pi * note.hertz * i / k_rate;
      value = std::sin(phase) + 0.25 * std::sin(3 * phase);
      const double edge = std::min(i, count - 1 - i);
      value *= std::min(1.0, edge / fade);
    }
    samples.push_back(value);
  }
}

} // namespace

std::string_view tone_file_name(Tone tone)
{
  return row_of(tone).file;
}

util::Duration tone_length(Tone tone)
{
  int ms = 0;
  for (const Note& note : row_of(tone).notes) {
    ms += note.ms;
  }
  return util::Duration(ms);
}

std::string wav_bytes(Tone tone)
{
  std::vector<double> samples;
  int start_ms = 0;
  for (const Note& note : row_of(tone).notes) {
    synthesize(samples, note, start_ms);
    start_ms += note.ms;
  }
  // Scaled so that the loudest sample is at the peak: as loud as can be, never clipped.
  double loudest = 0;
  for (const double sample : samples) {
    loudest = std::max(loudest, std::abs(sample));
  }
  const double gain = loudest > 0 ? k_peak * 32767 / loudest : 0;
  const auto data_size = static_cast<std::uint32_t>(samples.size() * 2);
  std::string out = "RIFF";
  put32(out, 36 + data_size);
  out += "WAVEfmt ";
  put32(out, 16);                // the size of this chunk
  put16(out, 1);                 // PCM
  put16(out, 1);                 // mono
  put32(out, k_rate);            // samples a second
  put32(out, k_rate * 2);        // bytes a second
  put16(out, 2);                 // bytes a sample
  put16(out, 16);                // bits a sample
  out += "data";
  put32(out, data_size);
  for (const double sample : samples) {
    put16(out, static_cast<std::uint16_t>(static_cast<std::int16_t>(std::lround(sample * gain))));
  }
  return out;
}

} // namespace stretch::device
