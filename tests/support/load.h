// SPDX-License-Identifier: MIT
// Loading a routine with a loader of its own, its problems kept in a list: for tests and
// fuzzers, which look at every diagnostic at once.
#pragma once

#include "routine/loader.h"

#include <optional>
#include <vector>

namespace stretch::test {

/// Keeps every diagnostic it is given.
class DiagnosticList : public routine::DiagnosticSink
{
public:
  void report(const routine::Diagnostic& diagnostic) override { all.push_back(diagnostic); }

  std::vector<routine::Diagnostic> all;
};

/// A loaded routine, or the diagnostics that say why it could not be loaded.
struct LoadResult
{
  std::optional<routine::Routine> routine;
  std::vector<routine::Diagnostic> diagnostics;
};

/// Loads `file`, whose includes `source` finds, with a loader of its own.
inline LoadResult load_routine(const routine::SourceFile& file, const routine::RoutineSource& source)
{
  DiagnosticList list;
  routine::Loader loader(source, list);
  LoadResult result;
  result.routine = loader.load(routine::parse_file(file));
  result.diagnostics = std::move(list.all);
  return result;
}

} // namespace stretch::test
