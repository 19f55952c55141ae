// SPDX-License-Identifier: MIT
// The texts that tell how to call stretch beyond CLI11's own: the examples that end every
// `--help` (each command line, and what it does; a test runs every one of them), and what
// `stretch` alone prints.
#pragma once

#include "library/library.h"

#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace stretch::cli {

/// A command line, and what it does.
using Example = std::pair<std::string_view, std::string_view>;

/// `Examples:`, then each command at the left and its meaning at a column of its own (on
/// the next line, when the command is too long for it).
std::string examples_footer(std::span<const Example> examples);

/// The end of `stretch --help`: the keys of a session, the examples, and where routine
/// files are described.
std::string top_footer();

/// What `stretch` alone prints: how to start, and the routines there are to run.
std::string short_usage(const library::Library& library);

} // namespace stretch::cli
