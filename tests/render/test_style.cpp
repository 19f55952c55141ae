#include "render/style.h"

#include "support/fake_env.h"

#include <doctest/doctest.h>

using namespace stretch;
using render::ColorMode;

TEST_SUITE_BEGIN("render/style");

TEST_CASE("parse_color_mode")
{
  CHECK(render::parse_color_mode("auto") == ColorMode::automatic);
  CHECK(render::parse_color_mode("always") == ColorMode::always);
  CHECK(render::parse_color_mode("never") == ColorMode::never);
  CHECK_FALSE(render::parse_color_mode("yes"));
}

TEST_CASE("use_color follows the rule in order")
{
  const std::map<std::string, std::string> term{{"TERM", "xterm-256color"}};
  const std::map<std::string, std::string> no_color{{"TERM", "xterm"}, {"NO_COLOR", "1"}, {"CLICOLOR_FORCE", "1"}};
  const std::map<std::string, std::string> empty_no_color{{"TERM", "xterm"}, {"NO_COLOR", ""}};
  const std::map<std::string, std::string> force{{"CLICOLOR_FORCE", "1"}};
  const std::map<std::string, std::string> force_zero{{"TERM", "xterm"}, {"CLICOLOR_FORCE", "0"}};
  const std::map<std::string, std::string> dumb{{"TERM", "dumb"}};
  const std::map<std::string, std::string> none;

  CHECK(render::use_color(ColorMode::always, test::fake_env(no_color), false));
  CHECK_FALSE(render::use_color(ColorMode::never, test::fake_env(force), true));
  CHECK_FALSE(render::use_color(ColorMode::automatic, test::fake_env(no_color), true));
  CHECK(render::use_color(ColorMode::automatic, test::fake_env(empty_no_color), true));
  CHECK(render::use_color(ColorMode::automatic, test::fake_env(force), false));
  CHECK_FALSE(render::use_color(ColorMode::automatic, test::fake_env(force_zero), false));
  CHECK(render::use_color(ColorMode::automatic, test::fake_env(force_zero), true));
  CHECK_FALSE(render::use_color(ColorMode::automatic, test::fake_env(dumb), true));
  CHECK_FALSE(render::use_color(ColorMode::automatic, test::fake_env(none), true));
  CHECK(render::use_color(ColorMode::automatic, test::fake_env(term), true));
  CHECK_FALSE(render::use_color(ColorMode::automatic, test::fake_env(term), false));
}

TEST_CASE("styled")
{
  CHECK(render::styled(render::Palette::plain().contract, "CONTRACT") == "CONTRACT");
  CHECK(render::styled(render::Palette::colored().contract, "CONTRACT") == "\x1b[1m\x1b[91mCONTRACT\x1b[0m");
  CHECK(render::styled(render::Palette::colored().heading, "A") == "\x1b[1mA\x1b[0m");
}

TEST_CASE("Palette::kind")
{
  const auto palette = render::Palette::colored();
  CHECK(render::styled(palette.kind(routine::StepKind::relax), "x") == render::styled(palette.relax, "x"));
  CHECK(render::styled(palette.kind(routine::StepKind::question), "x") == render::styled(palette.waiting, "x"));
}

TEST_SUITE_END();
