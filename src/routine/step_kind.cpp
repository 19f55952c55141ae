// SPDX-License-Identifier: MIT
// The kinds of step a routine is made of, and their names in files and on screen.
#include "routine/step_kind.h"

#include "i18n/catalog.h"
#include "util/strings.h"

#include <array>

namespace stretch::routine {
namespace {

// Everything about a kind of step.
struct KindRow
{
  StepKind kind;
  std::string_view keyword; // in routine files; "" for the lead-ins the plan adds
  std::string_view label;   // on screen and in `stretch show`, in English (render::kind_word translates)
  bool timed;               // runs on a timer (else it waits for the user)
  bool lead_in;             // added by the plan before an exercise or a side
  bool hold;                // a hold the summary counts
  bool scaled;              // `--scale` changes its duration
  Look look;
};

constexpr std::array k_kinds{
  KindRow{StepKind::contract, "contract", N_("CONTRACT"), true, false, true, true, Look::contract},
  KindRow{StepKind::stretch, "stretch", N_("STRETCH"), true, false, true, true, Look::stretch},
  KindRow{StepKind::relax, "relax", N_("RELAX"), true, false, false, true, Look::relax},
  KindRow{StepKind::rest, "rest", N_("REST"), true, false, false, true, Look::rest},
  KindRow{StepKind::manual, "manual", N_("DO THIS"), false, false, false, false, Look::waiting},
  KindRow{StepKind::question, "question", N_("QUESTION"), false, false, false, false, Look::waiting},
  KindRow{StepKind::ready, "", N_("GET READY"), true, true, false, false, Look::ready},
  KindRow{StepKind::switch_sides, "", N_("SWITCH SIDES"), true, true, false, false, Look::switch_sides},
};

// The table is indexed by kind.
constexpr bool in_order()
{
  for (std::size_t i = 0; i < k_kinds.size(); ++i) {
    if (static_cast<std::size_t>(k_kinds[i].kind) != i) {
      return false;
    }
  }
  return true;
}
static_assert(in_order(), "k_kinds has one row per StepKind, in the enum's order");

const KindRow& row_of(StepKind kind)
{
  return k_kinds[static_cast<std::size_t>(kind)];
}

} // namespace

std::string_view keyword(StepKind kind) { return row_of(kind).keyword; }

std::vector<std::string_view> step_keywords()
{
  std::vector<std::string_view> words;
  for (const KindRow& row : k_kinds) {
    if (!row.keyword.empty()) {
      words.push_back(row.keyword);
    }
  }
  return words;
}

std::optional<StepKind> step_kind_from_keyword(std::string_view word)
{
  for (const KindRow& row : k_kinds) {
    if (!row.keyword.empty() && util::iequals(word, row.keyword)) {
      return row.kind;
    }
  }
  return std::nullopt;
}

std::string_view label(StepKind kind) { return row_of(kind).label; }

Look look(StepKind kind) { return row_of(kind).look; }

bool is_timed(StepKind kind) { return row_of(kind).timed; }

bool is_lead_in(StepKind kind) { return row_of(kind).lead_in; }

bool is_hold(StepKind kind) { return row_of(kind).hold; }

bool is_scaled(StepKind kind) { return row_of(kind).scaled; }

} // namespace stretch::routine
