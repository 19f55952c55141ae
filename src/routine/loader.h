// Turns routine files into whole `Routine`s, expanding their includes: each file is parsed
// and expanded once per loader, and each problem reported once, where it is.
#pragma once

#include "routine/diagnostic.h"
#include "routine/parser.h"
#include "routine/routine.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::routine {

/// The text of one routine file and the names it goes by.
struct SourceFile
{
  std::string name;    // the routine's name: `calf`
  std::string display; // how messages name the file: a path, or `<built-in>/calf.stretch`
  std::string text;
};

/// A routine file and what the parser made of it.
struct ParsedFile
{
  SourceFile source;
  ParseResult parsed;
};

/// Parses `file` once, for sharing between everything that looks at it.
std::shared_ptr<const ParsedFile> parse_file(SourceFile file);

/// Where included routines come from; the library in the program, a map in tests.
class RoutineSource
{
public:
  virtual ~RoutineSource() = default;

  /// The routine called `name` (or aliased so), parsed, or null when there is none.
  /// Throws `Error` when the routine exists but cannot be read.
  virtual std::shared_ptr<const ParsedFile> find(std::string_view name) const = 0;

  /// Every routine name there is, for "did you mean".
  virtual std::vector<std::string> names() const = 0;

  /// Problems with the aliases that `file` declares, given the other routines there are
  /// (an alias another routine has too, or that is another routine's name).
  virtual std::vector<Diagnostic> check_aliases(const ParsedFile& file) const;
};

/// Receives problems as they are found, so that a command can print them at once.
class DiagnosticSink
{
public:
  virtual ~DiagnosticSink() = default;

  /// Takes `diagnostic`, one of a file's problems, which arrive in line order.
  virtual void report(const Diagnostic& diagnostic) = 0;
};

/// Keeps every diagnostic it is given: for tests, and for callers that want a list.
class DiagnosticList : public DiagnosticSink
{
public:
  void report(const Diagnostic& diagnostic) override { all.push_back(diagnostic); }

  std::vector<Diagnostic> all;
};

/// How deep includes may nest.
inline constexpr std::size_t k_max_include_depth = 16;

/// The most diagnostics one loader reports; after them, one line says that the rest are
/// left out.
inline constexpr std::size_t k_max_reported = 100;

/// Loads routines through a `RoutineSource`. Remembers every file it expanded, so a file
/// that is included many times, or by many routines, costs one parse and one expansion,
/// and its problems are reported once: included files before the file that includes
/// them, each file's in line order. Use one loader per command.
class Loader
{
public:
  /// Reports problems to `sink`; `source` finds included routines.
  Loader(const RoutineSource& source, DiagnosticSink& sink);

  /// `file` with every include expanded, or nullopt when it or a routine it includes has
  /// problems, which are reported (unless reported already by this loader).
  std::optional<Routine> load(const ParsedFile& file);

  /// Reports `diagnostic` to the sink, within the limit of `k_max_reported`: for problems
  /// found beyond the loader, such as a plan too large.
  void report(const Diagnostic& diagnostic);

  /// How many diagnostics have been reported.
  std::size_t reported() const { return m_reported; }

private:
  // What a file expands to, remembered by the name that messages give it.
  struct Expansion
  {
    bool ok = false;
    std::string episode;
    std::vector<std::string> tips;
    std::vector<Exercise> exercises;
  };

  const Expansion& expand(const ParsedFile& file);
  void include(const Include& item, const ParsedFile& from, Expansion& into, std::vector<Diagnostic>& problems);

  const RoutineSource& m_source;
  DiagnosticSink& m_sink;
  std::map<std::string, Expansion> m_done;
  std::vector<const ParsedFile*> m_stack; // the files being expanded, outermost first
  std::size_t m_reported = 0;
};

/// A loaded routine, or the diagnostics that say why it could not be loaded.
struct LoadResult
{
  std::optional<Routine> routine;
  std::vector<Diagnostic> diagnostics;
};

/// Loads `file` with a loader of its own: for tests and one-off checks.
LoadResult load_routine(const SourceFile& file, const RoutineSource& source);

} // namespace stretch::routine
