// SPDX-License-Identifier: MIT
// The log record of a session that just ran.
#pragma once

#include "history/record.h"
#include "plan/plan.h"
#include "session/session.h"

namespace stretch::history {

/// The record of a session of `plan` that started at `start` and came to `summary`.
SessionRecord record_of(const plan::Plan& plan, const session::Summary& summary, Seconds start);

} // namespace stretch::history
