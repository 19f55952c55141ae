// What a session amounted to, printed at its end.
#pragma once

#include "plan/plan.h"
#include "render/style.h"
#include "session/session.h"

#include <string>

namespace stretch::render {

/// Two lines: how the session ended, with the routine's title, then the holds done and
/// skipped and the time spent, pauses apart.
std::string format_summary(const plan::Plan& plan, const session::Summary& summary, const Palette& palette);

} // namespace stretch::render
