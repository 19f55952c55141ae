// SPDX-License-Identifier: MIT
// What a session amounted to, printed at its end.
#pragma once

#include "plan/plan.h"
#include "render/style.h"
#include "session/session.h"

#include <cstddef>
#include <string>

namespace stretch::render {

/// How the summary is laid out.
struct SummaryStyle
{
  const Palette* palette = nullptr;
  std::size_t width = 0; // wrap prose at words to this many columns; 0: one line each
  bool unicode = true;   // `·` and `…` rather than ASCII
};

/// How the session ended, with the routine's title; the advice of each answer that counted;
/// the holds done and skipped and the time spent, pauses apart (when an answer ended the
/// routine, the holds it made unneeded are not counted as missed); then the routine's tips.
std::string format_summary(const plan::Plan& plan, const session::Summary& summary, const SummaryStyle& style);

} // namespace stretch::render
