// SPDX-License-Identifier: MIT
#include "device/audio_queue.h"

#include "support/fake_clock.h"
#include "support/fake_player.h"
#include "support/fake_speech.h"

#include <doctest/doctest.h>

using namespace stretch;
using std::chrono::milliseconds;
using std::chrono::seconds;

TEST_SUITE_BEGIN("device/audio_queue");

TEST_CASE("AudioQueue says cues in order, each to its end")
{
  test::FakeClock clock;
  test::FakeSpeech speech(clock);
  speech.set_length([](std::string_view) { return seconds(3); });
  device::AudioQueue voice(&speech, nullptr);
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

TEST_CASE("AudioQueue drops a cue that could not start in time")
{
  test::FakeClock clock;
  test::FakeSpeech speech(clock);
  speech.set_length([](std::string_view) { return seconds(2); });
  device::AudioQueue voice(&speech, nullptr);
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

TEST_CASE("AudioQueue::interrupt cuts what is said and drops the queue")
{
  test::FakeClock clock;
  test::FakeSpeech speech(clock);
  device::AudioQueue voice(&speech, nullptr);
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

TEST_CASE("AudioQueue never sounds a tone on top of a spoken word, nor a word on a tone")
{
  test::FakeClock clock;
  test::FakeSpeech speech(clock);
  test::FakePlayer player(clock);
  speech.set_length([](std::string_view) { return seconds(2); });
  device::AudioQueue queue(&speech, &player);
  queue.play(device::Tone::hold, clock.now());
  queue.say("Press, calf.", clock.now());
  REQUIRE(player.played.size() == 1);
  CHECK(speech.said.empty()); // the words wait for the tone
  CHECK(queue.next_update(clock.now()) == clock.now() + device::tone_length(device::Tone::hold));
  clock.advance(device::tone_length(device::Tone::hold));
  queue.update(clock.now());
  REQUIRE(speech.said.size() == 1);
  const auto pip = queue.play(device::Tone::pip, clock.now(), clock.now() + milliseconds(250));
  clock.advance(seconds(2));
  queue.update(clock.now());
  CHECK_FALSE(queue.pending(pip)); // the words ran past its moment: dropped, not played late
  CHECK(player.played.size() == 1);
}

TEST_CASE("AudioQueue::cut keeps what must be said to its end")
{
  test::FakeClock clock;
  test::FakeSpeech speech(clock);
  device::AudioQueue queue(&speech, nullptr);
  queue.say("Relax. Let the foot fall loose.", clock.now());
  const auto advice = queue.say("Call it a day.", clock.now(), std::nullopt, true);
  queue.say("Rep 2 of 3.", clock.now());
  queue.cut();
  CHECK(speech.said[0].cut);
  CHECK(queue.pending(advice));
  queue.update(clock.now());
  REQUIRE(speech.said.size() == 2);
  CHECK(speech.said[1].text == "Call it a day.");
  queue.cut(); // what is kept is not cut while it is said, either
  CHECK_FALSE(speech.said[1].cut);
}

TEST_CASE("AudioQueue without a player skips tones, without a voice skips words")
{
  test::FakeClock clock;
  test::FakeSpeech speech(clock);
  test::FakePlayer player(clock);
  device::AudioQueue words_only(&speech, nullptr);
  words_only.play(device::Tone::end, clock.now());
  CHECK_FALSE(words_only.busy());
  device::AudioQueue tones_only(nullptr, &player);
  tones_only.say("Done.", clock.now());
  CHECK_FALSE(tones_only.busy());
  CHECK(speech.said.empty());
}

TEST_CASE("speaking_time: 150 words a minute and a start")
{
  CHECK(device::speaking_time("Relax.") == milliseconds(700));
  CHECK(device::speaking_time("Rep 2 of 3. Press, calf. 10 seconds.") == milliseconds(300 + 8 * 400));
}

TEST_SUITE_END();
