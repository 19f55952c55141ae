// SPDX-License-Identifier: MIT
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

/// A routine file and what the parser made of it, which views the file's text and display
/// name where this holds them: it stays where it is made (a `shared_ptr` shares it).
struct ParsedFile
{
  /// Parses `file`.
  explicit ParsedFile(SourceFile file);
  ParsedFile(const ParsedFile&) = delete;
  ParsedFile& operator=(const ParsedFile&) = delete;

  SourceFile source; // its `name` may change (it is nowhere viewed); its text may not
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

/// How deep includes may nest: the file loaded and 15 levels of includes below it.
inline constexpr std::size_t k_max_include_depth = 16;

/// The most diagnostics one loader reports; after them, one line says that the rest are
/// left out.
inline constexpr std::size_t k_max_reported = 100;

/// Loads routines through a `RoutineSource`. Remembers every file it expanded, so a file
/// that is included many times, or by many routines, costs one parse and one expansion
/// (one per depth at most, near the depth limit), and its problems are reported once:
/// included files before the file that includes them, each file's in line order. Includes
/// nested past the limit are reported once, at the include that crosses it, with the whole
/// chain from the file loaded. Use one loader per command.
class Loader
{
public:
  /// Reports problems to `sink`; `source` finds included routines.
  Loader(const RoutineSource& source, DiagnosticSink& sink);

  /// `file` with every include expanded, or nullopt when it or a routine it includes has
  /// problems, which are reported (unless reported already by this loader).
  std::optional<Routine> load(const std::shared_ptr<const ParsedFile>& file);

  /// Reports `diagnostic` to the sink, within the limit of `k_max_reported`: for problems
  /// found beyond the loader, such as a plan too large.
  void report(const Diagnostic& diagnostic);

  /// How many diagnostics have been reported.
  std::size_t reported() const { return m_reported; }

private:
  // What a file expands to, remembered by the name that messages give it. How deep a
  // file's includes may go depends on how deep it was reached: an expansion is reused
  // where it fits (a good one no deeper than the room left, one that went too deep with no
  // more room than it had), and made again, at most once per depth, where it does not.
  struct Expansion
  {
    bool ok = false;
    bool too_deep = false;  // failed only because its includes went past the depth limit
    std::size_t deep_reports = 0; // of its problems, those that say so
    std::size_t height = 0; // how many levels of includes it has below it
    std::size_t room = 0;   // the levels it was allowed when it was made
    About about; // the file's, with its includes' episode and tips
    std::vector<Exercise> exercises;
    std::vector<std::shared_ptr<const ParsedFile>> files; // the file and its includes, which the exercises view
  };

  Expansion& expand(const std::shared_ptr<const ParsedFile>& shared);
  void include(const Include& item, const ParsedFile& from, Expansion& into, std::vector<Diagnostic>& problems);
  // Adds what `included` brings (its exercises, with `reps` when not 0; its files, tips and
  // episode) to `into`.
  static void merge(const Expansion& included, int reps, Expansion& into);
  // The include chain from the file being loaded to `name`: "midrun -> calf".
  std::string chain_to(std::string_view name) const;

  const RoutineSource& m_source;
  DiagnosticSink& m_sink;
  std::map<std::string, Expansion> m_done;
  std::vector<const ParsedFile*> m_stack; // the files being expanded, outermost first
  std::size_t m_reported = 0;
  bool m_depth_reported = false; // the depth limit is reported once, with its chain
};

} // namespace stretch::routine
