// The numbness follow-up: numbness once is a reason to stop for the day; numbness that
// keeps coming back is a reason to see a professional.
#pragma once

#include "history/record.h"

#include <string_view>
#include <vector>

namespace stretch::history {

/// The routine whose question asks whether the numbness has gone.
inline constexpr std::string_view k_numbness_routine = "midrun";

/// How many days back the follow-up looks, today included.
inline constexpr int k_numbness_window_days = 30;

/// On how many of those days numbness must have stayed for the advice to see someone.
inline constexpr int k_numbness_days_for_advice = 2;

/// True when `record` is a mid-run session in which the numbness had not gone: a question
/// answered no, and so a day called off.
bool numbness_stayed(const SessionRecord& record);

/// On how many local days, of the `k_numbness_window_days` up to `today`, numbness stayed.
int numbness_days(const std::vector<SessionRecord>& records, Day today);

/// The advice to get numbness that keeps returning looked at, for `days` days of it.
std::string numbness_advice(int days);

} // namespace stretch::history
