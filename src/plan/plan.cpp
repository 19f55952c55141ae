// SPDX-License-Identifier: MIT
// Expands a routine into the flat list of timed steps that a session runs and `show` prints.
#include "plan/plan.h"

#include "util/strings.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace stretch::plan {
namespace {

// Why `options` do not fit `routine`, or nullopt.
std::optional<PlanProblem> check_options(const routine::Routine& routine, const PlanOptions& options)
{
  using Kind = PlanProblem::Kind;
  if (!(options.scale > 0.0) || options.scale > k_max_scale) {
    return PlanProblem{Kind::scale, routine.about.name, {}, {}};
  }
  if (options.reps && (*options.reps < 1 || *options.reps > routine::k_max_reps)) {
    return PlanProblem{Kind::reps, routine.about.name, {}, {}};
  }
  if (options.ready.count() < 0 || options.ready > k_max_ready) {
    return PlanProblem{Kind::ready, routine.about.name, {}, {}};
  }
  if (options.side) {
    auto labels = side_labels(routine);
    const bool known = std::any_of(labels.begin(), labels.end(), [&](const std::string& label) {
      return util::iequals(label, *options.side);
    });
    if (!known) {
      return PlanProblem{labels.empty() ? Kind::no_sides : Kind::unknown_side, routine.about.name, *options.side,
                         std::move(labels)};
    }
  }
  return std::nullopt;
}


using routine::Exercise;

std::size_t side_index_of(const Exercise& exercise, routine::Text side)
{
  const auto found = std::find(exercise.sides.begin(), exercise.sides.end(), side);
  return static_cast<std::size_t>(found - exercise.sides.begin());
}

// An exercise starting with a manual step or question needs no lead-in: the step waits.
bool wants_lead_in(const Exercise& exercise)
{
  const auto& opening = exercise.first_steps.empty() ? exercise.steps : exercise.first_steps;
  return routine::is_timed(opening.front().kind);
}

class Builder
{
public:
  // With `keep_steps` false, only counts them (for `outline_plan`).
  Builder(const routine::Routine& routine, const PlanOptions& options, bool keep_steps = true)
    : m_routine(routine), m_options(options), m_keep_steps(keep_steps)
  {
  }

  util::Expected<Plan, PlanProblem> build();

  // How many steps it made, kept or not.
  std::size_t steps_counted() const { return m_count; }

private:
  bool add_exercise(const Exercise& exercise, std::size_t index);
  bool add_step(const PlanStep& base, const routine::Step& step, int rep, bool& first_of_side, bool rep_start = false);
  bool add(PlanStep step);
  Duration scaled(Duration d, Duration minimum = Duration{0});
  std::vector<routine::Text> sides_of(const Exercise& exercise) const;
  std::size_t steps_at_most() const;

