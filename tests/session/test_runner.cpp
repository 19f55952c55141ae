#include "session/runner.h"

#include "support/fake_clock.h"
#include "support/fake_terminal.h"
#include "support/plans.h"

#include <algorithm>
#include <csignal>
#include <doctest/doctest.h>

using namespace stretch;
using namespace stretch::session;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

constexpr std::string_view k_two = "title Two holds\nexercise Calf\ncontract 10s Down.\ncontract 20s Up.\n";

// Records what was said.
class RecordingSpeaker : public cue::Speaker
{
public:
  void say(std::string_view text) override { said.emplace_back(text); }
  std::vector<std::string> said;
};

struct Rig
{
  test::FakeClock clock;
  test::FakeTerminal terminal{clock};
  RunOptions options;

  Rig()
  {
    options.plain = true;
    options.bell = false;
  }

  RunResult run(const plan::Plan& plan, cue::Speaker* speaker = nullptr)
  {
    Runner runner(plan, options, clock, terminal, speaker);
    return runner.run();
  }
};

std::size_t count(std::string_view text, std::string_view what)
{
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) {
    ++n;
  }
  return n;
}

} // namespace

TEST_SUITE_BEGIN("session/runner");

TEST_CASE("Runner in plain mode: one line per step, then the summary")
{
  Rig rig;
  const plan::Plan plan = test::plan_from(k_two);
  const RunResult result = rig.run(plan);
  CHECK(rig.terminal.output
        == "Two holds (0:30)\n"
           "00:00 Calf CONTRACT 0:10 Down.\n"
           "00:10 Calf CONTRACT 0:20 Up.\n"
           "Done: Two holds\n"
           "2 of 2 holds done, 0 skipped, in 0:30.\n");
  CHECK(result.summary.outcome == Outcome::done);
  CHECK(result.signal == 0);
  CHECK(rig.clock.now() == rig.clock.epoch() + seconds(30));
}

TEST_CASE("Runner keys")
{
  Rig rig;
  rig.options.keys = true;
  const plan::Plan plan = test::plan_from(k_two);
  SUBCASE("space pauses and resumes: the next step starts that much later, exactly")
  {
    rig.terminal.key_at(milliseconds(3000), ' ');
    rig.terminal.key_at(milliseconds(5500), 'p');
    rig.run(plan);
    CHECK(rig.terminal.output.find("00:03 paused\n00:05 resumed\n00:12 Calf CONTRACT 0:20 Up.\n") != std::string::npos);
    CHECK(rig.clock.now() == rig.clock.epoch() + milliseconds(32500));
    CHECK(rig.terminal.output.find("in 0:30 (paused 0:02)") != std::string::npos);
  }
  SUBCASE("n skips, b starts the step again")
  {
    rig.terminal.key_at(seconds(4), 'n');
    rig.terminal.key_at(seconds(10), 'b');
    const RunResult result = rig.run(plan);
    CHECK(rig.terminal.output.find("00:04 skipped\n00:04 Calf CONTRACT 0:20 Up.\n00:10 again\n") != std::string::npos);
    CHECK(rig.clock.now() == rig.clock.epoch() + seconds(30));
    CHECK(result.summary.holds_skipped == 1);
    CHECK(result.summary.holds_done == 1);
  }
  SUBCASE("the arrow keys")
  {
    rig.terminal.at(seconds(1), {term::Input::Kind::key, {term::Key::Kind::right, 0}, 0});
    rig.terminal.at(seconds(2), {term::Input::Kind::key, {term::Key::Kind::left, 0}, 0});
    rig.run(plan);
    CHECK(rig.clock.now() == rig.clock.epoch() + seconds(22));
  }
  SUBCASE("q stops early with the summary")
  {
    rig.terminal.key_at(seconds(5), 'q');
    const RunResult result = rig.run(plan);
    CHECK(result.summary.outcome == Outcome::stopped);
    CHECK(rig.terminal.output.ends_with("Stopped early: Two holds\n0 of 2 holds done, 0 skipped, in 0:05.\n"));
  }
  SUBCASE("Esc stops too")
  {
    rig.terminal.at(seconds(5), {term::Input::Kind::key, {term::Key::Kind::escape, 0}, 0});
    CHECK(rig.run(plan).summary.outcome == Outcome::stopped);
  }
}

