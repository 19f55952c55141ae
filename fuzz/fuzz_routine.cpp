// SPDX-License-Identifier: MIT
// libFuzzer target for the routine parser, the include loader, the linter, the planner and
// the table renderer: whatever the bytes, no crash, no hang, no undefined behaviour.
#include "plan/plan.h"
#include "render/plan_table.h"
#include "routine/lint.h"
#include "routine/loader.h"
#include "routine/parser.h"
#include "support/load.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

using namespace stretch;

// Every include resolves to the input itself (so cycles get exercised), except `calf`,
// which is a small valid routine.
class SelfSource : public routine::RoutineSource
{
public:
  explicit SelfSource(std::string text) : m_text(std::move(text)) {}

  std::shared_ptr<const routine::ParsedFile> find(std::string_view name) const override
  {
    if (name == "calf") {
      return routine::parse_file({"calf", "calf.stretch",
                                  "title Calf\nexercise Calf\nsides left right\nreps 3\ncontract 10s Press.\n"});
    }
    if (name == "missing") {
      return nullptr;
    }
    return routine::parse_file({std::string(name), "fuzz.stretch", m_text});
  }

  std::vector<std::string> names() const override { return {"calf", "fuzz"}; }

private:
  std::string m_text;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  const std::string text(reinterpret_cast<const char*>(data), size);
  const routine::ParseResult parsed = routine::parse_routine(text, "fuzz.stretch");
  (void)routine::format_diagnostics(parsed.diagnostics);
  // Read by a German reader of Austria: `title[de_AT]` and `title[de]` lines put in place.
  static const std::vector<std::string> k_languages{"de_AT", "de"};
  const routine::ParseResult translated = routine::parse_routine(text, "fuzz.stretch", k_languages);
  (void)routine::format_diagnostics(translated.diagnostics);

  const SelfSource source(text);
  const test::LoadResult loaded = test::load_routine({"fuzz", "fuzz.stretch", text}, source);
  if (loaded.routine) {
    (void)routine::format_diagnostics(routine::lint(*loaded.routine));
    for (const plan::PlanOptions& options :
         {plan::PlanOptions{}, plan::PlanOptions{.reps = 2, .side = "left", .scale = 0.5}}) {
      const auto built = plan::build_plan(*loaded.routine, options);
      if (built) {
        util::StringSink sink;
        render::write_plan_table(*built, render::Palette::colored(), false, sink);
      }
    }
  }
  return 0;
}
