// SPDX-License-Identifier: MIT
// One line of the history log: a session, as tab-separated fields.
#pragma once

#include "history/local_time.h"
#include "session/session.h"
#include "util/expected.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::history {

/// The version of the line format, named in the log's header. Format 2 added the episode
/// field and escapes every field; format 3 added `steps_done` and questions reached but not
/// answered (`QUESTION=unanswered`); format 4 added the session's id and its device's id and
/// name. Lines of formats 1 (seven fields), 2 (eight) and 3 (nine) are still read.
inline constexpr int k_format_version = 4;

/// The names of a record's fields, tab-separated: the log's header and `--tsv`'s first line.
inline constexpr std::string_view k_field_names = "start\troutine\toutcome\tactive_seconds\tholds_done\tholds_planned"
                                                  "\tanswers\tepisode\tsteps_done\tsession\tdevice\tdevice_name";

/// The longest id of a session or a device.
inline constexpr std::size_t k_max_id = 32;

/// Whether `id` can be the id of a session or a device: 1 to `k_max_id` letters and digits.
bool is_id(std::string_view id);

/// The id of a session logged before sessions had ids (formats 1 to 3): made from its line,
/// so that the same line read from two copies of a log is the same session.
std::string legacy_session_id(std::string_view line);

/// The first character of every `legacy_session_id`, and of no random one (hex digits).
inline constexpr char k_legacy_id_mark = 'L';

/// The header that starts a new log: the format version, then the field names.
std::string log_header();

/// A session as the log keeps it.
struct SessionRecord
{
  Seconds start;             // when it started
  std::string start_text;    // as written, with the offset of where it was written
  std::string routine;
  session::Outcome outcome = session::Outcome::done;
  long long active_seconds = 0; // time spent, pauses left out
  long long holds_done = 0;
  long long holds_planned = 0;
  std::vector<session::AnswerRecord> answers; // every question reached, in order (`step` is not logged)
  std::string episode; // what the routine tracks, such as `numbness`; "" for none
  long long steps_done = 0; // steps of any kind done, lead-ins apart; for older lines, `holds_done`
  std::string session;     // its id, unique to it; for older lines, `legacy_session_id`
  std::string device;      // the id of the device it ran on; "" when not known (older lines)
  std::string device_name; // that device's name (`device = phone`); "" for none

  /// When it ended, as far as the log can tell: its start plus its active time.
  Seconds end() const { return start + std::chrono::seconds(active_seconds); }
};

/// The word for `outcome` in the log: `done`, `stopped` or `interrupted`.
std::string_view outcome_word(session::Outcome outcome);

/// `record` as one log line, without the line end. Every field is escaped, so that no
/// name or question can split a line, add a field, or put a control character in the log.
std::string format_record(const SessionRecord& record);

/// `format_record(record)`, appended to `line`.
void append_record(std::string& line, const SessionRecord& record);

/// Reads one log line (without its line end) back, of format 4, 3, 2 or 1, into `record`,
/// reusing the memory it holds (a log is read a line after another into one record);
/// returns the line's format, or a message on anything that is not a complete record.
/// `format_record` of the result gives `line` back, for a line of format 4.
util::Expected<int> read_record(std::string_view line, SessionRecord& record);

} // namespace stretch::history
