// SPDX-License-Identifier: MIT
// Turns routine files into whole `Routine`s, expanding their includes.
#include "routine/loader.h"

#include "error.h"
#include "i18n/format.h"
#include "util/edit_distance.h"

#include <algorithm>
#include <fmt/format.h>

namespace stretch::routine {

ParsedFile::ParsedFile(SourceFile file) : source(std::move(file)), parsed(parse_routine(source.text, source.display))
{
}

std::shared_ptr<const ParsedFile> parse_file(SourceFile file)
{
  return std::make_shared<const ParsedFile>(std::move(file));
}

std::vector<Diagnostic> RoutineSource::check_aliases(const ParsedFile& /*file*/) const
{
  return {};
}

Loader::Loader(const RoutineSource& source, DiagnosticSink& sink) : m_source(source), m_sink(sink) {}

void Loader::report(const Diagnostic& diagnostic)
{
  if (m_reported < k_max_reported) {
    m_sink.report(diagnostic);
  } else if (m_reported == k_max_reported) {
    m_sink.report({diagnostic.file, 0, 0,
                   i18n::trf("more than {most} errors; the rest are left out", fmt::arg("most", k_max_reported))});
  }
  ++m_reported;
}

Loader::Expansion& Loader::expand(const std::shared_ptr<const ParsedFile>& shared)
{
  const ParsedFile& file = *shared;
  const std::string& key = file.source.display;
  const std::size_t room = k_max_include_depth - std::min(m_stack.size(), k_max_include_depth);
  if (const auto done = m_done.find(key); done != m_done.end()) {
    Expansion& known = done->second;
    const bool fits = known.ok ? known.height < room : !known.too_deep || known.room >= room;
    if (fits) {
      return known;
    }
  }
  std::vector<Diagnostic> problems = file.parsed.diagnostics;
  for (Diagnostic& problem : m_source.check_aliases(file)) {
    problems.push_back(std::move(problem));
  }
  Expansion expansion;
  expansion.room = room;
  expansion.about = file.parsed.routine.about;
  expansion.files.push_back(shared);
  bool over_limit = false;
  m_stack.push_back(&file);
  for (const auto& item : file.parsed.routine.items) {
    if (const auto* written = std::get_if<WrittenExercise>(&item)) {
      const Exercise* exercise = &written->exercise;
      if (expansion.exercises.size() >= k_max_exercises) {
        if (!over_limit) {
          problems.push_back({key, exercise->line, 0,
                              i18n::trf("routine has more than {most} exercises", fmt::arg("most", k_max_exercises))});
        }
        over_limit = true;
        continue;
      }
      expansion.exercises.push_back(*exercise);
    } else {
      include(std::get<Include>(item), file, expansion, problems);
    }
  }
  m_stack.pop_back();
  expansion.ok = problems.empty() && !expansion.too_deep;
  expansion.too_deep = expansion.too_deep && problems.size() == expansion.deep_reports;
  if (!expansion.ok) {
    expansion.exercises.clear(); // nobody uses them: keep only what a good file gives
    expansion.files.clear();
  }
  std::stable_sort(problems.begin(), problems.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
  for (const Diagnostic& problem : problems) {
    report(problem);
  }
  return m_done.insert_or_assign(key, std::move(expansion)).first->second;
}

std::string Loader::chain_to(std::string_view name) const
{
  std::string chain;
  for (const ParsedFile* open_file : m_stack) {
    chain += open_file->source.name + " -> ";
  }
  return chain + std::string(name);
}

void Loader::include(const Include& item, const ParsedFile& from, Expansion& into, std::vector<Diagnostic>& problems)
{
  const auto fail = [&](std::string message) {
    problems.push_back({from.source.display, item.line, item.column, std::move(message)});
  };
  if (m_stack.size() >= k_max_include_depth) {
    // The limit is the file loaded's, not this file's: said once, where it is crossed.
    into.too_deep = true;
    if (!m_depth_reported) {
      m_depth_reported = true;
      ++into.deep_reports;
      fail(i18n::trf("includes are nested more than {most} deep: {chain}", fmt::arg("most", k_max_include_depth),
                     fmt::arg("chain", chain_to(item.name))));
    }
    return;
  }
  std::shared_ptr<const ParsedFile> found;
  try {
    found = m_source.find(item.name);
  } catch (const Error& error) {
    return fail(i18n::trf("cannot include `{name}`: {reason}", fmt::arg("name", item.name), fmt::arg("reason", error.what())));
  }
  if (!found) {
    // Close names only for an error that will be printed: a folder of thousands of broken
    // includes costs one look at the names for each of the first `k_max_reported`.
    const bool printed = m_reported + problems.size() < k_max_reported;
    return fail(i18n::trf("cannot include `{name}`: no routine has that name", fmt::arg("name", item.name))
                + (printed ? util::did_you_mean(item.name, m_source.names()) : std::string()));
  }
  const std::string& display = found->source.display;
  const auto open = std::find_if(m_stack.begin(), m_stack.end(),
                                 [&](const ParsedFile* f) { return f->source.display == display; });
  if (open != m_stack.end()) {
    std::string cycle;
    for (auto it = open; it != m_stack.end(); ++it) {
      cycle += (*it)->source.name + " -> ";
    }
    return fail(i18n::trf("include cycle: {cycle}", fmt::arg("cycle", cycle + found->source.name)));
  }
  const Expansion& included = expand(found);
  if (included.too_deep) {
    into.too_deep = true; // said where it was crossed
    return;
  }
  if (!included.ok) {
    return fail(i18n::trf("included routine `{name}` has errors", fmt::arg("name", item.name)));
  }
  if (into.exercises.size() + included.exercises.size() > k_max_exercises) {
    return fail(i18n::trf("routine has more than {most} exercises with this include: {chain} brings {count} to the "
                          "{before} before it",
                          fmt::arg("most", k_max_exercises), fmt::arg("chain", chain_to(found->source.name)),
                          fmt::arg("count", included.exercises.size()), fmt::arg("before", into.exercises.size())));
  }
  merge(included, item.reps, into);
}

void Loader::merge(const Expansion& included, int reps, Expansion& into)
{
  into.height = std::max(into.height, included.height + 1);
  if (into.about.episode.empty()) {
    into.about.episode = included.about.episode; // including a numbness routine makes one
  }
  const auto add_new = [](auto& to, const auto& items) {
    for (const auto& item : items) {
      if (std::find(to.begin(), to.end(), item) == to.end()) {
        to.push_back(item);
      }
    }
  };
  add_new(into.about.tips, included.about.tips);
  add_new(into.files, included.files);
  for (Exercise exercise : included.exercises) {
    if (reps > 0 && has_timed_steps(exercise)) {
      exercise.reps = reps;
    }
    into.exercises.push_back(std::move(exercise));
  }
}

std::optional<Routine> Loader::load(const std::shared_ptr<const ParsedFile>& file)
{
  m_depth_reported = false;
  Expansion& expansion = expand(file);
  if (expansion.too_deep && !m_depth_reported) {
    // Found too deep before, through another file: said again, for this one.
    report({file->source.display, 0, 0, i18n::trf("includes are nested more than {most} deep", fmt::arg("most", k_max_include_depth))});

  }
  if (!expansion.ok) {
    return std::nullopt;
  }
  Routine routine;
  routine.about = expansion.about;
  routine.about.name = file->source.name;
  for (const AliasName& alias : file->parsed.routine.aliases) {
    routine.aliases.push_back(alias.name);
  }
  // Its exercises are the routine's now: should another file include this one, it is
  // expanded again.
  routine.exercises = std::move(expansion.exercises);
  routine.files = std::move(expansion.files);
  m_done.erase(file->source.display);
  return routine;
}

} // namespace stretch::routine
