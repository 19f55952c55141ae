// `stretch import`: a routine from a physio or a friend, checked, then copied to the
// user's folder under its own name.
#include "commands/import.h"

#include "commands/load.h"
#include "commands/new.h"
#include "error.h"
#include "routine/parser.h"
#include "util/file.h"
#include "util/messages.h"

#include <fmt/format.h>

namespace stretch::commands {

std::string name_from_title(std::string_view title)
{
  std::string name;
  for (const char c : title) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (letter || (c >= 'A' && c <= 'Z')) {
      name += letter ? c : static_cast<char>(c - 'A' + 'a');
    } else if (!name.empty() && name.back() != '-') {
      name += '-';
    }
    if (name.size() >= 40) {
      break;
    }
  }
  while (!name.empty() && name.back() == '-') {
    name.pop_back();
  }
  return name;
}

int import_command(const Context& ctx, const ImportOptions& options)
{
  const bool from_stdin = options.source == "-";
  routine::SourceFile file;
  if (from_stdin) {
    file = {"", "<standard input>", options.text.value_or("")};
  } else {
    auto read = library::Library::read_path(options.source);
    if (!read) {
      throw Error(fmt::format("{}: {}", options.source, read.error()));
    }
    file = std::move(*read);
  }
  if (options.name) {
    file.name = routine_name_of(*options.name);
  } else if (from_stdin) {
    file.name = name_from_title(routine::parse_routine(file.text, file.display).routine.title);
    if (file.name.empty()) {
      file.name = "imported";
    }
  }
  const std::filesystem::path path = user_routine_file(ctx, file.name);
  // A stranger's routine: checked like any other before it is kept.
  check_or_throw(ctx, *routine::parse_file(file));
  const auto replaced = ctx.library.find_entry(file.name);
  const auto written = util::write_file(path, file.text, options.force);
  if (!written) {
    const bool exists = written.error().ends_with("already exists");
    throw Error(exists ? fmt::format("{}; --force replaces it, or --as NAME imports it under another name", written.error())
                       : written.error());
  }
  ctx.library.forget();
  if (replaced && replaced->origin == library::Origin::builtin) {
    ctx.err.write(util::note_line(fmt::format("`{}` takes the place of the built-in routine of that name", file.name)));
  }
  ctx.out.write(path.string() + '\n');
  return 0;
}

} // namespace stretch::commands
