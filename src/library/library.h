// SPDX-License-Identifier: MIT
// Finds routines by name: the user's own folder first, then the folders shared by
// everyone on the machine, then the built-ins.
#pragma once

#include "library/builtins.h"
#include "routine/loader.h"
#include "util/expected.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace stretch::library {

/// The file name ending of a routine file.
inline constexpr std::string_view k_extension = ".stretch";

/// The most routine files read from one folder, in name order.
inline constexpr std::size_t k_max_user_routines = 1000;

/// Where a routine comes from: the user's own folder, a folder of routines installed for
/// the user or for everyone (by a physio, a club, a distribution), or the program itself.
enum class Origin { builtin, user, installed };

/// A folder of routine files, and whose.
struct Folder
{
  std::filesystem::path path;
  Origin origin = Origin::user;
};

/// A routine the library knows: its name, where it is, and (for built-ins) its text.
struct Entry
{
  std::string name;
  Origin origin = Origin::builtin;
  std::filesystem::path path; // its file; empty for built-ins
  std::string_view builtin_text;
  std::vector<std::filesystem::path> hides{}; // the files of later folders with its name, which it is used instead of
  bool hides_builtin = false;                   // a built-in has its name too
  std::size_t rank = 0; // its folder's place in the order of precedence; the built-ins come last
};

/// A file in the user's folder with the routine ending that is no routine, and why.
struct Skipped
{
  std::string name; // the name it would have had
  std::filesystem::path path;
  std::string why;
};

/// True when a command-line argument names a file rather than a routine: it holds a `/`,
/// ends in `.stretch`, or names an existing regular file.
bool is_path_argument(std::string_view argument);

/// The routines of a user folder and a set of built-ins. Reads the folder, and each file,
/// at most once until `forget` is called: one command sees one state of the folder, and
/// never pays twice for a file.
class Library : public routine::RoutineSource
{
public:
  /// A library of `builtins` and of the `.stretch` files in `folders`, the first of which
  /// wins where several have a routine of one name; the user's folder (the one a routine
  /// of the user's is written to) is the first of origin `user`, if any.
  Library(std::span<const BuiltinRoutine> builtins, std::vector<Folder> folders);

  /// A library of `builtins` and of the user's folder `user_dir` alone (if any).
  Library(std::span<const BuiltinRoutine> builtins, std::optional<std::filesystem::path> user_dir);

  /// The user's routine folder, which may not exist yet.
  const std::optional<std::filesystem::path>& user_dir() const { return m_user_dir; }

  /// The folders read, in order of precedence.
  const std::vector<Folder>& folders() const { return m_folders; }

  /// Every routine by name: where several folders, or a folder and the built-ins, share a
  /// name, the file of the first folder, which says what it hides.
  const std::vector<Entry>& entries() const;

  /// The folders that hold more than `k_max_user_routines` routine files, so that some were
  /// left out.
  const std::vector<std::filesystem::path>& truncated() const;

  /// The files of the user's folder that end in `.stretch` but are no routine: a folder, a
  /// FIFO or another file that is not a regular one, a name no routine may have. Hidden
  /// files (an editor's lock file, say) are left out without a word.
  const std::vector<Skipped>& skipped() const;

  /// The routine called `name`, looking at names first (the user's, then built-ins) and then
  /// at aliases, where the routine of the earlier folder wins (the user's, then those
  /// installed, then the built-ins). Throws `UsageError` when two routines of one folder
  /// share the alias `name`.
  std::optional<Entry> find_entry(std::string_view name) const;

  /// The file of `entry`, parsed, or the reason it cannot be read.
  util::Expected<std::shared_ptr<const routine::ParsedFile>> parsed(const Entry& entry) const;

  /// The file of the routine called `name`, or null. Throws `Error` when it exists but
  /// cannot be read, when a file of that name in the user's folder is no routine (see
  /// `skipped`), or `name` is an alias of two routines.
  std::shared_ptr<const routine::ParsedFile> find(std::string_view name) const override;

  /// Every routine name and alias.
  std::vector<std::string> names() const override;

  /// The built-in routine that has `name` as its name or an alias, or nullopt.
  std::optional<std::string_view> builtin_called(std::string_view name) const;

  /// The routines whose files include `name` (or the routine `name` is an alias of)
  /// themselves, in name order.
  std::vector<std::string> includers(std::string_view name) const;

  /// For a file of a folder (not a built-in): each alias that another routine of its own
  /// folder declares too (an error), and each that is ignored (a warning): the name of
  /// another routine, or an alias of a routine of an earlier folder, which wins.
  std::vector<routine::Diagnostic> check_aliases(const routine::ParsedFile& file) const override;

  /// The routine file at `path`, named after its stem (without `.stretch`), or why it cannot
  /// be read (a message that does not repeat the path).
  static util::Expected<routine::SourceFile> read_path(std::string_view path);

  /// The file a command-line `argument` means: a path (see `is_path_argument`) or a routine
  /// name, in any case when only one routine has it (`Midrun`, as a phone's keyboard
  /// writes it). Throws `Error` for an unreadable file, and `UsageError` for an unknown or
  /// ambiguous name (with close matches among the routines and `also`, the commands).
  std::shared_ptr<const routine::ParsedFile> resolve(std::string_view argument,
                                                     std::span<const std::string_view> also = {}) const;

  /// Forgets what was read, so that files changed since (by an editor) are read again.
  void forget() const;

private:
  // Each alias, with the routines that declare it, those of the earliest folder first.
  const std::map<std::string, std::vector<const Entry*>>& alias_index() const;

  // The routine files of `folder`, whose place in the order of precedence is `rank`, read
  // into `entries` and `m_skipped`; false when it holds more than the limit.
  bool read_folder(const Folder& folder, std::size_t rank, std::vector<Entry>& entries) const;

  std::span<const BuiltinRoutine> m_builtins;
  std::vector<Folder> m_folders;
  std::optional<std::filesystem::path> m_user_dir;
  // What one command has read so far.
  mutable std::optional<std::vector<Entry>> m_entries;
  mutable std::vector<std::filesystem::path> m_truncated;
  mutable std::vector<Skipped> m_skipped;
  mutable std::map<std::string, util::Expected<std::shared_ptr<const routine::ParsedFile>>> m_files;
  mutable std::optional<std::map<std::string, std::vector<const Entry*>>> m_aliases; // into m_entries
};

} // namespace stretch::library
