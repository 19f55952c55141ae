// SPDX-License-Identifier: MIT
// The tones a session plays, synthesized here: no sound file ships with stretch.
#include "cue/tones.h"

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <numbers>
#include <vector>

namespace stretch::cue {
namespace {

constexpr int k_rate = 22'050;
constexpr double k_amplitude = 0.55; // of full scale: loud, with room for the harmonic
constexpr double k_fade_ms = 6.0;

// One note: a frequency (0 for silence) held for some milliseconds.
struct Note
{
  double hertz;
  int ms;
};

std::vector<Note> notes_of(Tone tone)
{
  switch (tone) {
  case Tone::pip:
    return {{1000, 90}};
  case Tone::hold:
    return {{660, 110}, {0, 20}, {990, 170}};
  case Tone::relax:
    return {{880, 120}, {0, 20}, {587, 200}};
  case Tone::switch_sides:
    return {{784, 100}, {0, 20}, {1047, 100}, {0, 20}, {784, 100}, {0, 20}, {1047, 140}};
  case Tone::attention:
    return {{1175, 110}, {0, 70}, {1175, 110}};
  case Tone::end:
    return {{523, 120}, {659, 120}, {784, 120}, {1047, 320}};
  }
  return {};
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

// The samples of `note`, faded in and out.
void synthesize(std::vector<std::int16_t>& samples, const Note& note)
{
  const int count = k_rate * note.ms / 1000;
  const double fade = k_rate * k_fade_ms / 1000.0;
  for (int i = 0; i < count; ++i) {
    double value = 0;
    if (note.hertz > 0) {
      const double phase = 2 * std::numbers::pi * note.hertz * i / k_rate;
      value = (std::sin(phase) + 0.25 * std::sin(3 * phase)) / 1.25;
      const double edge = std::min(i, count - 1 - i);
      value *= std::min(1.0, edge / fade);
    }
    samples.push_back(static_cast<std::int16_t>(std::lround(value * k_amplitude * 32767)));
  }
}

} // namespace

std::string_view tone_file_name(Tone tone)
{
  switch (tone) {
  case Tone::pip:
    return "pip.wav";
  case Tone::hold:
    return "hold.wav";
  case Tone::relax:
    return "relax.wav";
  case Tone::switch_sides:
    return "switch.wav";
  case Tone::attention:
    return "attention.wav";
  case Tone::end:
    return "end.wav";
  }
  return "tone.wav";
}

session::Duration tone_length(Tone tone)
{
  int ms = 0;
  for (const Note& note : notes_of(tone)) {
    ms += note.ms;
  }
  return session::Duration(ms);
}

std::string wav_bytes(Tone tone)
{
  std::vector<std::int16_t> samples;
  for (const Note& note : notes_of(tone)) {
    synthesize(samples, note);
  }
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
  for (const std::int16_t sample : samples) {
    put16(out, static_cast<std::uint16_t>(sample));
  }
  return out;
}

} // namespace stretch::cue
