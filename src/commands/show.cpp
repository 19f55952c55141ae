// SPDX-License-Identifier: MIT
// `stretch show`: the expanded plan of a routine, or its file text.
#include "commands/show.h"

#include "commands/load.h"
#include "render/glyphs.h"
#include "render/plan_table.h"
#include "util/terminal_text.h"

namespace stretch::commands {

int show_command(const Context& ctx, const ShowOptions& options)
{
  if (options.source) {
    const auto file = ctx.library.resolve(options.routine);
    // Byte for byte into a file or pipe, so it can serve as a template; made safe on a
    // terminal, since the file may not have been checked.
    const std::string& text = file->source.text;
    ctx.out.write(ctx.display.terminal ? util::terminal_safe(text, true) : text);
    return 0;
  }
  const CheckedRoutine checked = load_or_throw(ctx, options.routine);
  const plan::Plan plan = plan_or_throw(ctx, checked, options.plan);
  render::write_plan_table(plan, ctx.palette(), ctx.display.unicode, ctx.out);
  return 0;
}

} // namespace stretch::commands
