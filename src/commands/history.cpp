// SPDX-License-Identifier: MIT
// `stretch history`: the last sessions, the streak, a calendar, and the numbness follow-up.
#include "commands/history.h"

#include "error.h"
#include "history/numbness.h"
#include "history/stats.h"
#include "render/history_report.h"
#include "util/file.h"
#include "util/messages.h"
#include "util/terminal_text.h"

#include <algorithm>
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
  const bool plain = !line.empty() && std::all_of(line.begin(), line.end(), [](char c) {
    return c == '\t' || (c >= ' ' && c < 0x7f);
  });
  if (plain) {
    out += line;
    out += '\n';
    return;
  }
  const std::string written = history::format_record(record);
  std::size_t start = 0;
  for (std::size_t tab = written.find('\t');; tab = written.find('\t', start)) {
    out += util::terminal_safe(std::string_view(written).substr(start, tab - start));
    if (tab == std::string::npos) {
      break;
    }
    out += '\t';
    start = tab + 1;
  }
  out += '\n';
}

// The `capacity` sessions that started last, of those shown, whatever the order of the
// log; in the order they started (the log's order among equals). A ring of slots, the
// earliest at its head: a log in order replaces the earliest with each session, copying
// into memory the slot already holds.
class Latest
{
public:
  explicit Latest(std::size_t capacity) : m_capacity(capacity) {}

  void add(const history::SessionRecord& record)
  {
    if (m_capacity == 0) {
      return;
    }
    if (m_slots.size() < m_capacity) {
      m_slots.push_back(record);
    } else if (record.start < slot(0).start) {
      return; // earlier than every one kept
    } else {
      slot(0) = record;
      m_head = (m_head + 1) % m_slots.size();
    }
    // A session out of order goes back past every one that started later.
    for (std::size_t at = m_slots.size() - 1; at > 0 && slot(at - 1).start > slot(at).start; --at) {
      std::swap(slot(at - 1), slot(at));
    }
  }

  std::vector<history::SessionRecord> take()
  {
    std::rotate(m_slots.begin(), m_slots.begin() + static_cast<std::ptrdiff_t>(m_head), m_slots.end());
    m_head = 0;
    return std::move(m_slots);
  }

private:
  history::SessionRecord& slot(std::size_t i) { return m_slots[(m_head + i) % m_slots.size()]; }

  std::size_t m_capacity;
  std::size_t m_head = 0;
  std::vector<history::SessionRecord> m_slots;
};

// The day `--since` names, or nullopt.
std::optional<history::Day> since_day(const HistoryOptions& options)
{
  if (!options.since) {
    return std::nullopt;
  }
  const auto day = history::parse_date(*options.since);
  if (!day) {
    throw UsageError(fmt::format("--since {}: {}", *options.since, day.error()));
  }
  return *day;
}

} // namespace

void warn_about_read(const Context& ctx, const std::string& path, const history::ReadSummary& summary)
{
  std::string out;
  if (summary.partial) {
    out += util::warning_line(fmt::format("{} is large: only its last {} are read", path,
                                          util::format_size(history::k_max_log_size)));
  }
  for (const history::SkippedLine& skipped : summary.first_skipped) {
    out += util::warning_line(skipped.line > 0 ? fmt::format("{}:{}: line skipped: {}", path, skipped.line, skipped.why)
                                               : fmt::format("{}: a line skipped: {}", path, skipped.why));
  }
  if (summary.skipped > summary.first_skipped.size()) {
    out += util::warning_line(fmt::format("{}: {} more lines skipped", path, summary.skipped - summary.first_skipped.size()));
  }
  ctx.err.write(out);
}

int history_command(const Context& ctx, const HistoryOptions& options, history::Seconds now)
{
  const std::optional<history::Day> since = since_day(options);
  if (options.last && (*options.last < 1 || *options.last > k_max_last)) {
    throw UsageError(fmt::format("--last must be from 1 to {}", k_max_last));
  }
  const auto log = history::log_path(ctx.env);
  if (!log) {
    throw Error("no history: neither STRETCH_HISTORY nor a home folder is known");
  }
  const history::Day today = history::local_day(now);
  const bool stream_tsv = options.tsv && !options.last;
  history::Tally tally;
  history::NumbnessFollowUp follow_up(today);
  history::LocalDays start_days;
  Latest latest(stream_tsv ? 0 : static_cast<std::size_t>(options.last.value_or(k_default_last)));
  std::string out = options.tsv ? fmt::format("{}\n", history::k_field_names) : "";
  const auto summary = history::read_log(*log, [&](const history::SessionRecord& record, std::string_view line) {
    if (!options.tsv) {
      tally.add(record);
      follow_up.add(record);
    }
    if (since && start_days(record.start) < *since) {
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
  if (!summary) {
    throw Error(fmt::format("cannot read the history log {}: {}", log->path.string(), summary.error()));
  }
  warn_about_read(ctx, log->path.string(), *summary);
  const std::vector<history::SessionRecord> shown = latest.take();
  if (options.tsv) {
    for (const history::SessionRecord& record : shown) {
      append_tsv_line(out, record, {});
    }
    ctx.out.write(out);
    return 0;
  }
  if (tally.sessions() == 0) {
    ctx.out.write(fmt::format("No sessions yet: run `stretch calf` to start. (The log is {}.)\n", ctx.shown(log->path)));
    return 0;
  }
  const render::Palette palette = ctx.asked_palette(); // as a session would: the advice must stay readable
  const render::ReportStyle style{&palette, ctx.display.color, ctx.display.unicode,
                                  std::max<std::size_t>(ctx.display.width, 20)};
  ctx.out.write(render::format_history_report({tally, follow_up, shown, today}, style));
  return 0;
}

} // namespace stretch::commands
