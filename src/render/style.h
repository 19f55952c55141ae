// Whether to use color, and the text styles that color means here.
#pragma once

#include "routine/step_kind.h"
#include "util/env.h"

#include <fmt/color.h>
#include <optional>
#include <string>
#include <string_view>

namespace stretch::render {

/// The `--color` flag.
enum class ColorMode { automatic, always, never };

/// Reads `auto`, `always` or `never`; nullopt for anything else.
std::optional<ColorMode> parse_color_mode(std::string_view text);

/// Decides color in this order: the `--color` flag, `NO_COLOR` set and not empty (off),
/// `CLICOLOR_FORCE` set and not `0` (on), `TERM` unset or `dumb` (off), else whether the
/// output `is_terminal`.
bool use_color(ColorMode mode, const util::EnvLookup& env, bool is_terminal);

/// The text styles of every element that may be colored; all empty when color is off, so
/// the code that prints does not branch on color.
struct Palette
{
  fmt::text_style heading;
  fmt::text_style dim;
  fmt::text_style good;
  fmt::text_style warning;
  fmt::text_style error;
  fmt::text_style contract;
  fmt::text_style stretch;
  fmt::text_style relax;
  fmt::text_style rest;
  fmt::text_style waiting; // manual steps and questions
  fmt::text_style ready;
  fmt::text_style switch_sides;
  fmt::text_style bar_done;
  fmt::text_style bar_left;

  /// The style of the word that names `kind`.
  const fmt::text_style& kind(routine::StepKind kind) const;

  /// Styles from the 16 ANSI colors, so they follow the user's terminal theme.
  static Palette colored();
  /// No styles at all.
  static Palette plain();
};

/// `text` in `style`; exactly `text` when the style is empty.
std::string styled(const fmt::text_style& style, std::string_view text);

} // namespace stretch::render
