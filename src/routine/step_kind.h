// SPDX-License-Identifier: MIT
// The kinds of step a routine is made of, and their names in files and on screen.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace stretch::routine {

/// What a step asks of the user. Each has a row in the table of step_kind.cpp, which says
/// everything else of it: adding a kind is adding it here and there (and to the manual).
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

/// How a kind looks on screen: the palette's color for it. Kinds alike look alike.
enum class Look { contract, stretch, relax, rest, waiting, ready, switch_sides };

/// The keyword that writes `kind` in a routine file (`contract`), or "" for lead-ins.
std::string_view keyword(StepKind kind);

/// The keywords of the kinds a routine file may write, in the order the manual gives them.
std::vector<std::string_view> step_keywords();

/// How `kind` looks on screen.
Look look(StepKind kind);

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