  const routine::Routine& m_routine;
  const PlanOptions& m_options;
  bool m_keep_steps;
  std::size_t m_count = 0;
  Plan m_plan;
};

Duration Builder::scaled(Duration d, Duration minimum)
{
  const Duration floor = minimum.count() > 0 ? minimum : std::min(d, k_shortest_scaled);
  const double ms = std::round(static_cast<double>(d.count()) * m_options.scale);
  if (ms < static_cast<double>(floor.count())) {
    ++m_plan.kept_at_minimum;
    return floor;
  }
  return Duration(static_cast<long long>(ms));
}

std::vector<routine::Text> Builder::sides_of(const Exercise& exercise) const
{
  if (!m_options.side) {
    return exercise.sides;
  }
  for (const routine::Text side : exercise.sides) {
    if (util::iequals(side, *m_options.side)) {
      return {side};
    }
  }
  return exercise.sides;
}

// How many steps the plan can have, at most: room made once, not grown step by step.
std::size_t Builder::steps_at_most() const
{
  std::size_t total = 0;
  for (const Exercise& exercise : m_routine.exercises) {
    const auto reps = static_cast<std::size_t>(std::max(1, m_options.reps.value_or(exercise.reps)));
    const std::size_t per_side = 2 + exercise.first_steps.size() + reps * (exercise.steps.size() + 1);
    total += std::max<std::size_t>(1, exercise.sides.size()) * per_side;
    if (total >= k_max_steps) {
      return k_max_steps;
    }
  }
  return total;
}

bool Builder::add(PlanStep step)
{
  if (m_count >= k_max_steps) {
    return false;
  }
  ++m_count;
  step.start = m_plan.total;
  m_plan.total += step.duration;
  if (m_keep_steps) {
    m_plan.steps.push_back(std::move(step));
  }
  return true;
}

bool Builder::add_step(const PlanStep& base, const routine::Step& step, int rep, bool& first_of_side, bool rep_start)
{
  PlanStep planned = base;
  planned.rep_start = rep_start;
  planned.kind = step.kind;
  planned.label = step.label;
  planned.rep = rep;
  planned.text = step.cue;
  planned.yes = step.yes;
  planned.no = step.no;
  planned.new_side = first_of_side;
  first_of_side = false;
  if (routine::is_scaled(step.kind)) {
    planned.duration = scaled(step.duration, step.minimum);
  } else {
    planned.duration = step.duration.count() > 0 ? step.duration : m_options.wait_fallback;
  }
  return add(std::move(planned));
}

bool Builder::add_exercise(const Exercise& exercise, std::size_t index)
{
  const std::vector<routine::Text> sides = sides_of(exercise);
  const int reps = m_options.reps && routine::has_timed_steps(exercise) ? *m_options.reps : exercise.reps;
  const std::size_t side_count = std::max<std::size_t>(1, sides.size());
  for (std::size_t s = 0; s < side_count; ++s) {
    PlanStep base;
    base.exercise = exercise.name;
    base.exercise_index = index;
    base.side = sides.empty() ? "" : sides[s];
    base.side_index = sides.empty() ? 0 : side_index_of(exercise, sides[s]);
    base.reps = reps;
    bool first_of_side = s > 0;
    if (s > 0 && exercise.between_sides.duration.count() > 0) {
      PlanStep pause = base;
      pause.kind = StepKind::rest;
      pause.side = sides[s - 1];
      pause.rep = reps;
      pause.duration = scaled(exercise.between_sides.duration);
      pause.text = exercise.between_sides.cue;
      if (!add(std::move(pause))) {
        return false;
      }
    }
    if (m_options.ready.count() > 0 && wants_lead_in(exercise)) {
      PlanStep lead = base;
      lead.kind = s == 0 ? StepKind::ready : StepKind::switch_sides;
      lead.duration = m_options.ready;
      lead.text = exercise.setup;
      lead.new_side = first_of_side;
      first_of_side = false;
      if (!add(std::move(lead))) {
        return false;
      }
    }
    for (const routine::Step& step : exercise.first_steps) {
      if (!add_step(base, step, 0, first_of_side)) {
        return false;
      }
    }
    for (int rep = 1; rep <= reps; ++rep) {
      for (std::size_t i = 0; i < exercise.steps.size(); ++i) {
        if (!add_step(base, exercise.steps[i], rep, first_of_side, i == 0)) {
          return false;
        }
      }
      if (rep < reps && exercise.between_reps.duration.count() > 0) {
        PlanStep pause = base;
        pause.kind = StepKind::rest;
        pause.rep = rep;
        pause.duration = scaled(exercise.between_reps.duration);
        pause.text = exercise.between_reps.cue;
        if (!add(std::move(pause))) {
          return false;
        }
      }
    }
  }
  return true;
}

util::Expected<Plan, PlanProblem> Builder::build()
{
  if (auto problem = check_options(m_routine, m_options)) {
    return std::move(*problem);
  }
  m_plan.about = m_routine.about;
  m_plan.files = m_routine.files;
  if (m_keep_steps) {
    m_plan.steps.reserve(steps_at_most());
  }
  for (std::size_t i = 0; i < m_routine.exercises.size(); ++i) {
    if (!add_exercise(m_routine.exercises[i], i)) {
      return PlanProblem{PlanProblem::Kind::too_many_steps, m_routine.about.name, {}, {}};
    }
  }
  return std::move(m_plan);
}

} // namespace

std::size_t Plan::holds() const
{
  return static_cast<std::size_t>(std::count_if(
    steps.begin(), steps.end(), [](const PlanStep& step) { return routine::is_hold(step.kind); }));
}

std::vector<std::string> side_labels(const routine::Routine& routine)
{
  std::vector<std::string> labels;
  for (const Exercise& exercise : routine.exercises) {
    for (const routine::Text side : exercise.sides) {
      const bool seen = std::any_of(labels.begin(), labels.end(),
                                    [&](const std::string& label) { return util::iequals(label, side); });
      if (!seen) {
        labels.emplace_back(side);
      }
    }
  }
  return labels;
}

util::Expected<Plan, PlanProblem> build_plan(const routine::Routine& routine, const PlanOptions& options)
{
  return Builder(routine, options).build();
}

util::Expected<Outline, PlanProblem> outline_plan(const routine::Routine& routine, const PlanOptions& options)
{
  Builder builder(routine, options, false);
  auto plan = builder.build();
  if (!plan) {
    return plan.failure();
  }
  return Outline{builder.steps_counted(), plan->total};
}

} // namespace stretch::plan
