// SPDX-License-Identifier: MIT
#include "routine/parser.h"

#include <doctest/doctest.h>

using namespace stretch::routine;
using std::chrono::seconds;

namespace {

// The diagnostics for `text` in file `t.stretch`, one per line.
std::string errors_of(std::string_view text)
{
  return format_diagnostics(parse_routine(text, "t.stretch").diagnostics);
}

const Exercise& exercise_at(const ParseResult& result, std::size_t index)
{
  REQUIRE(result.routine.items.size() > index);
  const auto* written = std::get_if<WrittenExercise>(&result.routine.items[index]);
  const auto* exercise = written != nullptr ? &written->exercise : nullptr;
  REQUIRE(exercise != nullptr);
  return *exercise;
}

} // namespace

TEST_SUITE_BEGIN("routine/parser");

TEST_CASE("parse_routine reads a whole routine")
{
  const auto result = parse_routine(R"(# A comment
title Calf test
description First line,
description second line.
alias cf, calfy

exercise Calf
  setup Face a wall.
  setup Lean in.
  sides left right
  reps 3
  between-reps 5s Shake it out.
  between-sides 10s
  contract 10s Press the gas pedal.
  stretch 20 s
  relax 1m30s Let go.
  rest 90
  manual Loosen the laces.
  manual 20s Tie them again.
  question 30s Has it gone?
    yes Carry on.
    no  Call it a day.
    stop-if no

include big-toe reps 2
)",
                                    "t.stretch");
  REQUIRE(result.ok());
  const RoutineFile& file = result.routine;
  CHECK(file.about.title == "Calf test");
  CHECK(file.about.description == "First line, second line.");
  REQUIRE(file.aliases.size() == 2);
  CHECK(file.aliases[0].name == "cf");
  CHECK(file.aliases[1].name == "calfy");
  CHECK(file.aliases[1].line == file.aliases[0].line);
  CHECK(file.aliases[1].column == file.aliases[0].column + 4);
  REQUIRE(file.items.size() == 2);

  const Exercise& calf = exercise_at(result, 0);
  CHECK(calf.name == "Calf");
  CHECK(calf.setup == "Face a wall. Lean in.");
  CHECK(calf.sides == std::vector<std::string_view>{"left", "right"});
  CHECK(calf.reps == 3);
  CHECK(calf.between_reps.duration == seconds(5));
  CHECK(calf.between_reps.cue == "Shake it out.");
  CHECK(calf.between_sides.duration == seconds(10));
  CHECK(calf.between_sides.cue.empty());
  CHECK(calf.line == 7);
  REQUIRE(calf.steps.size() == 7);
  CHECK(calf.steps[0].kind == StepKind::contract);
  CHECK(calf.steps[0].duration == seconds(10));
  CHECK(calf.steps[0].cue == "Press the gas pedal.");
  CHECK(calf.steps[1].kind == StepKind::stretch);
  CHECK(calf.steps[1].duration == seconds(20));
  CHECK(calf.steps[1].cue.empty());
  CHECK(calf.steps[2].duration == seconds(90));
  CHECK(calf.steps[3].kind == StepKind::rest);
  CHECK(calf.steps[4].kind == StepKind::manual);
  CHECK(calf.steps[4].duration == seconds(0));
  CHECK(calf.steps[4].cue == "Loosen the laces.");
  CHECK(calf.steps[5].duration == seconds(20));
  const Step& question = calf.steps[6];
  CHECK(question.kind == StepKind::question);
  CHECK(question.cue == "Has it gone?");
  CHECK(question.yes.advice == "Carry on.");
  CHECK_FALSE(question.yes.stops);
  CHECK(question.no.advice == "Call it a day.");
  CHECK(question.no.stops);

  const auto* include = std::get_if<Include>(&file.items[1]);
  REQUIRE(include != nullptr);
  CHECK(include->name == "big-toe");
  CHECK(include->reps == 2);
  CHECK(include->line == 25);
}

