// SPDX-License-Identifier: MIT
// The kinds of step a routine is made of, and their names in files and on screen.
#include "routine/step_kind.h"

#include "util/strings.h"

#include <array>

namespace stretch::routine {
namespace {

struct KindNames
{
  StepKind kind;
  std::string_view keyword;
  std::string_view label;
};

constexpr std::array k_kinds{
  KindNames{StepKind::contract, "contract", "CONTRACT"},
  KindNames{StepKind::stretch, "stretch", "STRETCH"},
  KindNames{StepKind::relax, "relax", "RELAX"},
  KindNames{StepKind::rest, "rest", "REST"},
  KindNames{StepKind::manual, "manual", "DO THIS"},
  KindNames{StepKind::question, "question", "QUESTION"},
  KindNames{StepKind::ready, "", "GET READY"},
  KindNames{StepKind::switch_sides, "", "SWITCH SIDES"},
};

const KindNames& names_of(StepKind kind)
{
  return k_kinds[static_cast<std::size_t>(kind)];
}

} // namespace

std::string_view keyword(StepKind kind) { return names_of(kind).keyword; }

std::optional<StepKind> step_kind_from_keyword(std::string_view word)
{
  for (const KindNames& names : k_kinds) {
    if (!names.keyword.empty() && util::iequals(word, names.keyword)) {
      return names.kind;
    }
  }
  return std::nullopt;
}

std::string_view label(StepKind kind) { return names_of(kind).label; }

bool is_timed(StepKind kind) { return kind != StepKind::manual && kind != StepKind::question; }

bool is_lead_in(StepKind kind) { return kind == StepKind::ready || kind == StepKind::switch_sides; }

bool is_hold(StepKind kind) { return kind == StepKind::contract || kind == StepKind::stretch; }

bool is_scaled(StepKind kind)
{
  return kind == StepKind::contract || kind == StepKind::stretch || kind == StepKind::relax
         || kind == StepKind::rest;
}

} // namespace stretch::routine
