// SPDX-License-Identifier: MIT
// One line of the history log: a session, as tab-separated fields.
#include "history/record.h"

#include "i18n/format.h"
#include "routine/about.h"
#include "util/strings.h"
#include "util/terminal_text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <fmt/format.h>

namespace stretch::history {
namespace {

constexpr std::size_t k_fields = 12;
constexpr std::size_t k_fields_format_3 = 9;
constexpr std::size_t k_fields_format_2 = 8;
constexpr std::size_t k_fields_format_1 = 7;
constexpr long long k_max_count = 1'000'000'000;
// Format 1 had no episode field; its numbness routine went by this name.
constexpr std::string_view k_format_1_numbness_routine = "midrun";

// Backslash escapes for the characters that separate things: tab and line ends between
// fields and lines, `;` and `=` inside the answers field. Each raw character, and the
// letter written after the backslash. Other control characters are written `\xHH`.
constexpr std::array<std::pair<char, char>, 6> k_escapes{
  {{'\\', '\\'}, {'\t', 't'}, {'\n', 'n'}, {'\r', 'r'}, {';', ';'}, {'=', '='}}};

void escape_to(std::string& out, std::string_view text)
{
  // Nearly every field needs no escape: appended whole.
  const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
    return c != '\\' && c != ';' && c != '=' && !util::is_control_byte(c);
  });
  if (plain) {
    out += text;
    return;
  }
  for (const char c : text) {
    const auto* found = std::find_if(k_escapes.begin(), k_escapes.end(), [c](const auto& e) { return e.first == c; });
    if (found != k_escapes.end()) {
      out += '\\';
      out += found->second;
    } else if (util::is_control_byte(c)) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
}

int hex_value(char c)
{
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  return -1;
}

// Splits `text` at unescaped `separator`s (none: the whole text), then unescapes each
// part; fails on a dangling or unknown escape, or a raw control character.
util::Expected<std::vector<std::string>> split_unescaped(std::string_view text, char separator)
{
  std::vector<std::string> parts(1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (separator != '\0' && c == separator) {
      parts.emplace_back();
    } else if (util::is_control_byte(c)) {
      return util::Unexpected{i18n::tr("a control character")};
    } else if (c != '\\') {
      parts.back() += c;
    } else if (i + 1 == text.size()) {
      return util::Unexpected{i18n::tr("a backslash at the end of a field")};
    } else if (const char code = text[++i]; code == 'x') {
      const int high = i + 1 < text.size() ? hex_value(text[i + 1]) : -1;
      const int low = i + 2 < text.size() ? hex_value(text[i + 2]) : -1;
      if (high < 0 || low < 0) {
        return util::Unexpected{i18n::tr("an unknown escape")};
      }
      parts.back() += static_cast<char>(high * 16 + low);
      i += 2;
    } else {
      const auto* found = std::find_if(k_escapes.begin(), k_escapes.end(), [code](const auto& e) { return e.second == code; });
      if (found == k_escapes.end()) {
        return util::Unexpected{i18n::tr("an unknown escape")};
      }
      parts.back() += found->first;
    }
  }
  return parts;
}

// `text` unescaped into `out`, reusing its memory; false on a dangling or unknown escape,
// or a raw control character.
bool unescape_into(std::string_view text, std::string& out)
{
  const bool plain = std::none_of(text.begin(), text.end(), [](char c) { return c == '\\' || util::is_control_byte(c); });
  if (plain) {
    out.assign(text); // what nearly every field is: nothing to unescape
    return true;
  }
  auto parts = split_unescaped(text, '\0');
  if (!parts) {
    return false;
  }
  out = std::move(parts->front());
  return true;
}

std::optional<session::Outcome> outcome_from(std::string_view word)
{
  for (const auto outcome : {session::Outcome::done, session::Outcome::stopped, session::Outcome::interrupted}) {
    if (word == outcome_word(outcome)) {
      return outcome;
    }
  }
  return std::nullopt;
}

} // namespace

bool is_id(std::string_view id)
{
  return !id.empty() && id.size() <= k_max_id && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  });
}

