// SPDX-License-Identifier: MIT
// `stretch report`: one page to hand to a doctor or physical therapist.
#include "commands/report.h"

#include "commands/history.h"
#include "error.h"
#include "history/device_names.h"
#include "history/numbness.h"
#include "history/period.h"
#include "history/stats.h"
#include "i18n/format.h"
#include "render/html_report.h"
#include "util/file.h"
#include "util/terminal_text.h"

#include <fmt/format.h>
#include <map>

namespace stretch::commands {
namespace {

// The day `text` names, for `option`.
history::Day day_of(std::string_view option, const std::string& text)
{
  const auto day = history::parse_date(text);
  if (!day) {
    throw UsageError(fmt::format("{} {}: {}", option, util::terminal_safe(text), day.error()));
  }
  return *day;
}

// The first and last day the options name, checked.
std::pair<history::Day, history::Day> period_of(const ReportOptions& options, history::Day today)
{
  const history::Day last = options.until ? day_of("--until", *options.until) : today;
  const history::Day first =
    options.since ? day_of("--since", *options.since) : last - std::chrono::days(k_default_report_days - 1);
  if (first > last) {
    throw UsageError(i18n::tr("--since must be no later than --until"));
  }
  if ((last - first).count() >= k_max_report_days) {
    throw UsageError(i18n::trf("a report covers at most {days} days (20 years): give a later --since",
                               fmt::arg("days", k_max_report_days)));
  }
  return {first, last};
}

// Titles of the routines by name, each looked up once: a routine no longer there (or one
// that cannot be read) goes by its name.
class Titles
{
public:
  explicit Titles(const library::Library& library) : m_library(library) {}

  std::string operator()(std::string_view name)
  {
    const auto [found, added] = m_titles.try_emplace(std::string(name));
    if (added) {
      found->second = look_up(name);
    }
    return found->second;
  }

private:
  std::string look_up(std::string_view name) const
  {
    try {
      if (const auto entry = m_library.find_entry(name)) {
        if (const auto file = m_library.parsed(*entry); file && !(*file)->parsed.routine.about.title.empty()) {
          return (*file)->parsed.routine.about.title;
        }
      }
    } catch (const std::exception&) {
      // An alias two routines share: the name says enough.
    }
    return std::string(name);
  }

  const library::Library& m_library;
  std::map<std::string, std::string, std::less<>> m_titles;
};

} // namespace

int report_command(const Context& ctx, const ReportOptions& options, history::Seconds now)
{
  const history::Day today = history::local_day(now);
  const auto [first, last] = period_of(options, today);
  const auto mine = open_history(ctx, options.history_dir, options.device_name);
  if (!mine) {
    throw Error(i18n::tr("no history: neither STRETCH_HISTORY nor a home folder is known"));
  }
  history::Period period(first, last);
  history::Tally tally;
  history::NumbnessFollowUp follow_up(today);
  history::DeviceNames devices;
  const auto read = history::read_history(mine->place, [&](const history::SessionRecord& record, std::string_view) {
    period.add(record);
    tally.add(record);
    follow_up.add(record);
    devices.add(record);
  });
  if (!read) {
    throw Error(i18n::trf("cannot read the history: {reason}", fmt::arg("reason", read.error())));
  }
  warn_about_read(ctx, *read);
  Titles titles(ctx.library);
  const std::vector<std::string> names = devices.sorted();
  const std::string page = render::format_html_report(
    {period, tally, follow_up, today, names, [&titles](std::string_view name) { return titles(name); }});
  if (!options.output || *options.output == "-") {
    if (ctx.display.terminal) {
      // A page of markup on a screen helps no one: where it should go instead.
      ctx.err.write(std::string("stretch: ")
                    + i18n::tr("the report is an HTML page: write it to a file with -o report.html, then open that in "
                               "a browser to read or print it")
                    + '\n');
    }
    ctx.out.write(page);
    return 0;
  }
  // What the page tells of the user's body is theirs: the file is for them alone.
  if (const auto written = util::write_file(*options.output, page, true, 0600); !written) {
    throw Error(i18n::trf("cannot write {file}: {reason}", fmt::arg("file", util::terminal_safe(*options.output)),
                          fmt::arg("reason", written.error())));
  }
  ctx.err.write("stretch: "
                + i18n::trnf("the report of {n} session is in {file}", "the report of {n} sessions is in {file}",
                             period.sessions(), fmt::arg("file", ctx.shown(*options.output)))
                + '\n');
  return 0;
}

} // namespace stretch::commands
