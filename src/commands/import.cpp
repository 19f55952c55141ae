// SPDX-License-Identifier: MIT
// `stretch import`: a routine from a physio or a friend, checked, then copied to the
// user's folder under its own name.
#include "commands/import.h"

#include "commands/load.h"
#include "commands/new.h"
#include "error.h"
#include "i18n/format.h"
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

int import_command(const Context& ctx, const ImportOptions& options, int input)
{
  const bool from_stdin = options.source == "-";
  routine::SourceFile file;
  if (from_stdin) {
    file = read_standard_input(input);
  } else {
    auto read = library::Library::read_path(options.source);
    if (!read) {
      throw Error(fmt::format("{}: {}", options.source, read.error()));
    }
    file = std::move(*read);
  }
  // Parsed once: the title may name it, and under that name (which aliases and includes
  // are checked against) it is checked like any other routine before it is kept.
  const auto parsed = std::make_shared<routine::ParsedFile>(std::move(file));
  std::string& name = parsed->source.name;
  if (options.name) {
    name = routine_name_of(*options.name);
  } else if (from_stdin) {
    name = name_from_title(parsed->parsed.routine.about.title);
    if (name.empty()) {
      name = "imported";
    }
  }
  const std::filesystem::path path = user_routine_file(ctx, name);
  check_or_throw(ctx, parsed);
  const auto replacing = claim_name(ctx, name, options.replace_builtin);
  const auto written = util::write_file(path, parsed->source.text, options.force);
  if (!written) {
    throw Error(written.error());
  }
  if (!*written) {
    throw Error(i18n::trf("{file} already exists; --force replaces it, or --as NAME imports it under another name",
                          fmt::arg("file", path.string())));

  }
  ctx.library.forget();
  ctx.out.write(ctx.shown(path) + '\n');
  if (replacing) {
    ctx.err.write(util::note_line(*replacing));
  }
  return 0;
}

} // namespace stretch::commands
