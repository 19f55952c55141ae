// SPDX-License-Identifier: MIT
// The built-in routines must load, and must keep the facts of the article they follow.
#include "library/builtins.h"

#include "library/library.h"
#include "plan/plan.h"
#include "support/plans.h"

#include <algorithm>
#include <doctest/doctest.h>

using namespace stretch;
using routine::StepKind;
using std::chrono::seconds;

namespace {

plan::Plan plan_of(std::string_view name)
{
  return test::builtin_plan(name);
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
    test::builtin_routine(name);
  }
}

TEST_CASE("calf: the stretch first, then 3 reps of at least 10 s calf and 20 s front of ankle, each leg")
{
  const plan::Plan plan = plan_of("calf");
  // The article: the typical calf stretch, then, at its end range, the contractions; a
  // breath after each rep, so the leg never works 90 s unbroken.
  const std::vector<std::string> side{"STRETCH 20", "CONTRACT 10", "CONTRACT 20", "RELAX 5", "CONTRACT 10",
                                      "CONTRACT 20", "RELAX 5", "CONTRACT 10", "CONTRACT 20", "RELAX 5"};
  CHECK(timeline(plan, "left") == side);
  CHECK(timeline(plan, "right") == side);
  CHECK(plan.steps.front().side == "left");
  CHECK(plan.steps.back().side == "right");
  CHECK(plan.holds() == 14);
  CHECK(plan.steps[2].label == "PRESS · calf");
  CHECK(plan.steps[3].label == "LIFT · shin");
}

TEST_CASE("big-toe: both shoes off once, 4 reps of curl 20 s, relax, lift 10 s each foot, shoes back on, also called toe")
{
  const plan::Plan plan = plan_of("toe");
  CHECK(plan.about.name == "big-toe");
  std::vector<std::string> side{"DO THIS 15"};
  for (int i = 0; i < 4; ++i) {
    side.insert(side.end(), {"CONTRACT 20", "RELAX 3", "CONTRACT 10"});
    if (i < 3) {
      side.emplace_back("REST 3");
    }
  }
  CHECK(timeline(plan, "left") == side);
  CHECK(timeline(plan, "right") == side);
  // The article slips off both shoes: one step, before either foot.
  const auto shoe_steps = std::count_if(plan.steps.begin(), plan.steps.end(), [](const auto& step) {
    return step.text.find("shoes") != std::string::npos;
  });
  CHECK(shoe_steps == 2);
  CHECK(plan.steps.front().text.starts_with("Slip off both shoes"));
  CHECK(plan.steps.front().side.empty());
  CHECK(plan.steps.back().text.starts_with("Put both shoes back on"));
  // The toe's cues name what the setup does: a wall or a box.
  for (const auto& step : plan.steps) {
    if (step.kind == StepKind::contract) {
      CHECK(step.text.find("wall or box") != std::string::npos);
    }
  }
}

TEST_CASE("--scale never takes the article's holds below their minimum")
{
  for (const char* name : {"calf", "big-toe", "midrun", "daily"}) {
    CAPTURE(name);
    const auto full = plan::build_plan(test::builtin_routine(name), {});
    const auto quick = plan::build_plan(test::builtin_routine(name), {.scale = 0.1});
    REQUIRE(full);
    REQUIRE(quick);
    REQUIRE(full->steps.size() == quick->steps.size());
    CHECK(quick->kept_at_minimum > 0);
    for (std::size_t i = 0; i < full->steps.size(); ++i) {
      const auto& step = full->steps[i];
      if (step.exercise == "Calf" || step.exercise == "Big toe") {
        if (step.kind == StepKind::contract) {
          CHECK(quick->steps[i].duration == step.duration); // 10 s and 20 s: the article's least
        }
      }
    }
  }
}

TEST_CASE("ankle: front-of-ankle and calf holds on both sides, and it says they are not the article's")
{
  const plan::Plan plan = plan_of("ankle");
  CHECK_FALSE(timeline(plan, "left").empty());
  CHECK(timeline(plan, "left") == timeline(plan, "right"));
  CHECK(plan.about.description.find("Not from the article") != std::string::npos);
}

TEST_CASE("laces: loosen them now, then ask whether the feeling is back, as midrun does")
{
  const plan::Plan plan = plan_of("laces");
  REQUIRE(plan.steps.size() == 2);
  CHECK(plan.steps[0].kind == StepKind::manual);
  CHECK(plan.steps[1].kind == StepKind::question);
  CHECK(plan.steps[1].yes.stops);
  CHECK(plan.about.episode == "numbness");
  REQUIRE(plan.about.tips.size() == 1);
  CHECK(plan.about.tips[0].find("every other eyelet") != std::string::npos);
  // The same question and advice as in midrun.
  const plan::Plan midrun = plan_of("midrun");
  const auto same = std::find_if(midrun.steps.begin(), midrun.steps.end(), [&](const auto& step) {
    return step.kind == StepKind::question && step.text == plan.steps[1].text && step.yes.advice == plan.steps[1].yes.advice
           && step.no.advice == plan.steps[1].no.advice;
  });
  CHECK(same != midrun.steps.end());
}

TEST_CASE("midrun: stop, laces, feeling back?, calf, big toe, shoes on, then the numbness question")
{
  const plan::Plan plan = plan_of("midrun");
  std::vector<std::string> exercises;
  for (const auto& step : plan.steps) {
    if (exercises.empty() || exercises.back() != step.exercise) {
      exercises.emplace_back(step.exercise);
    }
  }
  CHECK(exercises == std::vector<std::string>{"Stop running", "Laces", "Feeling check", "Calf", "Shoes off", "Big toe",
                                              "Shoes on", "Check in"});
  CHECK(plan.about.episode == "numbness");
  CHECK(plan.steps.front().kind == StepKind::manual);
  // Right after the laces, the first fix: when the feeling is back, that is it.
  const auto& feeling = plan.steps[2];
  CHECK(feeling.kind == StepKind::question);
  CHECK(feeling.yes.stops);
  CHECK_FALSE(feeling.no.stops);
  // Shoes back on before the check.
  CHECK(plan.steps[plan.steps.size() - 2].text.find("shoes back on") != std::string::npos);
  const auto& last = plan.steps.back();
  CHECK(last.kind == StepKind::question);
  CHECK(last.text == "Has the numbness gone?");
  CHECK(last.no.stops);
  CHECK(last.no.advice.find("Call it a day") == 0);
  CHECK(last.no.advice.find("full evaluation by a doctor or physical therapist") != std::string::npos);
  // The lacing tip is for later, not a step mid-run.
  CHECK(std::none_of(plan.steps.begin(), plan.steps.end(),
                     [](const auto& s) { return s.text.find("next runs") != std::string::npos; }));
  CHECK(plan.about.tips.size() == 1);
}

TEST_CASE("daily: about ten minutes, feet first, then the whole body")
{
  const plan::Plan plan = plan_of("daily");
  CHECK(plan.total >= std::chrono::minutes(9));
  CHECK(plan.total <= std::chrono::minutes(12));
  std::vector<std::string> exercises;
  for (const auto& step : plan.steps) {
    if (exercises.empty() || exercises.back() != step.exercise) {
      exercises.emplace_back(step.exercise);
    }
  }
  CHECK(exercises == std::vector<std::string>{"Toes", "Ankle circles", "Sole on a ball", "Calf", "Big toe",
                                              "Shoulders", "Back", "Quads", "Hamstrings", "Glutes"});
}

TEST_SUITE_END();
