// The built-in routines must load, and must keep the facts of the article they follow.
#include "library/builtins.h"

#include "library/library.h"
#include "plan/plan.h"

#include <algorithm>
#include <doctest/doctest.h>

using namespace stretch;
using routine::StepKind;
using std::chrono::seconds;

namespace {

routine::Routine load_builtin(std::string_view name)
{
  const library::Library library(library::builtin_routines(), std::nullopt);
  const auto file = library.find(name);
  REQUIRE(file);
  auto loaded = routine::load_routine(file->source, library);
  REQUIRE_MESSAGE(loaded.routine, routine::format_diagnostics(loaded.diagnostics));
  return *loaded.routine;
}

plan::Plan plan_of(std::string_view name)
{
  const auto plan = plan::build_plan(load_builtin(name), {});
  REQUIRE(plan);
  return *plan;
}

// The kinds and durations of the steps of `plan` that are not lead-ins, as "KIND secs".
std::vector<std::string> timeline(const plan::Plan& plan, std::string_view side)
{
  std::vector<std::string> out;
  for (const auto& step : plan.steps) {
    if (step.side == side && step.kind != StepKind::ready && step.kind != StepKind::switch_sides) {
      out.push_back(std::string(routine::label(step.kind)) + " "
                    + std::to_string(std::chrono::duration_cast<seconds>(step.duration).count()));
    }
  }
  return out;
}

} // namespace

TEST_SUITE_BEGIN("library/builtins");

TEST_CASE("builtin_routines")
{
  std::vector<std::string> names;
  for (const auto& builtin : library::builtin_routines()) {
    names.emplace_back(builtin.name);
    CHECK_FALSE(builtin.text.empty());
  }
  CHECK(names == std::vector<std::string>{"ankle", "big-toe", "calf", "daily", "laces", "midrun"});
  for (const auto& name : names) {
    CAPTURE(name);
    load_builtin(name);
  }
}

TEST_CASE("calf: 3 reps of 10 s calf and 20 s front-of-ankle, left then right")
{
  const plan::Plan plan = plan_of("calf");
  const std::vector<std::string> reps{"CONTRACT 10", "CONTRACT 20", "CONTRACT 10", "CONTRACT 20", "CONTRACT 10", "CONTRACT 20"};
  CHECK(timeline(plan, "left") == reps);
  CHECK(timeline(plan, "right") == reps);
  CHECK(plan.steps.front().side == "left");
  CHECK(plan.steps.back().side == "right");
  CHECK(plan.holds() == 12);
}

TEST_CASE("big-toe: 4 reps of curl 20 s, relax, lift 10 s, each foot, also called toe")
{
  const plan::Plan plan = plan_of("toe");
  CHECK(plan.name == "big-toe");
  std::vector<std::string> reps;
  for (int i = 0; i < 4; ++i) {
    reps.insert(reps.end(), {"CONTRACT 20", "RELAX 3", "CONTRACT 10"});
  }
  CHECK(timeline(plan, "left") == reps);
  CHECK(timeline(plan, "right") == reps);
}

TEST_CASE("ankle: front-of-ankle and calf holds on both sides")
{
  const plan::Plan plan = plan_of("ankle");
  CHECK_FALSE(timeline(plan, "left").empty());
  CHECK(timeline(plan, "left") == timeline(plan, "right"));
}

TEST_CASE("laces: manual steps that wait")
{
  const plan::Plan plan = plan_of("laces");
  REQUIRE_FALSE(plan.steps.empty());
  CHECK(std::all_of(plan.steps.begin(), plan.steps.end(), [](const auto& s) { return s.kind == StepKind::manual; }));
}

TEST_CASE("midrun: stop, laces, calf, big toe, then the numbness question")
{
  const plan::Plan plan = plan_of("midrun");
  std::vector<std::string> exercises;
  for (const auto& step : plan.steps) {
    if (exercises.empty() || exercises.back() != step.exercise) {
      exercises.push_back(step.exercise);
    }
  }
  CHECK(exercises == std::vector<std::string>{"Stop running", "Laces", "Calf", "Big toe", "Check in"});
  CHECK(plan.steps.front().kind == StepKind::manual);
  const auto& last = plan.steps.back();
  CHECK(last.kind == StepKind::question);
  CHECK(last.text == "Has the numbness gone?");
  CHECK(last.no.stops);
  CHECK(last.no.advice.find("Call it a day") == 0);
}

TEST_CASE("daily: about ten minutes, feet first, then the whole body")
{
  const plan::Plan plan = plan_of("daily");
  CHECK(plan.total >= std::chrono::minutes(9));
  CHECK(plan.total <= std::chrono::minutes(12));
  std::vector<std::string> exercises;
  for (const auto& step : plan.steps) {
    if (exercises.empty() || exercises.back() != step.exercise) {
      exercises.push_back(step.exercise);
    }
  }
  CHECK(exercises == std::vector<std::string>{"Toes", "Ankle circles", "Sole on a ball", "Calf", "Big toe",
                                              "Shoulders", "Back", "Quads", "Hamstrings", "Glutes"});
}

TEST_SUITE_END();