TEST_CASE("parse_routine accepts what the format allows")
{
  SUBCASE("CRLF, a BOM, tabs, and keywords in any case")
  {
    const auto result = parse_routine("\xEF\xBB\xBFTITLE T\r\n\tExercise E\r\n\t\tCONTRACT\t5s\tgo\r\n", "t");
    REQUIRE(result.ok());
    CHECK(exercise_at(result, 0).steps[0].cue == "go");
  }
  SUBCASE("sides none and custom labels")
  {
    const auto result = parse_routine("title T\nexercise A\nsides none\nrest 5s\nexercise B\nsides front, back, top\nrest 5s\n", "t");
    REQUIRE(result.ok());
    CHECK(exercise_at(result, 0).sides.empty());
    CHECK(exercise_at(result, 1).sides == std::vector<std::string_view>{"front", "back", "top"});
  }
  SUBCASE("a file of includes only")
  {
    const auto result = parse_routine("title T\ninclude calf\n", "t");
    CHECK(result.ok());
  }
  SUBCASE("comments only at the start of a line")
  {
    const auto result = parse_routine("title T\n  # indented comment\nexercise E\nmanual Do set #2\n", "t");
    REQUIRE(result.ok());
    CHECK(exercise_at(result, 0).steps[0].cue == "Do set #2");
  }
}

