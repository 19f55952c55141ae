// SPDX-License-Identifier: MIT
// Reads the text of a routine file into plain data, collecting every problem on the way.
#pragma once

#include "routine/about.h"
#include "routine/diagnostic.h"
#include "routine/routine.h"

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace stretch::routine {

/// An `include NAME [reps N]` line: the exercises of routine `name` go here, with `reps`
/// (when not 0) replacing the reps of those that have timed steps.
struct Include
{
  Text name;
  int reps = 0;
  std::size_t line = 0;
  std::size_t column = 0;
};

/// An `alias NAME` as written, with where it stands, for messages about it.
struct AliasName
{
  std::string name;
  std::size_t line = 0;
  std::size_t column = 0;
};

/// An exercise as its file writes it: the exercise, and the steps it views, kept here for
/// as long as the file, never copied (a copy would view the original's).
struct WrittenExercise
{
  WrittenExercise() = default;
  WrittenExercise(WrittenExercise&&) = default;
  WrittenExercise& operator=(WrittenExercise&&) = default;
  WrittenExercise(const WrittenExercise&) = delete;
  WrittenExercise& operator=(const WrittenExercise&) = delete;

  Exercise exercise; // whose `first_steps` and `steps` view the two below
  std::vector<Step> first_steps;
  std::vector<Step> steps;
};

/// One routine file as written: includes are not expanded yet.
struct RoutineFile
{
  std::string file;
  About about; // without its name, which the loader gives it from the file's
  std::vector<AliasName> aliases;
  std::vector<std::variant<WrittenExercise, Include>> items;
  // Text made of several lines (a `setup` over two lines), which no view into the file can
  // give; each string is kept where it is, whatever becomes of the rest.
  std::vector<std::unique_ptr<const std::string>> joined;
};

/// What the parser read, and every problem it found. The routine is only usable when
/// there are no diagnostics.
struct ParseResult
{
  RoutineFile routine;
  std::vector<Diagnostic> diagnostics;

  bool ok() const { return diagnostics.empty(); }
};

/// The most diagnostics reported for one file; the parser stops after them.
inline constexpr std::size_t k_max_diagnostics = 20;

/// Parses `text`, the contents of the routine file named `file` (used in diagnostics).
/// Diagnostics come in line order. Takes time in proportion to the length of `text`. The
/// result views `text` and `file` (see `Text`): they must outlive it.
ParseResult parse_routine(std::string_view text, std::string_view file);

/// The same, with the texts translated into the first of `languages` (best first, `de_AT`
/// then `de`) that a `KEYWORD[LANG]` line gives: the user's (`i18n::languages`) above.
ParseResult parse_routine(std::string_view text, std::string_view file, std::span<const std::string> languages);

} // namespace stretch::routine
