// SPDX-License-Identifier: MIT
// `stretch history`: the last sessions, the streak, a calendar, and the numbness follow-up.
#include "commands/history.h"

#include "error.h"
#include "history/device_names.h"
#include "history/move.h"
#include "history/numbness.h"
#include "history/stats.h"
#include "i18n/format.h"
#include "util/utf8.h"
#include "render/history_report.h"
#include "util/file.h"
#include "util/messages.h"
#include "util/strings.h"
#include "util/terminal_text.h"
#include "util/xdg.h"

#include <algorithm>
#include <map>
#include <fmt/format.h>

namespace stretch::commands {
namespace {

constexpr int k_default_last = 10;
constexpr std::size_t k_flush_size = 64 * 1024;

// The log's lines for a spreadsheet, each field made safe on its own so the tabs stay: the
// line as the log holds it when it is of the current format and plain ASCII, as nearly
// every line is; else written anew.
void append_tsv_line(std::string& out, const history::SessionRecord& record, std::string_view line)
{
  const auto plain = [](std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == '\t' || (c >= ' ' && c < 0x7f); });
  };
  if (!line.empty() && plain(line)) {
    out += line;
    out += '\n';
    return;
  }
  // An older line, written anew where it goes; made safe field by field when it must be.
  const std::size_t from = out.size();
  history::append_record(out, record);
  if (!plain(std::string_view(out).substr(from))) {
    const std::string written = out.substr(from);
    out.resize(from);
    std::size_t start = 0;
    for (std::size_t tab = written.find('\t');; tab = written.find('\t', start)) {
      out += util::terminal_safe(std::string_view(written).substr(start, tab - start));
      if (tab == std::string::npos) {
        break;
      }
      out += '\t';
      start = tab + 1;
    }
  }
  out += '\n';
}

// The `capacity` sessions that started last, of those shown, whatever the order of the
// history (a folder's files come in any order): a heap whose top is the earliest kept,
// which a later session replaces, so each costs a logarithm of the capacity. Among sessions
// that started together, the one read later counts as later.
class Latest
{
public:
  explicit Latest(std::size_t capacity) : m_capacity(capacity) {}

  void add(const history::SessionRecord& record)
  {
    if (m_capacity == 0) {
      return;
    }
    const Key key{record.start, m_read++};
    if (m_heap.size() < m_capacity) {
      m_slots.push_back(record);
      m_heap.push_back({key, m_slots.size() - 1});
    } else {
      if (!later(key, m_heap.front().key)) {
        return; // earlier than every one kept
      }
      // The earliest kept gives up its slot: the heap moves two words an entry, and the
      // record is copied once, into memory the slot already holds.
      std::pop_heap(m_heap.begin(), m_heap.end(), earliest_on_top);
      m_heap.back().key = key;
      m_slots[m_heap.back().slot] = record;
    }
    std::push_heap(m_heap.begin(), m_heap.end(), earliest_on_top);
  }

  /// The sessions kept, in the order they started.
  std::vector<history::SessionRecord> take()
  {
    std::sort(m_heap.begin(), m_heap.end(), [](const Entry& a, const Entry& b) { return later(b.key, a.key); });
    std::vector<history::SessionRecord> records;
    records.reserve(m_heap.size());
    for (const Entry& entry : m_heap) {
      records.push_back(std::move(m_slots[entry.slot]));
    }
    m_heap.clear();
    m_slots.clear();
    return records;
  }

private:
  struct Key
  {
    history::Seconds start;
    std::size_t read; // the order read, among equals
  };
  struct Entry
  {
    Key key;
    std::size_t slot; // in m_slots
  };
  static bool later(const Key& a, const Key& b) { return a.start != b.start ? a.start > b.start : a.read > b.read; }
  static bool earliest_on_top(const Entry& a, const Entry& b) { return later(a.key, b.key); }

  std::size_t m_capacity;
  std::size_t m_read = 0;
  std::vector<history::SessionRecord> m_slots;
  std::vector<Entry> m_heap; // the earliest kept on top
};

// Whether `record` ran on the device `wanted` names: its name, or the start of its id.
bool on_device(const history::SessionRecord& record, std::string_view wanted)
{
  return record.device_name == wanted || (!record.device.empty() && record.device.starts_with(wanted));
}