namespace {

// The id of a session logged before sessions had ids, in `out`: `L` and the 64-bit FNV-1a
// hash of its line, in 16 hex digits.
void legacy_id_into(std::string_view line, std::array<char, 17>& out)
{
  std::uint64_t hash = 0xcbf29ce484222325ULL; // FNV-1a
  for (const char c : line) {
    hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  }
  constexpr std::string_view k_hex = "0123456789abcdef";
  out[0] = k_legacy_id_mark;
  for (std::size_t i = 16; i > 0; --i, hash >>= 4) {
    out[i] = k_hex[hash & 0xf];
  }
}

} // namespace

std::string legacy_session_id(std::string_view line)
{
  std::array<char, 17> id{};
  legacy_id_into(line, id);
  return std::string(id.data(), id.size());
}

std::string log_header()
{
  return fmt::format("# stretch history, format {}: one session per line, fields separated by tabs:\n# {}\n",
                     k_format_version, k_field_names);
}

std::string_view outcome_word(session::Outcome outcome)
{
  switch (outcome) {
  case session::Outcome::done:
    return "done";
  case session::Outcome::stopped:
    return "stopped";
  case session::Outcome::interrupted:
    return "interrupted";
  }
  return "done";
}

std::string format_record(const SessionRecord& record)
{
  std::string line;
  append_record(line, record);
  return line;
}

void append_record(std::string& line, const SessionRecord& record)
{
  const std::size_t from = line.size();
  escape_to(line, record.start_text);
  line += '\t';
  escape_to(line, record.routine);
  const auto number = [&line](long long n) {
    const fmt::format_int digits(n);
    line += '\t';
    line.append(digits.data(), digits.size());
  };
  line += '\t';
  line += outcome_word(record.outcome);
  number(record.active_seconds);
  number(record.holds_done);
  number(record.holds_planned);
  line += '\t';
  for (std::size_t i = 0; i < record.answers.size(); ++i) {
    if (i > 0) {
      line += ';';
    }
    escape_to(line, record.answers[i].question);
    const auto& reply = record.answers[i].reply;
    line += !reply ? "=unanswered" : *reply ? "=yes" : "=no";
  }
  if (record.answers.empty()) {
    line += '-';
  }
  line += '\t';
  if (record.episode.empty()) {
    line += '-';
  } else {
    escape_to(line, record.episode);
  }
  number(record.steps_done);
  line += '\t';
  // A session without an id (a record made by hand) gets the one its line so far calls for.
  line += record.session.empty() ? legacy_session_id(std::string_view(line).substr(from)) : record.session;
  line += '\t';
  line += record.device.empty() ? "-" : record.device;
  line += '\t';
  if (record.device_name.empty()) {
    line += '-';
  } else {
    escape_to(line, record.device_name);
  }
}

// Splits `line` at its tabs into `fields`; how many there are (more than fit, counted).
std::size_t split_fields(std::string_view line, std::array<std::string_view, k_fields>& fields)
{
  std::size_t count = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    if (count < k_fields) {
      fields[count] = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    }
    ++count;
    if (tab == std::string_view::npos) {
      return count;
    }
    start = tab + 1;
  }
}

// The answers field (`-`, or `QUESTION=REPLY` entries split by `;`) into `answers`.
std::optional<std::string> read_answers(std::string_view field, std::vector<session::AnswerRecord>& answers)
{
  answers.clear();
  if (field == "-") {
    return std::nullopt;
  }
  auto entries = split_unescaped(field, ';');
  if (!entries) {
    return "answers: " + entries.error();
  }
  for (std::string& entry : *entries) {
    const std::size_t equals = entry.rfind('=');
    const std::string_view answer = equals == std::string::npos ? "" : std::string_view(entry).substr(equals + 1);
    if (answer != "yes" && answer != "no" && answer != "unanswered") {
      return i18n::tr("answers: expected QUESTION=yes, QUESTION=no or QUESTION=unanswered");
    }
    const std::optional<bool> reply = answer == "unanswered" ? std::nullopt : std::optional(answer == "yes");
    entry.resize(equals);
    answers.push_back({0, std::move(entry), reply});
  }
  return std::nullopt;
}

