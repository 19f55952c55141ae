// SPDX-License-Identifier: MIT
// Durations as people write them in routine files and on the command line.
#include "routine/duration.h"

#include "i18n/format.h"
#include "util/strings.h"

#include <array>
#include <fmt/format.h>

namespace stretch::routine {
namespace {

struct Unit
{
  std::string_view name;
  long long ms;
};

constexpr std::array k_units{
  Unit{"h", 3'600'000},     Unit{"hr", 3'600'000},     Unit{"hrs", 3'600'000},
  Unit{"hour", 3'600'000},  Unit{"hours", 3'600'000},  Unit{"m", 60'000},
  Unit{"min", 60'000},      Unit{"mins", 60'000},      Unit{"minute", 60'000},
  Unit{"minutes", 60'000},  Unit{"s", 1'000},          Unit{"sec", 1'000},
  Unit{"secs", 1'000},      Unit{"second", 1'000},     Unit{"seconds", 1'000},
};

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

const Unit* find_unit(std::string_view word)
{
  for (const Unit& unit : k_units) {
    if (util::iequals(word, unit.name)) {
      return &unit;
    }
  }
  return nullptr;
}

util::Unexpected malformed(std::string_view text)
{
  std::size_t end = 0;
  while (end < text.size() && !util::is_blank(text[end]) && end < 24) {
    ++end;
  }
  return util::Unexpected{i18n::trf("invalid duration `{duration}`: expected a number of seconds or a time like 10s, "
                                    "1m30s or 1:30",
                                    fmt::arg("duration", text.substr(0, end)))};
}

util::Unexpected too_long(Duration max)
{
  return util::Unexpected{i18n::trf("duration is over the limit of {most}", fmt::arg("most", format_duration(max)))};
}

// Reads digits with an optional fraction, in thousandths: "2.5" is 2500. Caps huge values.
std::size_t read_number(std::string_view text, std::size_t pos, long long& thousandths)
{
  long long whole = 0;
  const std::size_t start = pos;
  while (pos < text.size() && is_digit(text[pos])) {
    whole = std::min<long long>(whole * 10 + (text[pos] - '0'), 1'000'000'000);
    ++pos;
  }
  long long fraction = 0;
  long long scale = 100;
  if (pos > start && pos + 1 < text.size() && text[pos] == '.' && is_digit(text[pos + 1])) {
    ++pos;
    while (pos < text.size() && is_digit(text[pos])) {
      fraction += (text[pos] - '0') * scale;
      scale /= 10;
      ++pos;
    }
  }
  thousandths = whole * 1000 + fraction;
  return pos - start;
}

// One number and the unit after it, if any: "10s", "20 s", "1.5 min", "90".
struct Component
{
  long long thousandths = 0;
  const Unit* unit = nullptr;
  bool glued_letters = false; // letters right after the number that are not a unit: "10x"
  std::size_t end = 0;        // after the unit, or after the number when there is none
};

Component read_component(std::string_view text, std::size_t pos)
{
  Component part;
  const std::size_t number_end = pos + read_number(text, pos, part.thousandths);
  std::size_t word_start = number_end;
  while (word_start < text.size() && util::is_blank(text[word_start])) {
    ++word_start;
  }
  std::size_t word_end = word_start;
  while (word_end < text.size() && is_alpha(text[word_end])) {
    ++word_end;
  }
  const Unit* unit = find_unit(text.substr(word_start, word_end - word_start));
  const bool bounded = word_end == text.size() || util::is_blank(text[word_end])
                       || is_digit(text[word_end]);
  if (unit != nullptr && bounded) {
    part.unit = unit;
    part.end = word_end;
  } else {
    part.glued_letters = word_start == number_end && word_end > word_start;
    part.end = number_end;
  }
  return part;
}

} // namespace

bool looks_like_duration(std::string_view text)
{
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    text.remove_prefix(1);
  }
  return !text.empty() && is_digit(text[0]);
}

namespace {

// A clock-style duration that starts with `first`: "1:30" is minutes and seconds, "1:00:00"
// hours, minutes and seconds. Its thousandths of a second and where it ends, or nullopt.
std::optional<std::pair<long long, std::size_t>> read_clock(std::string_view text, const Component& first)
{
  long long total = first.thousandths;
  std::size_t pos = first.end;
  int fields = 0;
  while (pos < text.size() && text[pos] == ':' && fields < 2) {
    long long field = 0;
    const std::size_t digits = read_number(text, pos + 1, field);
    if (digits != 2 || field >= 60'000 || field % 1000 != 0 || total % 1000 != 0) {
      return std::nullopt;
    }
    total = total * 60 + field;
    pos += 1 + digits;
    ++fields;
  }
  return std::pair{total, pos};
}

// A duration of units that starts with `first` ("1m30s", "1m 30s", "1m30", "90"): its
// thousandths of a second and where it ends, or nullopt.
std::optional<std::pair<long long, std::size_t>> read_units(std::string_view text, Component part)
{
  long long total_ms = 0;
  long long previous_unit = 0;
  while (true) {
    if (part.glued_letters) {
      return std::nullopt; // "10x": letters stuck to a number are no cue
    }
    if (part.unit == nullptr) {
      // A bare number is seconds ("90"), or the next smaller unit after one ("1m30").
      const long long unit_ms = previous_unit == 0 ? 1000 : previous_unit / 60;
      if (previous_unit != 0 && previous_unit <= 1000) {
        return std::nullopt;
      }
      return std::pair{total_ms + part.thousandths * unit_ms / 1000, part.end};
    }
    if (previous_unit != 0 && part.unit->ms >= previous_unit) {
      return std::nullopt; // units go from large to small: "1m30s", not "30s1m"
    }
    previous_unit = part.unit->ms;
    total_ms += part.thousandths * part.unit->ms / 1000;
    // Another component may follow, glued ("1m30s", "1m30") or after blanks ("1m 30s");
    // after blanks it must carry a unit, or it is the start of the cue.
    std::size_t next = part.end;
    while (next < text.size() && util::is_blank(text[next])) {
      ++next;
    }
    if (next == text.size() || !is_digit(text[next])) {
      return std::pair{total_ms, part.end};
    }
    const Component following = read_component(text, next);
    if (next != part.end && (following.unit == nullptr || following.glued_letters)) {
      return std::pair{total_ms, part.end};
    }
    part = following;
  }
}

} // namespace

util::Expected<DurationPrefix> parse_duration_prefix(std::string_view text, Duration max)
{
  if (text.size() > 1 && text[0] == '-' && is_digit(text[1])) {
    return util::Unexpected{i18n::tr("durations cannot be negative")};

  }
  if (text.empty() || !is_digit(text[0])) {
    return malformed(text);
  }
  const Component first = read_component(text, 0);
  const bool clock = first.unit == nullptr && first.end < text.size() && text[first.end] == ':';
  const auto read = clock ? read_clock(text, first) : read_units(text, first);
  if (!read || (read->second < text.size() && !util::is_blank(text[read->second]))) {
    return malformed(text);
  }
  if (read->first > max.count()) {
    return too_long(max);
  }
  return DurationPrefix{Duration(read->first), read->second};
}

util::Expected<Duration> parse_duration(std::string_view text, Duration max)
{
  text = util::trim(text);
  auto prefix = parse_duration_prefix(text, max);
  if (!prefix) {
    return util::Unexpected{prefix.error()};
  }
  if (prefix->length != text.size()) {
    return malformed(text);
  }
  return prefix->value;
}

std::chrono::seconds ceil_seconds(std::chrono::nanoseconds d)
{
  return d.count() <= 0 ? std::chrono::seconds(0) : std::chrono::ceil<std::chrono::seconds>(d);
}

std::string format_duration(Duration d)
{
  const long long ms = d.count() < 0 ? 0 : d.count();
  const long long total_seconds = ms / 1000;
  const long long tenths = (ms % 1000) / 100;
  const long long hours = total_seconds / 3600;
  const long long minutes = (total_seconds / 60) % 60;
  const long long seconds = total_seconds % 60;
  // By hand rather than through fmt: `show` writes two of these for each of thousands of steps.
  std::string text = hours > 0 ? std::to_string(hours) + ':' : std::string();
  const long long lead = hours > 0 ? minutes / 10 : -1;
  if (lead >= 0) {
    text += static_cast<char>('0' + lead);
    text += static_cast<char>('0' + minutes % 10);
  } else {
    text += std::to_string(minutes);
  }
  text += ':';
  text += static_cast<char>('0' + seconds / 10);
  text += static_cast<char>('0' + seconds % 10);
  if (ms % 1000 != 0) {
    text += '.';
    text += static_cast<char>('0' + tenths);
  }
  return text;
}

} // namespace stretch::routine
