#include "cue/voice.h"

#include "support/fake_clock.h"
#include "support/fake_speech.h"

#include <doctest/doctest.h>

using namespace stretch;
using std::chrono::milliseconds;
using std::chrono::seconds;

TEST_SUITE_BEGIN("cue/voice");

TEST_CASE("Voice says cues in order, each to its end")
{
  test::FakeClock clock;
  test::FakeSpeech speech(clock);
  speech.set_length([](std::string_view) { return seconds(3); });
  cue::Voice voice(speech);
  const auto first = voice.say("First.", clock.now());
  const auto second = voice.say("Second.", clock.now());
  CHECK(voice.busy());
  CHECK(voice.pending(first));
  CHECK(voice.pending(second));
  REQUIRE(speech.said.size() == 1); // the second waits its turn
  CHECK(voice.next_update(clock.now()) == clock.now() + seconds(3));
  clock.advance(milliseconds(2999));
  voice.update(clock.now());
  CHECK(speech.said.size() == 1);
  clock.advance(milliseconds(1));
  voice.update(clock.now());
  CHECK_FALSE(voice.pending(first));
  REQUIRE(speech.said.size() == 2);
  CHECK(speech.said[1].text == "Second.");
  CHECK_FALSE(speech.said[0].cut);
  clock.advance(seconds(3));
  voice.update(clock.now());
  CHECK_FALSE(voice.busy());
  CHECK_FALSE(voice.next_update(clock.now()));
}

TEST_CASE("Voice drops a cue that could not start in time")
{
  test::FakeClock clock;
  test::FakeSpeech speech(clock);
  speech.set_length([](std::string_view) { return seconds(2); });
  cue::Voice voice(speech);
  voice.say("A long setup cue.", clock.now());
  const auto stale = voice.say("3", clock.now(), clock.now() + seconds(1));
  const auto kept = voice.say("Done.", clock.now());
  clock.advance(seconds(2));
  voice.update(clock.now());
  CHECK_FALSE(voice.pending(stale));
  CHECK(voice.pending(kept));
  REQUIRE(speech.said.size() == 2);
  CHECK(speech.said[1].text == "Done.");
}

TEST_CASE("Voice::interrupt cuts what is said and drops the queue")
{
  test::FakeClock clock;
  test::FakeSpeech speech(clock);
  cue::Voice voice(speech);
  voice.say("Something long enough to be cut.", clock.now());
  voice.say("Then this.", clock.now());
  clock.advance(milliseconds(500));
  voice.interrupt();
  CHECK_FALSE(voice.busy());
  REQUIRE(speech.said.size() == 1);
  CHECK(speech.said[0].cut);
  voice.say("After the skip.", clock.now());
  REQUIRE(speech.said.size() == 2);
  CHECK(speech.said[1].at == clock.now());
}

TEST_SUITE_END();