// The day `--since` names, or nullopt; checks `--last` on the way.
std::optional<history::Day> since_day(const HistoryOptions& options)
{
  if (options.last && (*options.last < 1 || *options.last > k_max_last)) {
    throw UsageError(i18n::trf("--last must be from 1 to {most}", fmt::arg("most", k_max_last)));
  }
  if (!options.since) {
    return std::nullopt;
  }
  const auto day = history::parse_date(*options.since);
  if (!day) {
    throw UsageError(fmt::format("--since {}: {}", util::terminal_safe(*options.since), day.error()));
  }
  return *day;
}

} // namespace

void warn_about_read(const Context& ctx, const history::ReadReport& report)
{
  std::string out;
  for (const history::FileWithSkipped& file : report.with_skipped) {
    const std::string path = file.path.string();
    for (const history::SkippedLine& skipped : file.summary.first_skipped) {
      out += util::warning_line(skipped.line > 0
                                  ? i18n::trf("{file}:{line}: line skipped: {reason}", fmt::arg("file", path),
                                              fmt::arg("line", skipped.line), fmt::arg("reason", skipped.why))
                                  : i18n::trf("{file}: a line skipped: {reason}", fmt::arg("file", path),
                                              fmt::arg("reason", skipped.why)));
    }
    if (file.summary.skipped > file.summary.first_skipped.size()) {
      out += util::warning_line(i18n::trnf("{file}: {n} more line skipped", "{file}: {n} more lines skipped",
                                           file.summary.skipped - file.summary.first_skipped.size(),
                                           fmt::arg("file", path)));
    }
  }
  for (const history::FileSkipped& file : report.skipped) {
    out += util::warning_line(
      i18n::trf("{file}: skipped: {reason}", fmt::arg("file", file.path.string()), fmt::arg("reason", file.why)));
  }
  if (report.files_left_out > 0) {
    out += util::warning_line(i18n::trnf("{n} more file of the history folder left out: the limit is {limit}",
                                         "{n} more files of the history folder left out: the limit is {limit}",
                                         report.files_left_out, fmt::arg("limit", history::k_max_history_files)));
  }
  ctx.err.write(out);
}

std::optional<DeviceHistory> open_history(const Context& ctx, const std::optional<std::string>& history_dir,
                                          const std::string& device_name)
{
  auto place = history::history_place(ctx.env, history_dir);
  if (!place) {
    return std::nullopt;
  }
  history::Device device{{}, device_name};
  if (const auto state = util::xdg_dir(ctx.env, "XDG_STATE_HOME", ".local/state")) {
    if (auto mine = history::this_device(*state / "stretch", device_name)) {
      device = std::move(*mine);
    } else {
      ctx.err.write(util::warning_line(i18n::trf("sessions are logged without a device: {reason}", fmt::arg("reason", mine.error()))));
    }
  }
  if (place->folder && !device.id.empty()) {
    const auto moved = history::move_log_into_folder(*place, device);
    if (!moved) {
      ctx.err.write(util::warning_line(i18n::trf("the log stays where it is: {reason}", fmt::arg("reason", moved.error()))));
    } else if (*moved) {
      const std::string already =
        (*moved)->already > 0
          ? i18n::trnf(" ({n} was there already)", " ({n} were there already)", (*moved)->already)
          : std::string();
      ctx.err.write("stretch: "
                    + i18n::trnf("moved {n} session of {log} into {file}{already}; the log is now {moved}",
                                 "moved {n} sessions of {log} into {file}{already}; the log is now {moved}",
                                 (*moved)->sessions, fmt::arg("log", ctx.shown(place->log.path)),
                                 fmt::arg("file", ctx.shown((*moved)->to)), fmt::arg("already", already),
                                 fmt::arg("moved", ctx.shown((*moved)->from)))
                    + '\n');
    }
  }
  return DeviceHistory{std::move(*place), std::move(device)};
}

