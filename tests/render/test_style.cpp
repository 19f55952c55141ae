#include "render/style.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("render/style");

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
