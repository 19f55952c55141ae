// Turns a routine file into a whole `Routine`, expanding its includes.
#include "routine/loader.h"

#include "error.h"
#include "routine/parser.h"
#include "util/edit_distance.h"

#include <fmt/format.h>

namespace stretch::routine {
namespace {

class Loader
{
public:
  explicit Loader(const RoutineSource& source) : m_source(source) {}

  // Appends the exercises of `file` to `out`; false when `file` or an include has errors.
  bool expand(const SourceFile& file, std::vector<Exercise>& out, Routine* header);

  std::vector<Diagnostic> diagnostics;

private:
  bool include(const Include& item, const std::string& from, std::vector<Exercise>& out);

  const RoutineSource& m_source;
  std::vector<std::string> m_stack; // displays of the files being expanded, outermost first
  std::vector<std::string> m_names; // their routine names, for messages
};

bool Loader::expand(const SourceFile& file, std::vector<Exercise>& out, Routine* header)
{
  ParseResult parsed = parse_routine(file.text, file.display);
  if (!parsed.ok()) {
    diagnostics.insert(diagnostics.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    return false;
  }
  if (header != nullptr) {
    header->name = file.name;
    header->title = std::move(parsed.routine.title);
    header->description = std::move(parsed.routine.description);
    header->aliases = std::move(parsed.routine.aliases);
  }
  m_stack.push_back(file.display);
  m_names.push_back(file.name);
  bool ok = true;
  for (auto& item : parsed.routine.items) {
    if (auto* exercise = std::get_if<Exercise>(&item)) {
      out.push_back(std::move(*exercise));
    } else {
      ok = include(std::get<Include>(item), file.display, out) && ok;
    }
  }
  m_stack.pop_back();
  m_names.pop_back();
  return ok;
}

bool Loader::include(const Include& item, const std::string& from, std::vector<Exercise>& out)
{
  const auto fail = [&](std::string message) {
    diagnostics.push_back({from, item.line, item.column, std::move(message)});
    return false;
  };
  if (m_stack.size() >= k_max_include_depth) {
    return fail(fmt::format("includes are nested more than {} deep", k_max_include_depth));
  }
  std::optional<SourceFile> found;
  try {
    found = m_source.find(item.name);
  } catch (const Error& error) {
    return fail(fmt::format("cannot include `{}`: {}", item.name, error.what()));
  }
  if (!found) {
    return fail(fmt::format("cannot include `{}`: no routine has that name{}", item.name,
                            util::did_you_mean(item.name, m_source.names())));
  }
  for (std::size_t i = 0; i < m_stack.size(); ++i) {
    if (m_stack[i] == found->display) {
      std::string cycle;
      for (std::size_t j = i; j < m_names.size(); ++j) {
        cycle += m_names[j] + " -> ";
      }
      return fail(fmt::format("include cycle: {}{}", cycle, found->name));
    }
  }
  if (out.size() > k_max_exercises) {
    return fail(fmt::format("routine has more than {} exercises", k_max_exercises));
  }
  const std::size_t first = out.size();
  if (!expand(*found, out, nullptr)) {
    return fail(fmt::format("included routine `{}` has errors", item.name));
  }
  if (item.reps > 0) {
    for (std::size_t i = first; i < out.size(); ++i) {
      if (has_timed_steps(out[i])) {
        out[i].reps = item.reps;
      }
    }
  }
  return true;
}

} // namespace

LoadResult load_routine(const SourceFile& file, const RoutineSource& source)
{
  Loader loader(source);
  Routine routine;
  LoadResult result;
  if (loader.expand(file, routine.exercises, &routine)) {
    result.routine = std::move(routine);
  }
  result.diagnostics = std::move(loader.diagnostics);
  return result;
}

} // namespace stretch::routine
