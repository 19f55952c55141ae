// SPDX-License-Identifier: MIT
#include "routine/step_kind.h"

#include <doctest/doctest.h>

using namespace stretch::routine;

TEST_SUITE_BEGIN("routine/step_kind");

TEST_CASE("step_kind_from_keyword")
{
  CHECK(step_kind_from_keyword("contract") == StepKind::contract);
  CHECK(step_kind_from_keyword("Relax") == StepKind::relax);
  CHECK(step_kind_from_keyword("question") == StepKind::question);
  CHECK_FALSE(step_kind_from_keyword("hold"));
  CHECK_FALSE(step_kind_from_keyword("")); // lead-ins have no keyword
}

TEST_CASE("keyword and label")
{
  CHECK(keyword(StepKind::stretch) == "stretch");
  CHECK(label(StepKind::contract) == "CONTRACT");
  CHECK(label(StepKind::ready) == "GET READY");
  CHECK(label(StepKind::switch_sides) == "SWITCH SIDES");
  CHECK(label(StepKind::manual) == "DO THIS");
}

TEST_CASE("kind properties")
{
  CHECK(is_timed(StepKind::rest));
  CHECK(is_timed(StepKind::ready));
  CHECK_FALSE(is_timed(StepKind::manual));
  CHECK(is_hold(StepKind::contract));
  CHECK(is_hold(StepKind::stretch));
  CHECK_FALSE(is_hold(StepKind::relax));
  CHECK(is_scaled(StepKind::rest));
  CHECK_FALSE(is_scaled(StepKind::ready));
  CHECK_FALSE(is_scaled(StepKind::question));
}

TEST_SUITE_END();