TEST_CASE("parse_routine reports every error with its line")
{
  SUBCASE("a misspelled keyword gets a suggestion")
  {
    CHECK(errors_of("title T\nexercize E\nrest 5s\n")
          == "t.stretch:2:1: error: unknown directive `exercize`; did you mean `exercise`?\n");
  }
  SUBCASE("an unknown step kind")
  {
    CHECK(errors_of("title T\nexercise E\n  squeeze 10s\n  rest 5s\n")
          == "t.stretch:3:3: error: unknown directive `squeeze`; a step starts with contract, stretch, "
             "relax, rest, manual or question\n");
  }
  SUBCASE("an unknown top-level word")
  {
    CHECK(errors_of("title T\nfoo bar\nexercise E\nrest 5s\n")
          == "t.stretch:2:1: error: unknown directive `foo`; expected title, description, alias, episode, tip, exercise or include\n");
  }
  SUBCASE("durations")
  {
    CHECK(errors_of("title T\nexercise E\ncontract Press\ncontract 0s Press\ncontract -5s Press\n"
                    "contract 2h Press\ncontract 10x Press\nrest\n")
          == "t.stretch:3:10: error: `contract` needs a duration, like `contract 10s`\n"
             "t.stretch:4:10: error: duration must be more than zero\n"
             "t.stretch:5:10: error: durations cannot be negative\n"
             "t.stretch:6:10: error: duration is over the limit of 1:00:00\n"
             "t.stretch:7:10: error: invalid duration `10x`: expected a number of seconds or a time like 10s, 1m30s or 1:30\n"
             "t.stretch:8: error: `rest` needs a duration, like `rest 10s`\n");
  }
  SUBCASE("reps")
  {
    CHECK(errors_of("title T\nexercise E\nreps 0\nrest 5s\nexercise F\nreps three\nrest 5s\nexercise G\nreps 500\nreps 2\nrest 5s\n")
          == "t.stretch:3:6: error: reps must be from 1 to 100\n"
             "t.stretch:6:6: error: `reps` needs a whole number, like `reps 3`\n"
             "t.stretch:9:6: error: reps must be from 1 to 100\n"
             "t.stretch:10: error: `reps` is already given at line 9\n");
  }
  SUBCASE("sides")
  {
    CHECK(errors_of("title T\nexercise E\nsides left\nrest 5s\nexercise F\nsides left left\nrest 5s\n"
                    "exercise G\nsides a b c d e f g h i\nrest 5s\nexercise H\nbetween-sides 5s\nrest 5s\n")
          == "t.stretch:3:7: error: `sides` needs two or more labels, like `sides left right`, or `none`\n"
             "t.stretch:6:12: error: side `left` is listed twice\n"
             "t.stretch:9:7: error: `sides` has 9 labels; the limit is 8\n"
             "t.stretch:12: error: `between-sides` needs `sides`, like `sides left right`\n");
  }
  SUBCASE("none is no side label")
  {
    CHECK(errors_of("title T\nexercise E\nsides none left\nrest 5s\nexercise F\nsides left, NONE\nrest 5s\n")
          == "t.stretch:3:7: error: `none` means no sides: it cannot be listed with side labels\n"
             "t.stretch:6:13: error: `none` means no sides: it cannot be listed with side labels\n");
  }
  SUBCASE("one stop-if to a question")
  {
    CHECK(errors_of("title T\nexercise E\nquestion Q?\nyes Y.\nno N.\nstop-if no\nstop-if yes\nstop-if no\n")
          == "t.stretch:7: error: this question already has a `stop-if` at line 6; only one answer can end the routine\n"
             "t.stretch:8: error: this question already has a `stop-if` at line 6; only one answer can end the routine\n");
    CHECK(errors_of("title T\nexercise E\nquestion Q?\nyes Y.\nno N.\nstop-if no\nquestion R?\nyes Y.\nno N.\nstop-if no\n")
          .empty());
  }
  SUBCASE("columns count characters, not bytes")
  {
    CHECK(errors_of("title Ä\nexercise Ünë\nsides ä ä\nrest 5s\n")
          == "t.stretch:3:9: error: side `ä` is listed twice\n");
    CHECK(errors_of("title T\nexercise É\nrest 5s ü\x1b\n")
          == "t.stretch:3:10: error: control character U+001B is not allowed\n");
  }
  SUBCASE("errors come in line order, also those found when a question or exercise closes")
  {
    CHECK(errors_of("title T\nexercise E\nbetween-sides 5s\nquestion Q?\nrest 5x\n")
          == "t.stretch:3: error: `between-sides` needs `sides`, like `sides left right`\n"
             "t.stretch:4: error: question has no answers; add a `yes ADVICE` and a `no ADVICE` line after it\n"
             "t.stretch:5:6: error: invalid duration `5x`: expected a number of seconds or a time like 10s, 1m30s or 1:30\n");
  }
  SUBCASE("as many exercises as a routine may have, the last named like the one before")
  {
    std::string text = "title Many\n";
    for (int i = 0; i < 499; ++i) {
      text += "exercise Exercise number " + std::to_string(i) + "\nrest 1s\n";
    }
    text += "exercise exercise NUMBER 498\nrest 1s\n";
    CHECK(errors_of(text) == "t.stretch:1000:10: error: exercise `exercise NUMBER 498` is already defined at line 998\n");
  }
  SUBCASE("duplicate exercise names, ignoring case")
  {
    CHECK(errors_of("title T\nexercise Calf\nrest 5s\nexercise calf\nrest 5s\n")
          == "t.stretch:4:10: error: exercise `calf` is already defined at line 2\n");
  }
  SUBCASE("an exercise with no steps")
  {
    CHECK(errors_of("title T\nexercise A\nsetup Stand.\nexercise B\nrest 5s\n")
          == "t.stretch:2: error: exercise `A` has no steps; add one, like `contract 10s Press down`\n");
  }
  SUBCASE("questions and answers")
  {
    CHECK(errors_of("title T\nexercise E\nquestion Better?\nrest 5s\nquestion Gone?\nyes Good.\n"
                    "question Sure?\nno Stop.\nno Again.\nstop-if maybe\nyes\n")
          == "t.stretch:3: error: question has no answers; add a `yes ADVICE` and a `no ADVICE` line after it\n"
             "t.stretch:5: error: question has no `no` answer; add a `no ADVICE` line after it\n"
             "t.stretch:7: error: question has no `yes` answer; add a `yes ADVICE` line after it\n"
             "t.stretch:9: error: this question already has a `no` answer\n"
             "t.stretch:10:9: error: `stop-if` needs the answer that ends the routine: `stop-if yes` or `stop-if no`\n"
             "t.stretch:11: error: `yes` needs text after it, like `yes Good, carry on`\n");
  }
  SUBCASE("answers outside a question")
  {
    CHECK(errors_of("title T\nexercise E\nrest 5s\nyes Good.\n")
          == "t.stretch:4:1: error: `yes` must follow a `question` step\n");
  }
  SUBCASE("steps that need text")
  {
    CHECK(errors_of("title T\nexercise E\nmanual\nmanual 10s\nquestion\nrest 5s\n")
          == "t.stretch:3: error: `manual` needs an instruction, like `manual Loosen your laces`\n"
             "t.stretch:4: error: `manual` needs an instruction, like `manual Loosen your laces`\n"
             "t.stretch:5: error: `question` needs the question to ask, like `question Has the numbness gone?`\n");
  }
  SUBCASE("title")
  {
    CHECK(errors_of("exercise E\nrest 5s\n")
          == "t.stretch:1: error: missing `title`; a routine file starts with a line like `title Calf stretch`\n");
    CHECK(errors_of("title A\ntitle B\nexercise E\nrest 5s\n") == "t.stretch:2: error: `title` is already given at line 1\n");
    CHECK(errors_of("title\nexercise E\nrest 5s\n")
          == "t.stretch:1: error: `title` needs text after it, like `title Calf stretch`\n");
  }
  SUBCASE("include")
  {
    CHECK(errors_of("title T\ninclude a b\ninclude ../etc/passwd\ninclude calf reps 0\ninclude\n")
          == "t.stretch:2:11: error: `include` takes a routine name and an optional `reps N`, like `include calf reps 2`\n"
             "t.stretch:3:9: error: routine name `../etc/passwd` cannot start with `.`\n"
             "t.stretch:4:19: error: reps must be a whole number from 1 to 100\n"
             "t.stretch:5: error: `include` needs text after it, like `include calf`\n");
  }
  SUBCASE("aliases")
  {
    CHECK(errors_of("title T\nalias ok .bad\nexercise E\nrest 5s\n")
          == "t.stretch:2:10: error: routine name `.bad` cannot start with `.`\n");
  }
  SUBCASE("an unreadable line")
  {
    CHECK(errors_of("title T\nexercise E\nrest 5s \x1b[31m\n")
          == "t.stretch:3:9: error: control character U+001B is not allowed\n");
  }
  SUBCASE("consequences of an error are not reported, independent errors are")
  {
    // A misspelled `exercise`: its steps are not reported as outside an exercise, but a
    // step outside any exercise later on still is.
    CHECK(errors_of("title T\nexrcise E\nrest 5s\nexercise F\nrest 5s\nexercise G\n")
          == "t.stretch:2:1: error: unknown directive `exrcise`; did you mean `exercise`?\n"
             "t.stretch:6: error: exercise `G` has no steps; add one, like `contract 10s Press down`\n");
    CHECK(errors_of("reps 3\n# nothing else\n")
          == "t.stretch:1:1: error: `reps` belongs inside an exercise; start one with `exercise NAME`\n"
             "t.stretch:1: error: missing `title`; a routine file starts with a line like `title Calf stretch`\n"
             "t.stretch:1: error: routine has no exercises; add `exercise NAME` followed by its steps\n");
  }
  SUBCASE("too many errors")
  {
    std::string text = "title T\nexercise E\n";
    for (int i = 0; i < 40; ++i) {
      text += "bogus\n";
    }
    const auto result = parse_routine(text, "t.stretch");
    REQUIRE(result.diagnostics.size() == k_max_diagnostics + 1);
    CHECK(format_diagnostic(result.diagnostics.back()) == "t.stretch:22: error: too many errors; stopping here");
  }
}

