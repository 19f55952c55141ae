// SPDX-License-Identifier: MIT
// What `stretch report` writes: one self-contained HTML page for a clinician (no script, no
// network, no font or image to fetch; charts as inline SVG; a print style sheet for one or
// two pages), made from the history of a period.
#pragma once

#include "history/numbness.h"
#include "history/period.h"
#include "history/stats.h"

#include <functional>
#include <span>
#include <string>
#include <string_view>

namespace stretch::render {

/// What the page is made of.
struct HtmlReport
{
  const history::Period& period;              // the sessions of the period
  const history::Tally& tally;                // the whole history, for the streak
  const history::NumbnessFollowUp& follow_up; // the numbness of the 30 days up to today
  history::Day today;
  std::span<const std::string> devices{};     // the devices the history holds, by name
  std::function<std::string(std::string_view)> title_of{}; // a routine's title, from its name
};

/// The most numb days the page lists one by one (the latest); its timeline marks them all.
inline constexpr std::size_t k_max_numb_days_listed = 100;

/// The page, every text from the history or a routine HTML-escaped.
std::string format_html_report(const HtmlReport& report);

} // namespace stretch::render
