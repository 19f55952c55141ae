// SPDX-License-Identifier: MIT
// The page `stretch report` writes.
#include "render/html_report.h"

#include "history/local_time.h"
#include "i18n/format.h"
#include "util/html.h"
#include "util/strings.h"

#include <algorithm>
#include <fmt/format.h>

namespace stretch::render {
namespace {

using history::Day;

// The look of the page, on a screen and on paper: system fonts only, nothing fetched.
constexpr std::string_view k_style = R"(
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1a1a1a;
       background: #fff; margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .2rem; }
h2 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; border-bottom: 1px solid #ccc; padding-bottom: .15rem; }
p { margin: .3rem 0; }
.period { color: #444; margin-bottom: .8rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .2rem .5rem .2rem 0; border-bottom: 1px solid #e4e4e4; }
td.n, th.n { text-align: right; }
td.day, td.said { white-space: nowrap; }
.figures td:first-child { width: 60%; }
.advice { border-left: 4px solid #b3261e; padding: .3rem .7rem; background: #fbeeee; }
.calm { border-left: 4px solid #2e7d32; padding: .3rem .7rem; background: #eef6ee; }
ul.answers { margin: 0; padding-left: 1rem; }
svg { display: block; width: 100%; height: auto; margin: .3rem 0; }
svg text { font: 11px system-ui, sans-serif; fill: #444; }
.stayed { fill: #b3261e; } .went { fill: #2e7d32; } .open { fill: #8a8a8a; } .bar { fill: #1f5fa8; }
.axis { stroke: #999; stroke-width: 1; }
.note { color: #555; font-size: .9rem; }
@media print {
  @page { margin: 14mm; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  section, tr { break-inside: avoid; }
}
)";

// `2026-11-26`.
std::string iso(Day day)
{
  const std::chrono::year_month_day ymd(day);
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

long long minutes(long long seconds)
{
  return (seconds + 30) / 60;
}

// A row of the key figures, its value marked for whoever reads the page by machine.
std::string figure(std::string_view label, std::string_view key, const std::string& value)
{
  return fmt::format("<tr><td>{}</td><td data-figure=\"{}\">{}</td></tr>\n", util::html_text(label), key, value);
}

// `english` translated, as HTML text.
std::string text(const char* english)
{
  return util::html_text(i18n::tr(english));
}

// The figures a clinician reads first.
std::string summary(const HtmlReport& r)
{
  const history::Period& p = r.period;
  const history::Streaks streaks = r.tally.streaks(r.today);
  std::size_t stayed = 0;
  const auto numb = p.numb_days();
  for (const history::NumbDay& day : numb) {
    stayed += day.stayed.value_or(false) ? 1 : 0;
  }
  std::string out = "<section><h2>" + text(N_("In short")) + "</h2>\n<table class=\"figures\">\n";
  out += figure(i18n::tr("Sessions"), "sessions", std::to_string(p.sessions()));
  out += figure(i18n::tr("Minutes stretched"), "minutes", std::to_string(minutes(p.seconds())));
  out += figure(i18n::tr("Days with a session"), "active-days", std::to_string(p.active_days()));
  out += figure(i18n::tr("Days the feet went numb"), "numb-days", std::to_string(numb.size()));
  out += figure(i18n::tr("Of those, days the numbness stayed"), "stayed-days", std::to_string(stayed));
  out += figure(i18n::tr("Streak of days, as of today (longest)"), "streak",
                util::html_text(i18n::trf("{current} ({longest})", fmt::arg("current", history::days_text(streaks.current)),
                                          fmt::arg("longest", history::days_text(streaks.longest)))));
  out += figure(i18n::tr("Numb feet in the 30 days up to today"), "numb-days-30",
                util::html_text(i18n::trf("{days} (numbness stayed on {stayed})",
                                          fmt::arg("days", history::days_text(r.follow_up.episode_days())),
                                          fmt::arg("stayed", history::days_text(r.follow_up.stayed_days())))));
  if (!r.devices.empty()) {
    std::vector<std::string> names;
    for (const std::string& name : r.devices) {
      names.push_back(util::html_text(name));
    }
    out += figure(i18n::tr("Devices"), "devices", util::join(names, ", "));
  }
  return out + "</table></section>\n";
}

// Where day `day` of the period lies along a chart `width` wide, after a margin.
double x_of(const history::Period& p, Day day, double width)
{
  const double span = std::max<double>(1, static_cast<double>((p.last() - p.first()).count()));
  return 10 + (width - 20) * static_cast<double>((day - p.first()).count()) / span;
}

// What a numb day's mark says: how it ended, as a class and in words.
std::pair<std::string_view, std::string> ending(const history::NumbDay& day)
{
  if (!day.stayed) {
    return {"open", text(N_("not said"))};
  }
  return *day.stayed ? std::pair{std::string_view("stayed"), text(N_("numbness stayed"))}
                     : std::pair{std::string_view("went"), text(N_("numbness went"))};
}

// One mark per day the feet went numb, along the period; days in a row that ended alike
// share one, so that years of it stay a small page.
std::string timeline(const HtmlReport& r, const std::vector<history::NumbDay>& numb)
{
  constexpr double k_width = 700;
  const std::string label = util::html_text(i18n::trf("Days the feet went numb, from {first} to {last}",
                                                      fmt::arg("first", iso(r.period.first())),
                                                      fmt::arg("last", iso(r.period.last()))));
  std::string out = fmt::format("<svg viewBox=\"0 0 {} 58\" role=\"img\" aria-label=\"{}\">\n"
                                "<line class=\"axis\" x1=\"10\" y1=\"34\" x2=\"{}\" y2=\"34\"/>\n",
                                k_width, label, k_width - 10);
  for (std::size_t i = 0; i < numb.size();) {
    const auto [kind, said] = ending(numb[i]);
    std::size_t end = i + 1;
    while (end < numb.size() && numb[end].day == numb[end - 1].day + std::chrono::days(1) && ending(numb[end]).first == kind) {
      ++end;
    }
    const double x = x_of(r.period, numb[i].day, k_width) - 2;
    const double width = x_of(r.period, numb[end - 1].day, k_width) + 2 - x;
    const std::string when =
      end - i == 1 ? iso(numb[i].day)
                   : util::html_text(i18n::trnf("{first} to {last} ({n} day)", "{first} to {last} ({n} days)", end - i,
                                                fmt::arg("first", iso(numb[i].day)), fmt::arg("last", iso(numb[end - 1].day))));
    out += fmt::format("<rect class=\"{}\" x=\"{:.1f}\" y=\"10\" width=\"{:.1f}\" height=\"22\"><title>{}: {}</title></rect>\n",
                       kind, x, width, when, said);
    i = end;
  }
  out += fmt::format("<text x=\"10\" y=\"50\">{}</text><text x=\"{}\" y=\"50\" text-anchor=\"end\">{}</text>\n</svg>\n",
                     iso(r.period.first()), k_width - 10, iso(r.period.last()));
  return out;
}

// The answers of a day's sessions, each as the runner gave it.
std::string answers(const history::NumbDay& day)
{
  std::string out = "<ul class=\"answers\">";
  for (const history::SessionRecord& session : day.kept) {
    for (const session::AnswerRecord& answer : session.answers) {
      const std::string reply = !answer.reply ? text(N_("no answer")) : *answer.reply ? text(N_("yes")) : text(N_("no"));
      out += fmt::format("<li>{} <b>{}</b></li>", util::html_text(answer.question), reply);
    }
  }
  if (day.sessions > day.kept.size()) {
    out += "<li>"
           + util::html_text(i18n::trnf("and {n} more session", "and {n} more sessions", day.sessions - day.kept.size()))
           + "</li>";
  }
  return out + "</ul>";
}

// Each day the feet went numb: the timeline, then the latest days one by one.
std::string numb_section(const HtmlReport& r)
{
  const auto numb = r.period.numb_days();
  std::string out = "<section><h2>" + text(N_("Days the feet went numb")) + "</h2>\n";
  if (numb.empty()) {
    return out + "<p>" + text(N_("None in this period.")) + "</p></section>\n";
  }
  out += timeline(r, numb);
  out += "<p class=\"note\">" + text(N_("Red: the numbness stayed. Green: it went. Grey: not said.")) + "</p>\n";
  out += fmt::format("<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n", text(N_("Day")), text(N_("Routine")),
                     text(N_("How it ended")), text(N_("Answers given")));
  const std::size_t from = numb.size() > k_max_numb_days_listed ? numb.size() - k_max_numb_days_listed : 0;
  for (std::size_t i = numb.size(); i-- > from;) {
    const history::NumbDay& day = numb[i];
    std::vector<std::string> titles;
    for (const std::string& routine : day.routines) {
      titles.push_back(util::html_text(r.title_of ? r.title_of(routine) : routine));
    }
    const std::string said = ending(day).second;
    out += fmt::format("<tr data-numb-day=\"{}\"><td class=\"day\">{}</td><td>{}</td><td class=\"said\">{}</td><td>{}</td></tr>\n", iso(day.day),
                       iso(day.day), util::join(titles, ", "), said, answers(day));
  }
  out += "</table>\n";
  if (from > 0) {
    out += "<p class=\"note\">"
           + util::html_text(i18n::trnf("The {n} earlier day is marked on the timeline above.",
                                        "The {n} earlier days are marked on the timeline above.", from))
           + "</p>\n";
  }
  return out + "</section>\n";
}

// Minutes per week, as bars.
std::string minutes_section(const HtmlReport& r)
{
  constexpr double k_width = 700;
  constexpr double k_height = 130;
  const auto weeks = r.period.seconds_by_week();
  long long most = 1;
  for (const auto& [week, seconds] : weeks) {
    most = std::max(most, minutes(seconds));
  }
  std::string out = fmt::format("<section><h2>{}</h2>\n<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\">\n",
                                text(N_("Minutes per week")), k_width, k_height + 28, text(N_("Minutes stretched per week")));
  const double slot = (k_width - 50) / static_cast<double>(std::max<std::size_t>(1, weeks.size()));
  for (std::size_t i = 0; i < weeks.size(); ++i) {
    const long long m = minutes(weeks[i].second);
    const double h = k_height * static_cast<double>(m) / static_cast<double>(most);
    out += fmt::format("<rect class=\"bar\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\"><title>{}</title></rect>\n",
                       40 + slot * static_cast<double>(i) + slot * 0.1, 8 + k_height - h, slot * 0.8, h,
                       util::html_text(i18n::trf("Week of {week}: {minutes} min", fmt::arg("week", iso(weeks[i].first)),
                                                 fmt::arg("minutes", m))));
  }
  out += fmt::format("<line class=\"axis\" x1=\"38\" y1=\"{0}\" x2=\"{1}\" y2=\"{0}\"/>\n"
                     "<text x=\"34\" y=\"16\" text-anchor=\"end\">{2}</text><text x=\"34\" y=\"{0}\" text-anchor=\"end\">0</text>\n"
                     "<text x=\"40\" y=\"{3}\">{4}</text><text x=\"{1}\" y=\"{3}\" text-anchor=\"end\">{5}</text>\n</svg>\n",
                     8 + k_height, k_width - 10, most, k_height + 24, iso(weeks.front().first), iso(weeks.back().first));
  return out + "<p class=\"note\">"
         + text(N_("Each bar is a week, Monday to Sunday; the scale runs from 0 to the busiest week's minutes."))
         + "</p></section>\n";
}

// Each routine run, by title, most run first.
std::string routines_section(const HtmlReport& r)
{
  std::vector<std::pair<std::string, history::RoutineUse>> uses(r.period.routines().begin(), r.period.routines().end());
  std::sort(uses.begin(), uses.end(), [](const auto& a, const auto& b) {
    return a.second.sessions != b.second.sessions ? a.second.sessions > b.second.sessions : a.first < b.first;
  });
  std::string out = "<section><h2>" + text(N_("Routines")) + "</h2>\n";
  if (uses.empty()) {
    return out + "<p>" + text(N_("No routine was run in this period.")) + "</p></section>\n";
  }
  out += fmt::format("<table><tr><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr>\n", text(N_("Routine")),
                     text(N_("Sessions")), text(N_("Minutes")));
  for (const auto& [name, use] : uses) {
    out += fmt::format("<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
                       util::html_text(r.title_of ? r.title_of(name) : name), use.sessions, minutes(use.seconds));
  }
  return out + "</table></section>\n";
}

// What the guidance advises, and whether it was given.
std::string guidance_section(const HtmlReport& r)
{
  std::string out = "<section><h2>" + text(N_("The advice")) + "</h2>\n";
  if (r.follow_up.advise()) {
    out += "<p class=\"advice\" data-figure=\"advice\">"
           + util::html_text(i18n::trf("Given: {advice}", fmt::arg("advice", r.follow_up.advice()))) + "</p>\n";
  } else {
    out += "<p class=\"calm\" data-figure=\"advice\">"
           + util::html_text(i18n::trf("Not given as of today: the feet went numb on fewer than {days} days in the last "
                                       "{window}, and the numbness stayed on fewer than {stayed}.",
                                       fmt::arg("days", history::k_episode_days_for_advice),
                                       fmt::arg("window", history::k_numbness_window_days),
                                       fmt::arg("stayed", history::k_stayed_days_for_advice)))
           + "</p>\n";
  }
  return out + "<p class=\"note\">"
         + text(N_("stretch advises seeing a doctor or physical therapist for a full evaluation when numb feet keep coming "
                "back: numbness on several days within a month is a warning light, not something to run through."))
         + "</p></section>\n";
}

} // namespace

std::string format_html_report(const HtmlReport& report)
{
  const std::string period =
    i18n::trf("{first} to {last}", fmt::arg("first", iso(report.period.first())), fmt::arg("last", iso(report.period.last())));

  const std::string_view language = i18n::language();
  std::string out = fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
                                language.empty() ? "en" : util::html_text(language),
                                util::html_text(i18n::trf("Stretching and numb feet, {period}", fmt::arg("period", period))),
                                k_style);
  out += fmt::format("<h1>{}</h1>\n<p class=\"period\" data-figure=\"period\">{}</p>\n", text(N_("Stretching and numb feet")),
                     util::html_text(i18n::trf("{period}, made on {day} from the history kept by stretch",
                                               fmt::arg("period", period), fmt::arg("day", iso(report.today)))));
  if (report.period.sessions() == 0) {
    out += "<p data-figure=\"empty\">" + text(N_("No sessions in this period.")) + "</p>\n";
  }
  out += summary(report) + numb_section(report) + minutes_section(report) + routines_section(report)
         + guidance_section(report);
  return out + "</main>\n</body>\n</html>\n";
}

} // namespace stretch::render
