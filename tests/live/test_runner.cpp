// SPDX-License-Identifier: MIT
#include "live/runner.h"

#include "live/alerts.h"

#include "support/fake_clock.h"
#include "support/fake_notifier.h"
#include "support/fake_player.h"
#include "support/fake_speech.h"
#include "support/fake_terminal.h"
#include "support/fake_wake_lock.h"
#include "support/plans.h"
#include "support/scan.h"

#include <algorithm>
#include <csignal>
#include <doctest/doctest.h>
#include <map>

using namespace stretch;
using namespace stretch::live;
using session::Outcome;
using util::TimePoint;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

constexpr std::string_view k_two = "title Two holds\nexercise Calf\ncontract 10s Down.\ncontract 20s Up.\n";

struct Rig
{
  test::FakeClock clock;
  test::FakeTerminal terminal{clock};
  test::FakeSpeech speech{clock};
  test::FakePlayer player{clock};
  device::AudioQueue voice{&speech, nullptr};
  device::AudioQueue voice_and_tones{&speech, &player};
  test::FakeWallClock wall{clock};
  Options options;

  Rig()
  {
    options.plain = true;
    options.sound = Sound::off;
  }

  Ending run(const plan::Plan& plan, bool with_voice = false, device::Notifier* notifier = nullptr)
  {
    Devices devices;
    devices.audio = with_voice ? &voice : nullptr;
    devices.notifier = notifier;
    return run_with(plan, devices);
  }

  Ending run_with(const plan::Plan& plan, const Devices& devices)
  {
    return run_session(plan, options, {clock, wall, terminal, devices});
  }

  // A key at `offset`: a letter, or a special key.
  void key_at(util::Duration offset, term::Key::Kind kind) { terminal.at(offset, {term::Input::Kind::key, {kind, 0}, 0}); }

  // The texts said, in order.
  std::vector<std::string> said() const
  {
    std::vector<std::string> texts;
    for (const auto& s : speech.said) {
      texts.push_back(s.text);
    }
    return texts;
  }

  // When each text was started, from the epoch.
  std::map<std::string, milliseconds> said_at() const
  {
    std::map<std::string, milliseconds> at;
    for (const auto& s : speech.said) {
      at.emplace(s.text, std::chrono::duration_cast<milliseconds>(s.at - clock.epoch()));
    }
    return at;
  }
};


} // namespace

TEST_SUITE_BEGIN("live/runner");

