// SPDX-License-Identifier: MIT
// `stretch edit`: opens a routine of the user's in their editor, then checks it.
#include "commands/edit.h"

#include "commands/load.h"
#include "commands/new.h"
#include "error.h"
#include "i18n/format.h"
#include "library/starter.h"
#include "term/answer_keys.h"
#include "util/file.h"
#include "util/messages.h"
#include "util/process.h"
#include "util/strings.h"
#include "util/terminal_text.h"

#include <fmt/format.h>
#include <unistd.h>

namespace stretch::commands {
namespace {

// Makes sure the user has a file for routine `name`, copying a built-in or installed one if
// need be.
std::filesystem::path file_to_edit(const Context& ctx, const std::string& name)
{
  const std::filesystem::path path = user_routine_file(ctx, name);
  if (std::filesystem::exists(path)) {
    return path;
  }
  const auto entry = ctx.library.find_entry(name);
  if (!entry) {
    throw UsageError(i18n::trf("no routine named `{name}`; `stretch new {name}` makes one", fmt::arg("name", name)));
  }
  if (entry->origin == library::Origin::user) {
    return entry->path; // `name` is an alias of a routine of the user's
  }
  // A built-in, or a routine installed for everyone: the copy takes its place under its own
  // name (also when `name` is an alias), so it keeps its aliases: `stretch toe` and
  // `include toe` go on working.
  const std::filesystem::path copy = user_routine_file(ctx, entry->name);
  const auto source = ctx.library.parsed(*entry);
  if (!source) {
    throw Error(fmt::format("{}: {}", entry->path.string(), source.error()));
  }
  const auto written = util::write_file(copy, library::copied_routine((*source)->source.text, entry->name, entry->name), false);
  if (!written) {
    throw Error(written.error());
  }
  if (!*written) {
    throw Error(i18n::trf("{file} already exists", fmt::arg("file", copy.string()))); // made since the library was read
  }
  ctx.library.forget();
  ctx.err.write(util::note_line(
    entry->origin == library::Origin::builtin
      ? i18n::trf("the built-in routine `{name}` is copied to {copy}; your copy is used from now on",
                  fmt::arg("name", entry->name), fmt::arg("copy", copy.string()))
      : i18n::trf("{file} is copied to {copy}; your copy is used from now on", fmt::arg("file", entry->path.string()),
                  fmt::arg("copy", copy.string()))));
  return copy;
}

// Checks the file at `path` as `stretch check` would: prints its errors and returns false,
// or returns true.
bool check_file(const Context& ctx, const std::filesystem::path& path)
{
  ctx.library.forget(); // the editor may have changed any routine
  auto file = library::Library::read_path(path.string());
  if (!file) {
    ctx.err.write(routine::format_diagnostic({path.string(), 0, 0, file.error()}) + '\n');
    return false;
  }
  DiagnosticPrinter printer(ctx.err);
  routine::Loader loader(ctx.library, printer);
  return load_and_check(loader, routine::parse_file(std::move(*file))).has_value();
}

} // namespace

EditIo process_edit_io()
{
  EditIo io;
  io.run_editor = util::run_and_wait;
  if (::isatty(STDIN_FILENO) == 1) {
    io.ask = [](std::string_view question) {
      // TRANSLATORS: a question answered yes by Enter alone; the letters are the answer keys.
      util::FdSink(STDERR_FILENO).write(i18n::trf("{question} [Y/n] ", fmt::arg("question", question)));
      std::string answer;
      char c = 0;
      while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n') {
        answer += c;
      }
      const std::u32string& yes = term::answer_keys().yes;
      const auto first = static_cast<unsigned char>(answer.empty() ? 'y' : answer[0]);
      return answer.empty() || yes.find(static_cast<char32_t>(first | 0x20)) != std::u32string::npos;
    };
  }
  return io;
}

std::vector<std::string> editor_command(const util::EnvLookup& env, const std::filesystem::path& file)
{
  std::string editor = "vi";
  for (const char* variable : {"VISUAL", "EDITOR"}) {
    if (const char* value = env(variable); value != nullptr && !util::trim(value).empty()) {
      editor = value;
      break;
    }
  }
  // As git runs it: the shell reads the editor's command (quotes, options, a path with
  // blanks), and the file comes as an argument of its own, never put into that command.
  return {"sh", "-c", editor + " \"$@\"", editor, file.string()};
}

int edit_command(const Context& ctx, const EditOptions& options, const EditIo& io)
{
  const std::filesystem::path path = file_to_edit(ctx, options.name);
  const std::vector<std::string> argv = editor_command(ctx.env, path);
  while (true) {
    const auto status = io.run_editor(argv);
    if (!status) {
      throw Error(i18n::trf("{reason} (set VISUAL or EDITOR to the editor you use)", fmt::arg("reason", status.error())));
    }
    if (*status != 0) {
      throw Error(i18n::trf("the editor `{editor}` ended with status {status}; {file} is as it left it",
                            fmt::arg("editor", util::terminal_safe(argv[3])), fmt::arg("status", *status),
                            fmt::arg("file", path.string())));
    }
    if (check_file(ctx, path)) {
      ctx.out.write(i18n::trf("{file}: ok", fmt::arg("file", ctx.shown(path))) + '\n');
      return 0;
    }
    if (!io.ask || !io.ask(i18n::tr("Edit it again to fix it?"))) {
      return 1;
    }
  }
}

} // namespace stretch::commands
