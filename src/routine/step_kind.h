// SPDX-License-Identifier: MIT
// The kinds of step a routine is made of, and their names in files and on screen.
#pragma once

#include <optional>
#include <string_view>

namespace stretch::routine {

/// What a step asks of the user. The first six are written in routine files; `ready` and
/// `switch_sides` are lead-ins that the plan adds before an exercise and after a side switch.
enum class StepKind {
  contract,
  stretch,
  relax,
  rest,
  manual,
  question,
  ready,
  switch_sides,
};

/// The keyword that writes `kind` in a routine file (`contract`), or "" for lead-ins.
std::string_view keyword(StepKind kind);

/// The kind that `word` names in a routine file, or nullopt when it names none.
std::optional<StepKind> step_kind_from_keyword(std::string_view word);

/// The word shown for `kind` in a session and in `stretch show` (`CONTRACT`, `GET READY`).
std::string_view label(StepKind kind);

/// True for the kinds that run on a timer: contract, stretch, relax, rest and the lead-ins.
bool is_timed(StepKind kind);

/// True for the lead-ins the plan adds: `ready` and `switch_sides`.
bool is_lead_in(StepKind kind);

/// True for the holds the summary counts: contract and stretch.
bool is_hold(StepKind kind);

/// True for the kinds whose duration `--scale` changes: contract, stretch, relax, rest.
bool is_scaled(StepKind kind);

} // namespace stretch::routine