TEST_CASE("parse_routine: labels, minimums, first steps, tips and episodes")
{
  const auto result = parse_routine(R"(title Calf
episode numbness
tip Lace loosely on your next runs.
tip Buy shoes a size up.
exercise Calf
  sides left right
  first stretch 20s [STRETCH · calf] Lean in.
  first manual Shoe off.
  contract 10s min 10s [PRESS · calf] Push down.
  contract 20s min 20s Lift.
  relax 5s [ EASE ] Let go.
  rest 5s min rest
)",
                                    "t.stretch");
  REQUIRE_MESSAGE(result.ok(), format_diagnostics(result.diagnostics));
  CHECK(result.routine.about.episode == "numbness");
  CHECK(result.routine.about.tips == std::vector<std::string>{"Lace loosely on your next runs.", "Buy shoes a size up."});
  const Exercise& calf = exercise_at(result, 0);
  REQUIRE(calf.first_steps.size() == 2);
  CHECK(calf.first_steps[0].kind == StepKind::stretch);
  CHECK(calf.first_steps[0].label == "STRETCH · calf");
  CHECK(calf.first_steps[0].cue == "Lean in.");
  CHECK(calf.first_steps[1].kind == StepKind::manual);
  REQUIRE(calf.steps.size() == 4);
  CHECK(calf.steps[0].minimum == seconds(10));
  CHECK(calf.steps[0].label == "PRESS · calf");
  CHECK(calf.steps[0].cue == "Push down.");
  CHECK(calf.steps[1].minimum == seconds(20));
  CHECK(calf.steps[1].label.empty());
  CHECK(calf.steps[2].label == "EASE");
  CHECK(calf.steps[3].minimum == seconds(0)); // `min` not followed by a duration is the cue
  CHECK(calf.steps[3].cue == "min rest");
}