TEST_CASE("Runner signals")
{
  Rig rig;
  rig.options.keys = true;
  const plan::Plan plan = test::plan_from(k_two);
  SUBCASE("Ctrl-C interrupts, with the summary")
  {
    rig.terminal.at(seconds(12), {term::Input::Kind::signal, {}, SIGINT});
    const RunResult result = rig.run(plan);
    CHECK(result.signal == SIGINT);
    CHECK(result.summary.outcome == Outcome::interrupted);
    CHECK(result.summary.holds_done == 1);
    CHECK(rig.terminal.output.find("Interrupted: Two holds") != std::string::npos);
  }
  SUBCASE("SIGTERM and SIGHUP likewise")
  {
    rig.terminal.at(seconds(1), {term::Input::Kind::signal, {}, SIGTERM});
    CHECK(rig.run(plan).signal == SIGTERM);
  }
  SUBCASE("Ctrl-Z pauses and suspends; after fg the session is still paused")
  {
    rig.terminal.at(seconds(4), {term::Input::Kind::signal, {}, SIGTSTP});
    rig.terminal.at(seconds(60), {term::Input::Kind::signal, {}, SIGCONT});
    rig.terminal.key_at(seconds(70), ' ');
    rig.run(plan);
    CHECK(rig.terminal.suspends == 1);
    CHECK(rig.terminal.output.find("00:04 paused\n01:10 resumed\n01:16 Calf") != std::string::npos);
  }
  SUBCASE("a window resize changes nothing in the timing")
  {
    rig.terminal.at(seconds(4), {term::Input::Kind::signal, {}, SIGWINCH});
    rig.run(plan);
    CHECK(rig.clock.now() == rig.clock.epoch() + seconds(30));
  }
}

TEST_CASE("Runner waiting steps")
{
  Rig rig;
  const plan::Plan plan = test::plan_from("title Mid\nexercise Laces\nmanual 20s Loosen them.\n"
                                          "exercise Check\nquestion 30s Gone?\nyes Good.\nno Call it a day.\nstop-if no\n"
                                          "exercise After\nrest 5s\n");
  SUBCASE("with keys: Enter for the manual step, n answers no and ends the routine")
  {
    rig.options.keys = true;
    rig.terminal.at(seconds(100), {term::Input::Kind::key, {term::Key::Kind::enter, 0}, 0});
    rig.terminal.key_at(seconds(150), 'n');
    const RunResult result = rig.run(plan);
    CHECK(rig.terminal.output
          == "Mid (0:55)\n"
             "00:00 Laces DO THIS (Enter when done) Loosen them.\n"
             "01:40 Check QUESTION (y or n) Gone?\n"
             "02:30 answer no: Call it a day.\n"
             "Done: Mid\n"
             "0 of 0 holds done, 0 skipped, in 2:30.\n");
    REQUIRE(result.summary.answers.size() == 1);
    CHECK_FALSE(result.summary.answers[0].yes);
    CHECK(result.summary.ended_by_answer);
  }
  SUBCASE("with keys: y answers yes and goes on")
  {
    rig.options.keys = true;
    rig.terminal.key_at(seconds(1), ' ');
    rig.terminal.key_at(seconds(2), 'y');
    rig.run(plan);
    CHECK(rig.terminal.output.find("00:02 answer yes: Good.\n00:02 After REST 0:05\n") != std::string::npos);
  }
  SUBCASE("without keys: both answers are shown and the routine goes on")
  {
    const RunResult result = rig.run(plan);
    CHECK(rig.terminal.output
          == "Mid (0:55)\n"
             "00:00 Laces DO THIS (goes on after 0:20) Loosen them.\n"
             "00:20 Check QUESTION (goes on after 0:30) Gone?\n"
             "      yes: Good.\n"
             "      no: Call it a day.\n"
             "00:50 After REST 0:05\n"
             "Done: Mid\n"
             "0 of 0 holds done, 0 skipped, in 0:55.\n");
    CHECK(result.summary.answers.empty());
  }
  SUBCASE("when the keys end, a waiting step goes on after its time")
  {
    rig.options.keys = true;
    rig.terminal.at(seconds(7), {term::Input::Kind::end, {}, 0});
    rig.run(plan);
    CHECK(rig.terminal.output.find("00:27 Check QUESTION") != std::string::npos);
  }
}