TEST_CASE("Runner in plain mode: one line per step, then the summary")
{
  Rig rig;
  const plan::Plan plan = test::plan_from(k_two);
  const Ending result = rig.run(plan);
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
  SUBCASE("s skips, b starts the step again")
  {
    rig.terminal.key_at(seconds(4), 's');
    rig.terminal.key_at(seconds(10), 'b');
    const Ending result = rig.run(plan);
    CHECK(rig.terminal.output.find("00:04 skipped\n00:04 Calf CONTRACT 0:20 Up.\n00:10 again\n") != std::string::npos);
    CHECK(rig.clock.now() == rig.clock.epoch() + seconds(30));
    CHECK(result.summary.holds_skipped == 1);
    CHECK(result.summary.holds_done == 1);
  }
  SUBCASE("n is no key on a timed step: it only answers questions")
  {
    rig.terminal.key_at(seconds(4), 'n');
    const Ending result = rig.run(plan);
    CHECK(result.summary.holds_skipped == 0);
    CHECK(rig.clock.now() == rig.clock.epoch() + seconds(30));
  }
  SUBCASE("Tab skips too")
  {
    rig.key_at(seconds(4), term::Key::Kind::tab);
    CHECK(rig.run(plan).summary.holds_skipped == 1);
  }
  SUBCASE("the arrow keys")
  {
    rig.terminal.at(seconds(1), {term::Input::Kind::key, {term::Key::Kind::right, 0}, 0});
    rig.terminal.at(seconds(2), {term::Input::Kind::key, {term::Key::Kind::left, 0}, 0});
    rig.run(plan);
    CHECK(rig.clock.now() == rig.clock.epoch() + seconds(22));
  }
  SUBCASE("q pauses, and stops 5 s later with the summary")
  {
    rig.terminal.key_at(seconds(5), 'q');
    const Ending result = rig.run(plan);
    CHECK(result.summary.outcome == Outcome::stopped);
    CHECK(rig.terminal.output.find("00:05 paused\n00:05 stopping in 5 s: r goes on, q stops now\n")
          != std::string::npos);
    CHECK(rig.terminal.output.ends_with("Stopped early: Two holds\n0 of 2 holds done, 0 skipped, in 0:05 (paused "
                                        "0:05).\n"));
    CHECK(rig.clock.now() == rig.clock.epoch() + seconds(10));
  }
  SUBCASE("q twice stops at once; so does Esc twice")
  {
    rig.terminal.key_at(seconds(5), 'q');
    rig.terminal.at(seconds(6), {term::Input::Kind::key, {term::Key::Kind::escape, 0}, 0});
    CHECK(rig.run(plan).summary.outcome == Outcome::stopped);
    CHECK(rig.clock.now() == rig.clock.epoch() + seconds(6));
  }
  SUBCASE("a stray q is undone with r: the holds go on where they were")
  {
    rig.terminal.key_at(seconds(5), 'q');
    rig.terminal.key_at(seconds(8), 'r');
    const Ending result = rig.run(plan);
    CHECK(result.summary.outcome == Outcome::done);
    CHECK(result.summary.holds_done == 2);
    CHECK(rig.terminal.output.find("00:08 going on\n00:08 resumed\n00:13 Calf CONTRACT 0:20 Up.\n") != std::string::npos);
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
    const Ending result = rig.run(plan);
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
  SUBCASE("with keys: Enter for the manual step, n answers no, and 2 s later that ends the routine")
  {
    rig.options.keys = true;
    rig.key_at(seconds(100), term::Key::Kind::enter);
    rig.terminal.key_at(seconds(150), 'n');
    const Ending result = rig.run(plan);
    CHECK(rig.terminal.output
          == "Mid (0:55)\n"
             "00:00 Laces DO THIS (Enter when done) Loosen them.\n"
             "01:40 Check QUESTION (y or n) Gone?\n"
             "02:30 answer no, counts in 2 s: y or n changes it, Backspace takes it back\n"
             "02:32 answer no: Call it a day.\n"
             "Done: Mid\n"
             "No: Call it a day.\n"
             "Ended by your answer, in 2:32.\n");
    REQUIRE(result.summary.answers.size() == 1);
    CHECK(result.summary.answers[0].reply == false);
    CHECK(result.summary.ended_by_answer);
  }
  SUBCASE("with keys: y answers yes, and 2 s later the routine goes on")
  {
    rig.options.keys = true;
    rig.terminal.key_at(seconds(1), ' ');
    rig.terminal.key_at(seconds(2), 'y');
    rig.run(plan);
    CHECK(rig.terminal.output.find("00:04 answer yes: Good.\n00:04 After REST 0:05\n") != std::string::npos);
  }
  SUBCASE("with keys: an answer changed, then taken back, counts for nothing")
  {
    rig.options.keys = true;
    rig.terminal.key_at(seconds(1), ' ');
    rig.terminal.key_at(seconds(3), 'n');
    rig.terminal.key_at(milliseconds(4000), 'y');
    rig.key_at(milliseconds(5500), term::Key::Kind::backspace);
    rig.terminal.key_at(seconds(60), 'q');
    rig.terminal.key_at(seconds(61), 'q');
    const Ending result = rig.run(plan);
    CHECK(rig.terminal.output.find("00:04 answer yes, counts in 2 s") != std::string::npos);
    CHECK(rig.terminal.output.find("00:05 answer taken back\n") != std::string::npos);
    REQUIRE(result.summary.answers.size() == 1);
    CHECK(result.summary.answers[0].reply == std::nullopt);
  }
  SUBCASE("with keys: a deliberate n, then y, Enter, y, Enter, y at 0.1 s, never counts, nor does yes")
  {
    rig.options.keys = true;
    rig.terminal.key_at(seconds(1), ' ');
    rig.terminal.key_at(seconds(3), 'n');
    const auto enter = term::Input{term::Input::Kind::key, {term::Key::Kind::enter, 0}, 0};
    rig.terminal.key_at(milliseconds(3100), 'y');
    rig.terminal.at(milliseconds(3200), enter);
    rig.terminal.key_at(milliseconds(3300), 'y');
    rig.terminal.at(milliseconds(3400), enter);
    rig.terminal.key_at(milliseconds(3500), 'y');
    rig.terminal.key_at(seconds(60), 'q');
    rig.terminal.key_at(seconds(61), 'q');
    const Ending result = rig.run(plan);
    CHECK(rig.terminal.output.find("00:03 answer taken back\n00:03 Answer taken back: keys came fast.") != std::string::npos);
    CHECK(rig.terminal.output.find("answer yes") == std::string::npos);
    CHECK(rig.terminal.output.find("answer no:") == std::string::npos);
    REQUIRE(result.summary.answers.size() == 1);
    CHECK(result.summary.answers[0].reply == std::nullopt);
  }
  SUBCASE("with keys: a y too early says so, and a y on its own a second later counts")
  {
    rig.options.keys = true;
    rig.terminal.key_at(seconds(1), ' ');
    rig.terminal.key_at(milliseconds(1500), 'y');
    rig.terminal.key_at(milliseconds(2600), 'y');
    rig.run(plan);
    CHECK(rig.terminal.output.find("00:01 Hold on: read the question, then press y again.\n") != std::string::npos);
    CHECK(rig.terminal.output.find("00:02 answer yes, counts in 2 s") != std::string::npos);
    CHECK(rig.terminal.output.find("00:04 answer yes: Good.\n") != std::string::npos);
  }
  SUBCASE("without keys: both answers are shown and the routine goes on")
  {
    const Ending result = rig.run(plan);
    CHECK(rig.terminal.output
          == "Mid (0:55)\n"
             "00:00 Laces DO THIS (goes on after 0:20) Loosen them.\n"
             "00:20 Check QUESTION (goes on after 0:30) Gone?\n"
             "      yes: Good.\n"
             "      no: Call it a day.\n"
             "00:50 After REST 0:05\n"
             "Done: Mid\n"
             "0 of 0 holds done, 0 skipped, in 0:55.\n");
    REQUIRE(result.summary.answers.size() == 1); // reached, and nobody could answer it
    CHECK(result.summary.answers[0].reply == std::nullopt);
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
  rig.options.sound = Sound::bell;
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
  CHECK(test::count_of(out, "\a") == 6);
  // The last bells ring after the summary, spaced out.
  CHECK(rig.clock.now() == rig.clock.epoch() + seconds(4) + 2 * k_bell_gap);
}

TEST_CASE("Runner: Ctrl-C while the last bells ring only cuts them short")
{
  Rig rig;
  rig.options.sound = Sound::bell;
  rig.terminal.at(std::chrono::milliseconds(2100), {term::Input::Kind::signal, {}, SIGINT});
  const Ending result = rig.run(test::plan_from("title T\nexercise E\ncontract 2s Go.\n"));
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

TEST_CASE("Runner keeps the answer's advice in the status area for 10 s, and in the summary")
{
  for (const std::size_t rows : {std::size_t{5}, std::size_t{24}}) {
    CAPTURE(rows);
    Rig rig;
    rig.options.plain = false;
    rig.options.keys = true;
    rig.options.palette = render::Palette::colored();
    rig.terminal.set_size(80, rows);
    rig.terminal.key_at(seconds(1), 'n');
    const plan::Plan plan = test::plan_from("title Q\nexercise Check\nquestion Gone?\nyes Good.\n"
                                            "no Then work the calf next.\nexercise Calf\nrest 30s Breathe.\n");
    rig.run(plan);
    const std::string advice = "\x1b[1m\x1b[32mNo: Then work the calf next.\x1b[0m";
    // Counted at 3 s: in every frame from then until 13 s, in none after.
    for (const auto& write : rig.terminal.writes) {
      const auto at = write.at - rig.clock.epoch();
      if (write.text.find("\x1b[K") == std::string::npos || at < seconds(3)) {
        continue;
      }
      CAPTURE(std::chrono::duration_cast<milliseconds>(at).count());
      CHECK((write.text.find(advice) != std::string::npos) == (at < seconds(13)));
    }
    CHECK(rig.terminal.output.find("Done\x1b[0m: Q\n" + advice) != std::string::npos);
  }
}

TEST_CASE("Runner drops a key's hint once the answer it asked for comes")
{
  Rig rig;
  rig.options.plain = false;
  rig.options.keys = true;
  rig.terminal.key_at(milliseconds(300), 'n');  // too early: "Hold on"
  rig.terminal.key_at(milliseconds(1600), 'n'); // on purpose: proposed
  const plan::Plan plan = test::plan_from("title Q\nexercise Check\nquestion Gone?\nyes Good.\nno Rest.\n");
  rig.run(plan);
  bool hinted = false;
  bool proposed = false;
  for (const auto& write : rig.terminal.writes) {
    if (write.text.find("\x1b[K") == std::string::npos) {
      continue; // not a frame
    }
    const bool hint = write.text.find("Hold on: read the question") != std::string::npos;
    hinted = hinted || hint;
    if (write.text.find("Enter ok") != std::string::npos) {
      proposed = true;
      CHECK_FALSE(hint);
    }
  }
  CHECK(hinted);
  CHECK(proposed);
}

TEST_CASE("Runner shows every second of a countdown, on time, when the clock wakes early and late")
{
  for (const auto jitter : {std::chrono::microseconds(0), std::chrono::microseconds(900)}) {
    CAPTURE(jitter.count());
    Rig rig;
    rig.options.plain = false;
    rig.terminal.jitter(jitter);
    rig.run(test::plan_from("title T\nexercise E\ncontract 12s Hold.\n"));
    // When each second first appeared, and how often it was drawn as a new value.
    std::map<int, TimePoint> first_shown;
    int previous = 99;
    for (const auto& write : rig.terminal.writes) {
      if (const auto shown = test::numbers_after(write.text, "CONTRACT  0:"); !shown.empty()) {
        const int second = shown.front();
        CHECK(second <= previous); // never backwards
        if (second != previous) {
          CHECK(first_shown.count(second) == 0); // never twice
          first_shown[second] = write.at;
        }
        previous = second;
      }
    }
    for (int second = 12; second >= 1; --second) {
      CAPTURE(second);
      REQUIRE(first_shown.count(second) == 1); // none skipped
      const auto due = rig.clock.epoch() + seconds(12 - second);
      const auto late = first_shown[second] - due;
      CHECK(late >= std::chrono::nanoseconds(0));
      CHECK(late <= milliseconds(20));
    }
  }
}

TEST_CASE("Runner: a question is answered only by a deliberate key")
{
  Rig rig;
  rig.options.keys = true;
  const plan::Plan plan = test::plan_from("title Q\nexercise E\nrest 2s\nquestion Gone?\nyes Good.\nno Stop.\n"
                                          "exercise F\nrest 2s\n");
  SUBCASE("a key pressed less than a second after the last one does not answer")
  {
    rig.terminal.key_at(milliseconds(2500), 'x'); // any key, bound or not
    rig.terminal.key_at(milliseconds(3300), 'n');
    rig.key_at(seconds(5), term::Key::Kind::right);
    const Ending result = rig.run(plan);
    CHECK(result.summary.answers.at(0).reply == std::nullopt); // skipped: reached, no answer
    CHECK(rig.terminal.output.find("answer") == std::string::npos);
    CHECK(rig.terminal.output.find("00:05 skipped\n00:05 F REST") != std::string::npos);
  }
  SUBCASE("a question on screen for less than a second is not answered")
  {
    rig.terminal.key_at(milliseconds(2900), 'y');
    rig.terminal.key_at(seconds(10), 'q');
    CHECK(rig.run(plan).summary.answers.at(0).reply == std::nullopt);
  }
  SUBCASE("a key alone, a second into the question, answers at once, and counts 2 s later")
  {
    rig.terminal.key_at(seconds(3), 'n');
    const Ending result = rig.run(plan);
    CHECK(result.summary.answers.at(0).reply == false);
    CHECK(rig.terminal.output.find("00:05 answer no: Stop.\n00:05 F REST") != std::string::npos);
  }
}

TEST_CASE("Runner: mashing any key through midrun never answers a question")
{
  const plan::Plan plan = test::builtin_plan("midrun");
  const std::vector<term::Key> keys{{term::Key::Kind::character, U'y'}, {term::Key::Kind::character, U'n'},
                                    {term::Key::Kind::enter, 0}, {term::Key::Kind::character, U' '},
                                    {term::Key::Kind::right, 0}};
  for (const auto every : {milliseconds(100), milliseconds(300)}) {
    // Each key alone, then all of them in turn.
    for (std::size_t which = 0; which <= keys.size(); ++which) {
      CAPTURE(every.count());
      CAPTURE(which);
      Rig rig;
      rig.options.keys = true;
      for (int i = 1; i * every < std::chrono::minutes(15); ++i) {
        const term::Key key = which < keys.size() ? keys[which] : keys[static_cast<std::size_t>(i) % keys.size()];
        rig.terminal.at(i * every, {term::Input::Kind::key, key, 0});
      }
      rig.terminal.key_at(std::chrono::minutes(15), 'q');
      const Ending result = rig.run(plan);
      for (const auto& answer : result.summary.answers) {
        CHECK(answer.reply == std::nullopt);
      }
      CHECK_FALSE(result.summary.ended_by_answer);
    }
  }
}

TEST_CASE("Runner: ? shows the keys in force on the screen")
{
  Rig rig;
  rig.options.plain = false;
  rig.options.keys = true;
  rig.terminal.key_at(seconds(1), '?');
  rig.terminal.key_at(seconds(3), '?');
  rig.terminal.key_at(seconds(4), 'y');
  rig.run(test::plan_from("title Q\nexercise E\nrest 2s\nquestion Gone?\nyes Good.\nno Stop.\n"));
  const std::string& out = rig.terminal.output;
  CHECK(out.find("space/p pause · s/Tab/→ next · b/← again · q/Esc quit") != std::string::npos);
  CHECK(out.find("y yes · n no · s/Tab/→ skip · q/Esc quit") != std::string::npos);
}

TEST_CASE("Runner in a short pane: every frame fits, the side always shown")
{
  for (const auto& shape : {std::pair{std::size_t{5}, false}, std::pair{std::size_t{8}, true}}) {
    const std::size_t rows = shape.first;
    const bool big = shape.second;
    CAPTURE(rows);
    Rig rig;
    rig.options.plain = false;
    rig.options.big = big;
    rig.terminal.set_size(80, rows);
    rig.run(test::plan_from("title T\nexercise Calf\nsides left right\nsetup Hands on a wall, this leg back, heel down, "
                            "and lean in until the calf will not stretch any further, then stay there.\n"
                            "contract 3s Push the ball of the foot down hard, as if flooring the gas pedal, and hold it "
                            "there while you count the seconds that are left on the screen.\n",
                            {.ready = seconds(2)}));
    for (const auto& write : rig.terminal.writes) {
      if (write.text.find("\x1b[K") == std::string::npos) {
        continue; // not a frame
      }
      CHECK(test::count_of(write.text, "\r\n") < rows);
      CHECK((write.text.find("LEFT") != std::string::npos || write.text.find("RIGHT") != std::string::npos));
    }
  }
}

TEST_CASE("Runner: the bell counts down the last three seconds of a hold when there is no voice")
{
  Rig rig;
  rig.options.sound = Sound::bell;
  rig.run(test::plan_from("title T\nexercise E\ncontract 10s Hold.\n"));
  // One for the step, one for each of its last three seconds, three for the end.
  CHECK(test::count_of(rig.terminal.output, "\a") == 1 + 3 + 3);
  std::vector<milliseconds> rung;
  for (const auto& write : rig.terminal.writes) {
    if (write.text == "\a") {
      rung.push_back(std::chrono::duration_cast<milliseconds>(write.at - rig.clock.epoch()));
    }
  }
  CHECK(rung == std::vector<milliseconds>{milliseconds(0), seconds(7), seconds(8), seconds(9), seconds(10),
                                          seconds(10) + k_bell_gap, seconds(10) + 2 * k_bell_gap});
  SUBCASE("--sound off silences all of it")
  {
    Rig quiet;
    quiet.run(test::plan_from("title T\nexercise E\ncontract 10s Hold.\n"));
    CHECK(quiet.terminal.output.find('\a') == std::string::npos);
  }
}

TEST_CASE("Runner speaks a step's whole cue the first time, then its label, never into the next step")
{
  Rig rig;
  const plan::Plan plan = test::plan_from("title Calf\nexercise Calf\nsides left right\nreps 2\n"
                                          "contract 10s [PRESS · calf] Press the gas pedal.\n");
  rig.run(plan, true);
  const auto said = rig.said();
  CHECK(said == std::vector<std::string>{"Rep 1 of 2. Press · calf. Press the gas pedal. 10 seconds.", "3", "2", "1",
                                         "Rep 2 of 2. Press · calf.", "3", "2", "1",
                                         "Switch sides. Right side. Rep 1 of 2. Press · calf.", "3", "2", "1",
                                         "Rep 2 of 2. Press · calf.", "3", "2", "1", "Done. Well stretched."});
  CHECK(std::none_of(rig.speech.said.begin(), rig.speech.said.end(), [](const auto& s) { return s.cut; }));
  const auto at = rig.said_at();
  CHECK(at.at("3") == seconds(7));
}

TEST_CASE("Runner: a cue that would outlast its step is said as its label, 3-2-1 only where it fits")
{
  Rig rig;
  rig.speech.set_length([](std::string_view text) { return device::speaking_time(text); }); // 150 words a minute
  const plan::Plan plan = test::plan_from(
    "title T\nexercise E\nrelax 2s Let the foot fall loose and breathe out slowly through the mouth.\n"
    "contract 6s [PRESS · calf] Push the ball of the foot down hard, as if flooring the gas pedal, and hold it.\n");
  rig.run(plan, true);
  CHECK(rig.said() == std::vector<std::string>{"Relax.", "Press · calf.", "3", "2", "1", "Done. Well stretched."});
  // Nothing said is still being said when the next step starts.
  for (const auto& s : rig.speech.said) {
    CHECK_FALSE(s.cut);
  }
  CHECK(rig.said_at().at("Press · calf.") == seconds(2));
}

TEST_CASE("Runner: tones mark each change and count down, never on top of a word")
{
  Rig rig;
  rig.options.sound = Sound::tones;
  rig.speech.set_length([](std::string_view text) { return device::speaking_time(text); });
  const plan::Plan plan = test::plan_from("title T\nexercise E\nsides left right\n"
                                          "contract 10s Press.\nrelax 3s Ease.\n");
  SUBCASE("tones alone")
  {
    device::AudioQueue tones(nullptr, &rig.player);
    rig.run_with(plan, {&tones});
    std::vector<std::pair<device::Tone, milliseconds>> played;
    for (const auto& p : rig.player.played) {
      played.emplace_back(p.tone, std::chrono::duration_cast<milliseconds>(p.at - rig.clock.epoch()));
    }
    using device::Tone;
    CHECK(played == std::vector<std::pair<Tone, milliseconds>>{
                      {Tone::hold, seconds(0)}, {Tone::pip, seconds(7)}, {Tone::pip, seconds(8)}, {Tone::pip, seconds(9)},
                      {Tone::relax, seconds(10)}, {Tone::switch_sides, seconds(13)}, {Tone::pip, seconds(20)},
                      {Tone::pip, seconds(21)}, {Tone::pip, seconds(22)}, {Tone::relax, seconds(23)},
                      {Tone::end, seconds(26)}});
    CHECK(rig.terminal.output.find('\a') == std::string::npos);
  }
  SUBCASE("with the voice: the tone first, then the words, one at a time")
  {
    rig.run_with(plan, {&rig.voice_and_tones});
    REQUIRE_FALSE(rig.speech.said.empty());
    CHECK(rig.player.played.front().tone == device::Tone::hold);
    CHECK(rig.speech.said.front().at == rig.clock.epoch() + device::tone_length(device::Tone::hold));
    // No word starts while a tone sounds, no tone while a word is said.
    for (const auto& tone : rig.player.played) {
      const auto tone_end = tone.at + device::tone_length(tone.tone);
      for (const auto& word : rig.speech.said) {
        const auto word_end = word.at + device::speaking_time(word.text);
        CHECK((word.at >= tone_end || word_end <= tone.at));
      }
    }
  }
}

TEST_CASE("Runner: a lead-in lasts until its spoken cue is said, and says the side")
{
  Rig rig;
  // A setup cue as long as espeak-ng makes it: 11 s, against a lead-in of 5.
  rig.speech.set_length([](std::string_view text) { return text.starts_with("Get ready") ? seconds(11) : seconds(2); });
  const plan::Plan plan = test::plan_from("title Calf\nexercise Calf\nsides left right\nsetup Hands on a wall.\n"
                                          "contract 10s Press.\n",
                                          {.ready = seconds(5)});
  const Ending result = rig.run(plan, true);
  CHECK(rig.said().front() == "Get ready. Calf. Left side. Hands on a wall.");
  CHECK(rig.terminal.output.find("00:11 Calf LEFT CONTRACT 0:10 Press.") != std::string::npos);
  CHECK(rig.said_at().at("Contract. Press. 10 seconds.") == seconds(11));
  CHECK(result.summary.paused == seconds(0));
}

TEST_CASE("Runner: the answer's advice is said to its end, and no Done after a stop-if")
{
  Rig rig;
  rig.options.keys = true;
  rig.speech.set_length([](std::string_view text) { return text.starts_with("Call it a day") ? seconds(4) : seconds(1); });
  rig.terminal.key_at(seconds(2), 'n');
  const plan::Plan plan = test::plan_from("title Q\nexercise Check\nquestion Gone?\nyes Good.\n"
                                          "no Call it a day and walk home.\nstop-if no\n");
  rig.run(plan, true);
  CHECK(rig.said() == std::vector<std::string>{"Gone?", "No.", "Call it a day and walk home."});
  CHECK_FALSE(rig.speech.said.back().cut);
  CHECK(rig.clock.now() == rig.clock.epoch() + seconds(2 + 2 + 4)); // counted 2 s later, then waited for the advice
}

TEST_CASE("Runner waits at the end for the voice at most 5 s past its words' time, and q cuts it short")
{
  Rig rig;
  rig.speech.set_length([](std::string_view) { return seconds(30); }); // a speech program that hangs
  rig.run(test::plan_from("title T\nexercise E\nrest 2s\n"), true);
  // "Rest. 2 seconds." is cut as the step ends; "Done. Well stretched.": three words, 1.5 s
  // at a slow pace, and 5 s more.
  CHECK(rig.clock.now() == rig.clock.epoch() + seconds(2) + milliseconds(1500) + k_voice_grace);
  CHECK(rig.speech.said.back().cut);
  SUBCASE("q at the end")
  {
    Rig quick;
    quick.options.keys = true;
    quick.speech.set_length([](std::string_view) { return seconds(30); });
    quick.terminal.key_at(seconds(3), 'q'); // the session is over: one q is enough
    quick.run(test::plan_from("title T\nexercise E\nrest 2s\n"), true);
    CHECK(quick.clock.now() == quick.clock.epoch() + seconds(3));
  }
}

TEST_CASE("Runner: skipping, pausing and quitting silence the voice at once")
{
  Rig rig;
  rig.options.keys = true;
  rig.speech.set_length([](std::string_view) { return seconds(3); });
  SUBCASE("skip")
  {
    rig.terminal.key_at(seconds(1), 's');
    rig.run(test::plan_from("title T\nexercise E\nrest 5s First.\nrest 5s Second.\n"), true);
    REQUIRE(rig.speech.said.size() >= 2);
    CHECK(rig.speech.said[0].text == "Rest. First. 5 seconds.");
    CHECK(rig.speech.said[0].cut);
    CHECK(rig.speech.said[1].text == "Rest. Second. 5 seconds.");
    CHECK(rig.said_at().at("Rest. Second. 5 seconds.") == seconds(1));
  }
  SUBCASE("pause, and the label again on resume")
  {
    rig.terminal.key_at(seconds(1), ' ');
    rig.terminal.key_at(seconds(4), ' ');
    rig.run(test::plan_from("title T\nexercise E\nrest 5s First.\n"), true);
    REQUIRE(rig.speech.said.size() >= 3);
    CHECK(rig.speech.said[0].cut);
    CHECK(rig.speech.said[1].text == "Paused."); // a runner facing a wall hears it took
    CHECK(rig.said_at().at("Paused.") == seconds(1));
    CHECK(rig.speech.said[2].text == "Rest.");
    CHECK(rig.said_at().at("Rest.") == seconds(4));
  }
  SUBCASE("q, and q again")
  {
    rig.terminal.key_at(seconds(1), 'q');
    rig.terminal.key_at(seconds(2), 'q');
    rig.run(test::plan_from("title T\nexercise E\nrest 5s First.\n"), true);
    CHECK(rig.speech.said[0].cut);
    CHECK(rig.speech.said.back().cut);
    CHECK(rig.clock.now() == rig.clock.epoch() + seconds(2));
  }
}

TEST_CASE("Runner shows the phase, side and seconds in the window title")
{
  Rig rig;
  rig.options.plain = false;
  rig.options.keys = true;
  rig.options.title = true;
  rig.terminal.key_at(milliseconds(1500), ' ');
  rig.terminal.key_at(milliseconds(2500), ' ');
  rig.run(test::plan_from("title T\nexercise Calf\nsides left right\ncontract 3s [PRESS · calf] Press.\n"));
  const std::string& out = rig.terminal.output;
  CHECK(out.find("\x1b]2;0:03 PRESS · calf LEFT - stretch\x1b\\") != std::string::npos);
  CHECK(out.find("\x1b]2;PAUSED 0:02 LEFT - stretch\x1b\\") != std::string::npos);
  CHECK(out.find("\x1b]2;0:01 PRESS · calf RIGHT - stretch\x1b\\") != std::string::npos);
  CHECK(test::count_of(out, "\x1b]2;0:03 PRESS · calf LEFT") == 1); // sent when it changes, not at every redraw
}

TEST_CASE("Runner shows the routine's progress in the tab, paused as paused, cleared at the end")
{
  Rig rig;
  rig.options.plain = false;
  rig.options.keys = true;
  rig.options.progress = true;
  rig.terminal.key_at(seconds(10), ' ');
  rig.terminal.key_at(seconds(35), ' ');
  rig.run(test::plan_from("title T\nexercise E\nrest 20s\nrest 20s\n"));
  std::vector<std::pair<long, std::string>> sent; // seconds after the start, sequence
  for (const auto& write : rig.terminal.writes) {
    for (std::size_t at = write.text.find("\x1b]9;4;"); at != std::string::npos; at = write.text.find("\x1b]9;4;", at + 1)) {
      sent.emplace_back(std::chrono::duration_cast<seconds>(write.at - rig.clock.epoch()).count(),
                        write.text.substr(at + 4, write.text.find('\x07', at) - at - 4));
    }
  }
  REQUIRE_FALSE(sent.empty());
  CHECK(sent.front() == std::pair<long, std::string>{0, "4;1;0"});
  CHECK(std::find(sent.begin(), sent.end(), std::pair<long, std::string>{10, "4;4;25"}) != sent.end());
  // While paused, nothing changes, but it is sent again within 10 s.
  CHECK(std::find(sent.begin(), sent.end(), std::pair<long, std::string>{20, "4;4;25"}) != sent.end());
  CHECK(sent.back().second == "4;0;0");
  for (std::size_t i = 1; i < sent.size(); ++i) {
    CHECK(sent[i].first - sent[i - 1].first <= 10);
  }
}

TEST_CASE("Runner notifies at the end, and when a question waits")
{
  Rig rig;
  rig.options.keys = true;
  test::RecordingNotifier notifier;
  rig.terminal.key_at(seconds(3), 'y');
  rig.run(test::plan_from("title Mid\nexercise E\nrest 1s\nquestion Feeling back?\nyes Good.\nno Then on.\nstop-if yes\n"),
          false, &notifier);
  CHECK(notifier.shown == std::vector<std::string>{"stretch: Mid | A question waits: Feeling back?",
                                                   "stretch: Mid | Ended by your answer."});
  SUBCASE("not when the user stops it")
  {
    Rig quit;
    quit.options.keys = true;
    test::RecordingNotifier none;
    quit.terminal.key_at(seconds(1), 'q');
    quit.run(test::plan_from("title T\nexercise E\nrest 5s\n"), false, &none);
    CHECK(none.shown.empty());
  }
}

TEST_CASE("Runner: an output nobody reads any more ends the session at once, as interrupted")
{
  Rig rig;
  rig.speech.set_length([](std::string_view) { return seconds(5); });
  rig.terminal.at(seconds(3), {term::Input::Kind::gone, {}, 0});
  const Ending result = rig.run(test::plan_from(k_two), true);
  CHECK(result.summary.outcome == Outcome::interrupted);
  CHECK(result.signal == SIGPIPE);
  CHECK(rig.clock.now() == rig.clock.epoch() + seconds(3)); // no waiting for the voice either
  CHECK(rig.terminal.output.find("Interrupted") == std::string::npos); // nothing more written
  CHECK(rig.speech.said.back().cut);
}

TEST_CASE("Runner keeps a phone awake from start to end, and lets it sleep while suspended")
{
  Rig rig;
  rig.options.keys = true;
  test::RecordingLock lock(rig.clock);
  rig.terminal.at(seconds(4), {term::Input::Kind::signal, {}, SIGTSTP});
  rig.terminal.key_at(seconds(10), ' ');
  Devices devices;
  devices.wake_lock = &lock;
  rig.run_with(test::plan_from(k_two), devices);
  using Event = std::pair<std::string, util::TimePoint::duration>;
  CHECK(lock.events == std::vector<Event>{{"lock", seconds(0)}, {"unlock", seconds(4)}, {"lock", seconds(4)},
                                          {"unlock", seconds(36)}});
}

TEST_CASE("Runner in any pane from 1x1, narrowed and widened mid-hold: valid UTF-8 to the end")
{
  for (std::size_t columns = 1; columns <= 12; ++columns) {
    for (std::size_t rows = 1; rows <= 4; ++rows) {
      CAPTURE(columns);
      CAPTURE(rows);
      Rig rig;
      rig.options.plain = false;
      rig.options.keys = true;
      rig.options.palette = render::Palette::colored(render::Theme::dark, render::ColorDepth::cube256);
      rig.terminal.set_size(columns, rows);
      rig.terminal.at(seconds(2), {term::Input::Kind::signal, {}, SIGWINCH});
      const Ending result = rig.run(test::plan_from("title Tiny … pane\nexercise Calf\nsides left right\n"
                                                       "contract 3s Press the ball of the foot down · hard.\n"));
      CHECK(result.summary.outcome == Outcome::done);
      CHECK(test::is_valid_utf8(rig.terminal.output));
    }
  }
}

TEST_SUITE_END();