namespace {

// What `--check` prints: the files read, what was merged and what was skipped.
std::string check_text(const Context& ctx, const history::Place& place, const history::ReadReport& report,
                       std::size_t devices)
{
  const auto row = [](const char* label, const std::string& value) {
    const std::string text = i18n::tr(label);
    return util::pad_to_width(text, std::max<std::size_t>(27, util::display_width(text) + 1)) + value + '\n';
  };
  std::string out = place.folder ? row(N_("history folder"), ctx.shown(*place.folder))
                                 : row(N_("history log"), ctx.shown(place.log.path));
  std::size_t lines = 0;
  for (const history::FileWithSkipped& file : report.with_skipped) {
    lines += file.summary.skipped;
  }
  const std::pair<const char*, std::size_t> rows[] = {
    {N_("files read"), report.files},
    {N_("conflict copies merged"), report.conflict_copies},
    {N_("devices"), devices},
    {N_("sessions"), report.sessions},
    {N_("found twice, counted once"), report.duplicates},
    {N_("lines skipped"), lines},
    {N_("files skipped"), report.skipped.size() + report.files_left_out},
  };
  for (const auto& [label, count] : rows) {
    out += row(label, std::to_string(count));
  }
  return out;
}

// Writes `out`, then the lines of `sessions` (written anew: their lines are gone): 0.
int write_tsv(const Context& ctx, std::string& out, const std::vector<history::SessionRecord>& sessions)
{
  for (const history::SessionRecord& record : sessions) {
    append_tsv_line(out, record, {});
  }
  ctx.out.write(out);
  return 0;
}

// What `history` says when it finds no session.
std::string no_sessions_text(const Context& ctx, const HistoryOptions& options, const history::Place& place)
{
  const std::string where = ctx.shown(place.folder ? *place.folder : place.log.path);
  return (options.device ? i18n::trf("No sessions yet of {device}: run `stretch calf` to start. (The history is {where}.)",
                                     fmt::arg("device", util::terminal_safe(*options.device)), fmt::arg("where", where))
                         : i18n::trf("No sessions yet: run `stretch calf` to start. (The history is {where}.)",
                                     fmt::arg("where", where)))
         + '\n';
}

// The number of sessions `--last` (or its absence) keeps: none when `--tsv` streams them
// all, or `--check` lists none.
std::size_t sessions_kept(const HistoryOptions& options, bool stream_tsv)
{
  return stream_tsv || options.check ? 0 : static_cast<std::size_t>(options.last.value_or(k_default_last));
}

} // namespace

int history_command(const Context& ctx, const HistoryOptions& options, history::Seconds now)
{
  const std::optional<history::Day> since = since_day(options);
  const auto mine = open_history(ctx, options.history_dir, options.device_name);
  if (!mine) {
    throw Error(i18n::tr("no history: neither STRETCH_HISTORY nor a home folder is known"));
  }
  const history::Day today = history::local_day(now);
  const bool stream_tsv = options.tsv && !options.last && !options.check;
  history::Tally tally;
  history::NumbnessFollowUp follow_up(today);
  Latest latest(sessions_kept(options, stream_tsv));
  history::DeviceNames devices;
  std::string out = options.tsv && !options.check ? fmt::format("{}\n", history::k_field_names) : "";
  const auto report = history::read_history(mine->place, [&](const history::SessionRecord& record, std::string_view line) {
    if (options.device && !on_device(record, *options.device)) {
      return;
    }
    devices.add(record);
    if (!options.tsv) {
      tally.add(record);
      follow_up.add(record);
    }
    if (since && history::day_where_written(record.start_text, record.start) < *since) {
      return;
    }
    if (!stream_tsv) {
      latest.add(record);
      return;
    }
    append_tsv_line(out, record, line);
    if (out.size() >= k_flush_size) {
      ctx.out.write(out);
      out.clear();
    }
  });
  if (!report) {
    throw Error(i18n::trf("cannot read the history: {reason}", fmt::arg("reason", report.error())));

  }
  warn_about_read(ctx, *report);
  if (options.check) {
    ctx.out.write(check_text(ctx, mine->place, *report, devices.size()));
    return 0;
  }
  const std::vector<history::SessionRecord> shown = latest.take();
  if (options.tsv) {
    return write_tsv(ctx, out, shown);
  }
  if (tally.sessions() == 0) {
    ctx.out.write(no_sessions_text(ctx, options, mine->place));
    return 0;
  }
  const render::Palette palette = ctx.asked_palette(); // as a session would: the advice must stay readable
  const render::ReportStyle style{&palette, ctx.display.color, ctx.display.unicode,
                                  std::max<std::size_t>(ctx.display.width, 20)};
  ctx.out.write(render::format_history_report({tally, follow_up, shown, today, devices.sorted()}, style));
  return 0;
}

} // namespace stretch::commands