TEST_CASE("Runner keeps time without drift when it wakes up late")
{
  Rig rig;
  rig.options.plain = false;
  rig.terminal.wake_late_by(milliseconds(7));
  std::string text = "title Many\nexercise E\nreps 100\ncontract 1s Go.\n";
  const plan::Plan plan = test::plan_from(text);
  rig.run(plan);
  // Each wake-up is 7 ms late, but every step ends at its own deadline: the routine ends
  // 7 ms after its 100 s at most, not 100 times 7 ms.
  CHECK(rig.clock.now() <= rig.clock.epoch() + seconds(100) + milliseconds(7));
}

TEST_CASE("Runner sleeps between ticks instead of busy-waiting")
{
  Rig rig;
  rig.options.plain = false;
  const plan::Plan plan = test::plan_from("title T\nexercise E\ncontract 10s Go.\n");
  rig.run(plan);
  // One wake-up per second shown, and none of zero length.
  CHECK(rig.terminal.waits.size() <= 12);
  CHECK(std::none_of(rig.terminal.waits.begin(), rig.terminal.waits.end(), [](auto w) { return w.count() == 0; }));
}

TEST_CASE("Runner on a terminal: status area, bells and the end")
{
  Rig rig;
  rig.options.plain = false;
  rig.options.bell = true;
  rig.options.keys = true;
  const plan::Plan plan = test::plan_from("title Calf\nexercise Calf\nsides left right\ncontract 2s Down.\n");
  rig.run(plan);
  const std::string& out = rig.terminal.output;
  CHECK(out.find("Calf (0:04)\n") == 0);
  CHECK(out.find("CONTRACT  0:02") != std::string::npos);
  CHECK(out.find("CONTRACT  0:01") != std::string::npos);
  CHECK(out.find("Calf  RIGHT") != std::string::npos);
  CHECK(out.find("\x1b[K") != std::string::npos); // redrawn in place
  CHECK(out.find("Done: Calf\n") != std::string::npos);
  // One bell for the first step, two for the switch of sides, three for the end.
  CHECK(count(out, "\a") == 6);
  // The last bells ring after the summary, spaced out.
  CHECK(rig.clock.now() == rig.clock.epoch() + seconds(4) + 2 * k_bell_gap);
}

TEST_CASE("Runner: Ctrl-C while the last bells ring only cuts them short")
{
  Rig rig;
  rig.options.bell = true;
  rig.terminal.at(std::chrono::milliseconds(2100), {term::Input::Kind::signal, {}, SIGINT});
  const RunResult result = rig.run(test::plan_from("title T\nexercise E\ncontract 2s Go.\n"));
  CHECK(result.signal == 0);
  CHECK(result.summary.outcome == Outcome::done);
  CHECK(rig.clock.now() == rig.clock.epoch() + std::chrono::milliseconds(2100));
}

TEST_CASE("Runner without bells or in plain mode writes no BEL")
{
  Rig rig;
  const plan::Plan plan = test::plan_from(k_two);
  rig.run(plan);
  CHECK(rig.terminal.output.find('\a') == std::string::npos);
  CHECK(rig.terminal.output.find('\x1b') == std::string::npos);
}

TEST_CASE("Runner speaks each step, and the end")
{
  Rig rig;
  RecordingSpeaker speaker;
  const plan::Plan plan = test::plan_from("title Calf\nexercise Calf\nsides left right\ncontract 10s Press the gas pedal.\n");
  rig.run(plan, &speaker);
  CHECK(speaker.said == std::vector<std::string>{"Left side. Contract. Press the gas pedal. 10 seconds.",
                                                 "Switch sides. Right side. Contract. Press the gas pedal. 10 seconds.",
                                                 "Done. Well stretched."});
}

TEST_CASE("Runner shows the answer's advice above the status area")
{
  Rig rig;
  rig.options.plain = false;
  rig.options.keys = true;
  rig.options.palette = render::Palette::colored();
  rig.terminal.key_at(seconds(1), 'n');
  const plan::Plan plan = test::plan_from("title Q\nexercise Check\nquestion Gone?\nyes Good.\nno Call it a day.\nstop-if no\n");
  rig.run(plan);
  CHECK(rig.terminal.output.find("\x1b[1m\x1b[33mNo: Call it a day.\x1b[0m\r\n") != std::string::npos);
}

TEST_SUITE_END();