TEST_CASE("parse_routine: errors in labels, minimums, first steps, tips and episodes")
{
  CHECK(errors_of("title T\nepisode pain\nepisode numbness\nepisode numbness\ntip\nexercise E\nrest 5s\n")
        == "t.stretch:2:9: error: unknown episode `pain`; a routine can be an episode of: numbness\n"
           "t.stretch:3: error: `episode` is already given at line 2\n"
           "t.stretch:4: error: `episode` is already given at line 2\n"
           "t.stretch:5: error: `tip` needs text after it, like `tip Lace every other eyelet on your next runs`\n");
  CHECK(errors_of("title T\nexercise E\ncontract 10s min 20s Up.\ncontract 10s min soon Up.\ncontract 10s [PRESS Up.\n"
                  "contract 10s [] Up.\ncontract 10s [A label far too long for any screen] Up.\nmanual [DO] \n")
        == "t.stretch:3:14: error: the minimum 0:20 is longer than the step itself (0:10)\n"
           "t.stretch:5:14: error: `[` starts a label that is not closed, like `[PRESS · calf]`\n"
           "t.stretch:6:14: error: a label needs text between `[` and `]`, like `[PRESS · calf]`\n"
           "t.stretch:7:15: error: label is 35 columns wide; the limit is 24\n"
           "t.stretch:8: error: `manual` needs an instruction, like `manual Loosen your laces`\n");
  CHECK(errors_of("title T\nexercise E\nfirst\nfirst question 10s Ok?\nfirst hold 10s\nfirst rest\nfirst stretch 10s Fine.\n")
        == "t.stretch:3: error: `first` needs text after it, like `first stretch 20s Lean in`\n"
           "t.stretch:4:7: error: `first` takes a step (contract, stretch, relax, rest or manual), like `first stretch 20s Lean in`\n"
           "t.stretch:5:7: error: `first` takes a step (contract, stretch, relax, rest or manual), like `first stretch 20s Lean in`\n"
           "t.stretch:6: error: `rest` needs a duration, like `rest 10s`\n");
  CHECK(errors_of("title T\nfirst stretch 10s Out of place.\nexercise E\nrest 5s\n")
        == "t.stretch:2:1: error: `first` belongs inside an exercise; start one with `exercise NAME`\n");
  CHECK(errors_of("title T\nexercise E\nfirst stretch 10s Only a first step.\n").empty());
}

TEST_CASE("parse_routine keeps at most 500 exercises of a file, and still checks the rest")
{
  std::string text = "title Many\n";
  for (int i = 0; i < 30000; ++i) {
    text += "exercise E" + std::to_string(i % 700) + "\nrest 1s\n"; // names repeat after 700
  }
  text += "exercise Last\nrelx 1s\n";
  const ParseResult result = parse_routine(text, "many.stretch");
  CHECK(result.routine.items.size() == k_max_exercises);
  // One error for the limit, at the first exercise past it; none for the repeated names
  // past it; errors of another kind still reported.
  CHECK(format_diagnostics(result.diagnostics)
        == "many.stretch:1002: error: routine has more than 500 exercises\n"
           "many.stretch:60003:1: error: unknown directive `relx`; did you mean `relax`?\n");
}

