// Finds routines by name: the user's own folder first, then the built-ins.
#pragma once

#include "library/builtins.h"
#include "routine/loader.h"
#include "util/expected.h"

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::library {

/// The file name ending of a routine file.
inline constexpr std::string_view k_extension = ".stretch";

/// Where a routine comes from.
enum class Origin { builtin, user };

/// A routine the library knows: its name, where it is, and (for built-ins) its text.
struct Entry
{
  std::string name;
  Origin origin = Origin::builtin;
  std::filesystem::path path; // the user's file; empty for built-ins
  std::string_view builtin_text;
  bool overrides_builtin = false; // a user routine with the name of a built-in
};

/// True when a command-line argument names a file rather than a routine: it holds a `/`
/// or ends in `.stretch`.
bool is_path_argument(std::string_view argument);

/// The routines of a user folder and a set of built-ins. Reads the folder when asked, so
/// a new file shows up at once.
class Library : public routine::RoutineSource
{
public:
  /// A library of `builtins` and of the `.stretch` files in `user_dir` (if any).
  Library(std::span<const BuiltinRoutine> builtins, std::optional<std::filesystem::path> user_dir);

  /// The user's routine folder, which may not exist yet.
  const std::optional<std::filesystem::path>& user_dir() const { return m_user_dir; }

  /// Every routine by name; where the user's folder and the built-ins share a name, the
  /// user's file.
  std::vector<Entry> entries() const;

  /// The routine called `name`, looking at names first (the user's, then built-ins) and then
  /// at aliases.
  std::optional<Entry> find_entry(std::string_view name) const;

  /// The file text of `entry`, or the reason it cannot be read.
  util::Expected<routine::SourceFile> read(const Entry& entry) const;

  /// The file of the routine called `name`, or nullopt. Throws `Error` when it exists but
  /// cannot be read.
  std::optional<routine::SourceFile> find(std::string_view name) const override;

  /// Every routine name and alias.
  std::vector<std::string> names() const override;

  /// The routine file at `path`, named after its stem, or why it cannot be read (a message
  /// that does not repeat the path).
  static util::Expected<routine::SourceFile> read_path(std::string_view path);

  /// The file a command-line `argument` means: a path (see `is_path_argument`) or a routine
  /// name. Throws `Error` for an unreadable file, and `UsageError` for an unknown name (with
  /// close matches).
  routine::SourceFile resolve(std::string_view argument) const;

private:
  std::vector<Entry> user_entries() const;
  // The aliases declared by `entry`'s file; none when it cannot be read or parsed.
  std::vector<std::string> aliases_of(const Entry& entry) const;

  std::span<const BuiltinRoutine> m_builtins;
  std::optional<std::filesystem::path> m_user_dir;
};

} // namespace stretch::library
