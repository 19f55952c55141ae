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

/// The widest `--help` is: the terminal's width, but never over this.
inline constexpr std::size_t k_max_help_width = 80;

/// Rows of two columns, each at `indent`: the left one, then the right one at `column`,
/// wrapped at words to `width` (on the next line, when the left one is too long for it; the
/// column moves left on a narrow terminal, so that the right one keeps some room).
std::string two_columns(std::span<const std::pair<std::string, std::string>> rows, std::size_t indent, std::size_t column,
                        std::size_t width);

/// `Examples:`, then each command at the left and its meaning at a column of its own (on
/// the next line, when the command is too long for it), wrapped to `width`.
std::string examples_footer(std::span<const Example> examples, std::size_t width = k_max_help_width);

/// The end of `stretch --help`: the keys of a session, the examples, and where routine
/// files are described, wrapped to `width`.
std::string top_footer(std::size_t width = k_max_help_width);

/// `text` wrapped at words to `width`, a word longer than a line broken rather than cut.
std::string wrap_help(std::string_view text, std::size_t width);

/// The usage lines of `stretch --help`, wrapped to `width`.
std::string top_usage(std::size_t width = k_max_help_width);

/// What `stretch` alone prints: the usage lines, the routines there are to run, and where to
/// read more.
std::string full_usage(const library::Library& library, std::size_t width = k_max_help_width);

} // namespace stretch::cli