TEST_CASE("parse_routine: translations in the user's language")
{
  constexpr std::string_view k_text = "title Calf holds\n"
                                      "title[de] Wadenhalten\n"
                                      "title[fr] Mollet\n"
                                      "description Lean in,\n"
                                      "description then press.\n"
                                      "description[de] Anlehnen,\n"
                                      "description[de] dann drücken.\n"
                                      "tip Loose laces.\n"
                                      "tip[de] Lockere Senkel.\n"
                                      "exercise Calf\n"
                                      "exercise[de] Wade\n"
                                      "  setup Hands on a wall.\n"
                                      "  setup[de_AT] Hände an die Mauer.\n"
                                      "  setup[de] Hände an die Wand.\n"
                                      "  sides left right\n"
                                      "  first stretch 20s Lean in.\n"
                                      "  stretch[de] Anlehnen.\n"
                                      "  contract 10s [PRESS · calf] Press down.\n"
                                      "  contract[de] [DRÜCKEN · Wade] Nach unten drücken.\n"
                                      "  relax 5s Ease off.\n"
                                      "  between-reps 3s Rest.\n"
                                      "  between-reps[de] Ausruhen.\n"
                                      "  question Better?\n"
                                      "  question[de] Besser?\n"
                                      "  yes Good.\n"
                                      "  yes[de] Gut.\n"
                                      "  no Stop.\n"
                                      "  no[xx] Halt.\n";
  const std::vector<std::string> german{"de"};
  SUBCASE("the untagged text for a language that has none, or none asked for")
  {
    const auto result = parse_routine(k_text, "t.stretch", std::vector<std::string>{"es"});
    REQUIRE(result.ok());
    CHECK(result.routine.about.title == "Calf holds");
    CHECK(result.routine.about.description == "Lean in, then press.");
    const Exercise& calf = exercise_at(result, 0);
    CHECK(calf.name == "Calf");
    CHECK(calf.steps[0].label == "PRESS · calf");
    CHECK(calf.steps[0].cue == "Press down.");
  }
  SUBCASE("every text in German, with its label; what has no German line stays")
  {
    const auto result = parse_routine(k_text, "t.stretch", german);
    REQUIRE(result.ok());
    CHECK(result.routine.about.title == "Wadenhalten");
    CHECK(result.routine.about.description == "Anlehnen, dann drücken.");
    CHECK(result.routine.about.tips == std::vector<std::string>{"Lockere Senkel."});
    const Exercise& calf = exercise_at(result, 0);
    CHECK(calf.name == "Wade");
    CHECK(calf.setup == "Hände an die Wand.");
    CHECK(calf.first_steps[0].cue == "Anlehnen.");
    CHECK(calf.steps[0].label == "DRÜCKEN · Wade");
    CHECK(calf.steps[0].cue == "Nach unten drücken.");
    CHECK(calf.steps[1].cue == "Ease off.");
    CHECK(calf.between_reps.cue == "Ausruhen.");
    CHECK(calf.steps[2].cue == "Besser?");
    CHECK(calf.steps[2].yes.advice == "Gut.");
    CHECK(calf.steps[2].no.advice == "Stop.");
  }
  SUBCASE("the more precise language wins, wherever its line stands")
  {
    const auto result = parse_routine(k_text, "t.stretch", std::vector<std::string>{"de_AT", "de"});
    REQUIRE(result.ok());
    CHECK(exercise_at(result, 0).setup == "Hände an die Mauer.");
    CHECK(result.routine.about.title == "Wadenhalten");
  }
  SUBCASE("the user's languages by default: none in the C locale")
  {
    CHECK(parse_routine(k_text, "t.stretch").routine.about.title == "Calf holds");
  }
}

TEST_CASE("parse_routine: errors in translations")
{
  const auto errors = [](std::string_view text) {
    return format_diagnostics(parse_routine(text, "t.stretch", std::vector<std::string>{"de"}).diagnostics);
  };
  CHECK(errors("title T\ntitle[DE] X\nexercise E\nrest 5s\n")
        == "t.stretch:2:6: error: `[DE]` is not a language tag, like `[de]` or `[pt_BR]`\n");
  CHECK(errors("title T\ntitle[de\nexercise E\nrest 5s\n")
        == "t.stretch:2:6: error: `[de` is not a language tag, like `[de]` or `[pt_BR]`\n");
  CHECK(errors("title T\ntitle[de]\nexercise E\nrest 5s\n")
        == "t.stretch:2: error: `title[de]` needs the translated text after it\n");
  CHECK(errors("title[fr] X\ntitle T\nexercise E\nrest 5s\n")
        == "t.stretch:1: error: `title[fr]` translates the `title` line before it, and there is none\n");
  CHECK(errors("title T\nreps[de] 3\nexercise E\nrest 5s\n")
        == "t.stretch:2:1: error: `reps[de]` has no text to translate; `[LANGUAGE]` goes after title, description, "
           "tip, exercise, setup, a step, yes, no, between-reps or between-sides\n");
  CHECK(errors("title T\nexercise E\nrest 5s\nstretch[de] Dehnen\n")
        == "t.stretch:4: error: `stretch[de]` follows a `rest` step: it translates the step line right before it\n");
  CHECK(errors("title T\nexercise E\nsetup A\nsetup[de] B\nsetup C\nrest 5s\n")
        == "t.stretch:5: error: `setup` comes after its translation; put the translated lines after the last one\n");
  CHECK(errors("title T\nexercise E\nquestion Q?\nyes[de] Ja\nyes Y\nno N\n")
        == "t.stretch:4: error: `yes[de]` translates the `yes` line before it, and there is none\n");
  CHECK(errors("title T\nexercise E\nrest 5s\nrest[de] [" + std::string(30, 'X') + "] x\n")
        == "t.stretch:4:11: error: label is 30 columns wide; the limit is 24\n");
}

TEST_SUITE_END();
