// One line of the history log: a session, as tab-separated fields.
#include "history/record.h"

#include "routine/name.h"
#include "util/strings.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace stretch::history {
namespace {

constexpr std::size_t k_fields = 7;
constexpr long long k_max_count = 1'000'000'000;

// Backslash escapes for the characters that separate things: tab and line ends between
// fields and lines, `;` and `=` inside the answers field. Each raw character, and the
// letter written after the backslash.
constexpr std::array<std::pair<char, char>, 6> k_escapes{
  {{'\\', '\\'}, {'\t', 't'}, {'\n', 'n'}, {'\r', 'r'}, {';', ';'}, {'=', '='}}};

std::string escape(std::string_view text)
{
  std::string out;
  for (const char c : text) {
    const auto* found = std::find_if(k_escapes.begin(), k_escapes.end(), [c](const auto& e) { return e.first == c; });
    if (found != k_escapes.end()) {
      out += '\\';
      out += found->second;
    } else {
      out += c;
    }
  }
  return out;
}

// Splits `text` at unescaped `separator`s, then unescapes each part; fails on a dangling
// or unknown escape.
util::Expected<std::vector<std::string>> split_unescaped(std::string_view text, char separator)
{
  std::vector<std::string> parts(1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == separator) {
      parts.emplace_back();
    } else if (c != '\\') {
      parts.back() += c;
    } else if (i + 1 == text.size()) {
      return util::Unexpected{"a backslash at the end of a field"};
    } else {
      const char code = text[++i];
      const auto* found = std::find_if(k_escapes.begin(), k_escapes.end(), [code](const auto& e) { return e.second == code; });
      if (found == k_escapes.end()) {
        return util::Unexpected{"an unknown escape"};
      }
      parts.back() += found->first;
    }
  }
  return parts;
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

std::string log_header()
{
  return fmt::format("# stretch history, format {}: one session per line, fields separated by tabs:\n"
                     "# start\troutine\toutcome\tactive_seconds\tholds_done\tholds_planned\tanswers\n",
                     k_format_version);
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
  std::string answers;
  for (const LoggedAnswer& answer : record.answers) {
    if (!answers.empty()) {
      answers += ';';
    }
    answers += escape(answer.question) + '=' + (answer.yes ? "yes" : "no");
  }
  // A routine name has no blanks, control characters or backslashes to escape.
  return fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}", record.start_text, record.routine,
                     outcome_word(record.outcome), record.active_seconds, record.holds_done, record.holds_planned,
                     answers.empty() ? "-" : answers);
}

util::Expected<SessionRecord> parse_record(std::string_view line)
{
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) {
      break;
    }
    start = tab + 1;
  }
  if (fields.size() != k_fields) {
    return util::Unexpected{fmt::format("expected {} fields, found {}", k_fields, fields.size())};
  }
  SessionRecord record;
  const auto start_time = parse_iso(fields[0]);
  if (!start_time) {
    return util::Unexpected{"start: " + start_time.error()};
  }
  record.start = *start_time;
  record.start_text = fields[0];
  record.routine = fields[1];
  if (routine::check_routine_name(record.routine)) {
    return util::Unexpected{"routine: not a routine name"};
  }
  const auto outcome = outcome_from(fields[2]);
  if (!outcome) {
    return util::Unexpected{"outcome: expected done, stopped or interrupted"};
  }
  record.outcome = *outcome;
  const auto active = util::parse_count(fields[3], k_max_count);
  const auto done = util::parse_count(fields[4], k_max_count);
  const auto planned = util::parse_count(fields[5], k_max_count);
  if (!active || !done || !planned || *active > k_max_count || *done > k_max_count || *planned > k_max_count
      || *done > *planned) {
    return util::Unexpected{"counts: expected whole numbers, holds done no more than planned"};
  }
  record.active_seconds = *active;
  record.holds_done = *done;
  record.holds_planned = *planned;
  if (fields[6] != "-") {
    auto entries = split_unescaped(fields[6], ';');
    if (!entries) {
      return util::Unexpected{"answers: " + entries.error()};
    }
    for (const std::string& entry : *entries) {
      const std::size_t equals = entry.rfind('=');
      const std::string_view answer = equals == std::string::npos ? "" : std::string_view(entry).substr(equals + 1);
      if (answer != "yes" && answer != "no") {
        return util::Unexpected{"answers: expected QUESTION=yes or QUESTION=no"};
      }
      record.answers.push_back({entry.substr(0, equals), answer == "yes"});
    }
  }
  return record;
}

} // namespace stretch::history