namespace {

// Reads the active seconds, the holds done and the holds planned into `record`: false when
// one is no count, or more holds were done than planned.
bool read_counts(std::string_view active_text, std::string_view done_text, std::string_view planned_text,
                 SessionRecord& record)
{
  const auto active = util::parse_count(active_text, k_max_count);
  const auto done = util::parse_count(done_text, k_max_count);
  const auto planned = util::parse_count(planned_text, k_max_count);
  if (!active || !done || !planned || *active > k_max_count || *done > k_max_count || *planned > k_max_count
      || *done > *planned) {
    return false;
  }
  record.active_seconds = *active;
  record.holds_done = *done;
  record.holds_planned = *planned;
  return true;
}

// Reads the fields of format 4 that say which session it was, and where it ran, into
// `record`; what is wrong, or nullopt.
std::optional<std::string> read_identity(std::string_view session, std::string_view device, std::string_view name,
                                         SessionRecord& record)
{
  if (!is_id(session)) {
    return i18n::tr("session: expected its id, letters and digits");
  }
  record.session.assign(session);
  if (device == "-") {
    record.device.clear();
  } else if (is_id(device)) {
    record.device.assign(device);
  } else {
    return i18n::tr("device: expected its id, letters and digits, or -");
  }
  if (name == "-") {
    record.device_name.clear();
  } else if (!unescape_into(name, record.device_name) || record.device_name.empty()) {
    return i18n::tr("device_name: expected a name, or -");
  }
  return std::nullopt;
}

} // namespace

util::Expected<int> read_record(std::string_view line, SessionRecord& record)
{
  std::array<std::string_view, k_fields> fields;
  const std::size_t count = split_fields(line, fields);
  if (count != k_fields && count != k_fields_format_3 && count != k_fields_format_2 && count != k_fields_format_1) {
    return util::Unexpected{i18n::trf("expected {expected} fields, found {found}", fmt::arg("expected", k_fields), fmt::arg("found", count))};
  }
  const auto start_time = unescape_into(fields[0], record.start_text)
                            ? parse_iso(record.start_text)
                            : util::Expected<Seconds>(util::Unexpected{i18n::tr("expected a time like 2026-11-26T21:03:53+01:00")});
  if (!start_time) {
    return util::Unexpected{"start: " + start_time.error()};
  }
  record.start = *start_time;
  if (!unescape_into(fields[1], record.routine) || record.routine.empty()) {
    return util::Unexpected{i18n::tr("routine: expected the routine's name")};
  }
  const auto outcome = outcome_from(fields[2]);
  if (!outcome) {
    return util::Unexpected{i18n::tr("outcome: expected done, stopped or interrupted")};
  }
  record.outcome = *outcome;
  if (!read_counts(fields[3], fields[4], fields[5], record)) {
    return util::Unexpected{i18n::tr("counts: expected whole numbers, holds done no more than planned")};
  }
  if (auto problem = read_answers(fields[6], record.answers)) {
    return util::Unexpected{std::move(*problem)};
  }
  if (count == k_fields_format_1) {
    record.episode.assign(record.routine == k_format_1_numbness_routine ? routine::k_numbness : "");
  } else if (fields[7] == "-") {
    record.episode.clear();
  } else if (!unescape_into(fields[7], record.episode) || record.episode.empty()) {
    return util::Unexpected{i18n::tr("episode: expected a word, or -")};
  }
  record.steps_done = record.holds_done; // what older lines can tell
  if (count >= k_fields_format_3) {
    const auto steps = util::parse_count(fields[8], k_max_count);
    if (!steps || *steps > k_max_count || *steps < record.holds_done) {
      return util::Unexpected{i18n::tr("steps_done: expected a whole number, no fewer than the holds done")};
    }
    record.steps_done = *steps;
  }
  if (count < k_fields) {
    std::array<char, 17> id{};
    legacy_id_into(line, id);
    record.session.assign(id.data(), id.size()); // into the memory the record already holds
    record.device.clear();
    record.device_name.clear();
    return count == k_fields_format_3 ? 3 : count == k_fields_format_2 ? 2 : 1;
  }
  if (auto problem = read_identity(fields[9], fields[10], fields[11], record)) {
    return util::Unexpected{std::move(*problem)};
  }
  return k_format_version;
}

} // namespace stretch::history
