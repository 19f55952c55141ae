// Turns a routine file into a whole `Routine`, expanding its includes.
#pragma once

#include "routine/diagnostic.h"
#include "routine/routine.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::routine {

/// The text of one routine file and the names it goes by.
struct SourceFile
{
  std::string name;    // the routine's name: `calf`
  std::string display; // how messages name the file: a path, or `calf.stretch (built-in)`
  std::string text;
};

/// Where included routines come from; the library in the program, a map in tests.
class RoutineSource
{
public:
  virtual ~RoutineSource() = default;

  /// The file of the routine called `name` (or aliased so), or nullopt when there is none.
  /// Throws `Error` when the routine exists but cannot be read.
  virtual std::optional<SourceFile> find(std::string_view name) const = 0;

  /// Every routine name there is, for "did you mean".
  virtual std::vector<std::string> names() const = 0;
};

/// A loaded routine, or the diagnostics that say why it could not be loaded.
struct LoadResult
{
  std::optional<Routine> routine;
  std::vector<Diagnostic> diagnostics;
};

/// How deep includes may nest.
inline constexpr std::size_t k_max_include_depth = 16;

/// The most exercises a routine may gather through its includes.
inline constexpr std::size_t k_max_exercises = 500;

/// Parses `file` and, through `source`, every routine it includes, into one routine whose
/// exercises are in file order. Reports unknown names, unreadable includes and include
/// cycles as diagnostics; never throws `Error`.
LoadResult load_routine(const SourceFile& file, const RoutineSource& source);

} // namespace stretch::routine
