// SPDX-License-Identifier: MIT
// The program in the runner's language: the built binary with the catalogs of this build
// tree, as `LANGUAGE=de LANG=C.UTF-8` asks for them (no locale need be installed).
#include "support/process.h"
#include "support/pty_process.h"
#include "support/read_text.h"
#include "support/sandbox.h"

#include <doctest/doctest.h>
#include <filesystem>
#include <thread>
#include <unistd.h>

using namespace stretch::test;
using namespace std::chrono_literals;

namespace {

// A sandbox whose user reads `language`.
struct Speaker
{
  Sandbox sandbox;

  explicit Speaker(const char* language)
  {
    sandbox.env["LANGUAGE"] = language;
    sandbox.env["STRETCH_LOCALEDIR"] = STRETCH_TEST_LOCALEDIR;
  }

  ProcessResult run(std::vector<std::string> args) const
  {
    args.insert(args.begin(), stretch_binary());
    return run_process(args, {sandbox.env, sandbox.home(), ""});
  }

  std::vector<std::string> args(std::initializer_list<std::string> extra) const
  {
    std::vector<std::string> argv{stretch_binary()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return argv;
  }
};

bool has(const std::string& text, std::string_view part)
{
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_SUITE_BEGIN("e2e/language");

TEST_CASE("German: the timeline, the help, the history and an error")
{
  const Speaker de("de");
  const auto dry = de.run({"calf", "--dry-run"});
  CHECK(dry.status == 0);
  CHECK(has(dry.out, "Wade: Gaspedal drücken und anheben (4:20)"));
  CHECK(has(dry.out, "Wade LINKS BEREIT MACHEN 0:05 Hände an eine Wand"));
  CHECK(has(dry.out, "Wdh. 1/3 DRÜCKEN · Wade 0:10 Drück den Fußballen"));
  CHECK(has(dry.out, "Ende"));
  const auto help = de.run({"--help"});
  CHECK(help.status == 0);
  CHECK(has(help.out, "Optionen:"));
  CHECK(has(help.out, "Tasten während der Übung:"));
  CHECK(has(help.out, "j, y"));
  const auto history = de.run({"history"});
  CHECK(history.status == 0);
  CHECK(has(history.out, "Noch keine Einheiten"));
  const auto error = de.run({"calff"});
  CHECK(error.status == 2);
  CHECK(error.err == "stretch: error: keine Routine namens `calff`; meintest du `calf`?\n");
  const auto check = de.run({"check", "nosuch.stretch"});
  CHECK(check.status != 0);
}

TEST_CASE("French: the timeline, the help, the history and an error")
{
  const Speaker fr("fr");
  const auto dry = fr.run({"midrun", "--dry-run"});
  CHECK(dry.status == 0);
  CHECK(has(dry.out, "En pleine course : pieds engourdis"));
  CHECK(has(dry.out, "L'engourdissement est-il parti ?"));
  CHECK(has(dry.out, "(continue après 0:30)"));
  CHECK(has(fr.run({"--help"}).out, "Touches pendant la séance :"));
  CHECK(has(fr.run({"history"}).out, "Pas encore de séance"));
  CHECK(fr.run({"calff"}).err == "stretch: error: aucune routine nommée `calff` ; vouliez-vous dire `calf` ?\n");
}

TEST_CASE("Spanish: the timeline and an error, the answer keys without s")
{
  const Speaker es("es");
  const auto dry = es.run({"laces", "--dry-run"});
  CHECK(dry.status == 0);
  CHECK(has(dry.out, "Cordones: da espacio a tus pies"));
  CHECK(has(dry.out, "¿Vuelves a sentir los pies?"));
  const std::string help = es.run({"--help"}).out; // s is the key that skips: y answers yes
  CHECK(has(help, "\n  y               responder sí"));
  CHECK_FALSE(has(help, "\n  s, y "));
  CHECK(es.run({"calff"}).err == "stretch: error: no hay ninguna rutina llamada `calff`; ¿quisiste decir `calf`?\n");
}

TEST_CASE("LC_ALL=C is English byte for byte, whatever LANGUAGE says")
{
  Speaker de("de");
  de.sandbox.env["LC_ALL"] = "C";
  Sandbox english;
  english.env["LC_ALL"] = "C";
  for (const std::vector<std::string>& args : {std::vector<std::string>{"calf", "--dry-run"}, {"--help"}, {"history"},
                                              {"calff"}, {"show", "daily"}, {"list"}}) {
    CAPTURE(args.front());
    std::vector<std::string> argv{stretch_binary()};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto theirs = run_process(argv, {english.env, english.home(), ""});
    const auto ours = de.run(args);
    // The folders differ: compare what the two homes print with the home taken out.
    const auto plain = [](std::string text, const std::filesystem::path& home) {
      for (std::size_t at = text.find(home.string()); at != std::string::npos; at = text.find(home.string())) {
        text.replace(at, home.string().size(), "HOME");
      }
      return text;
    };
    CHECK(plain(ours.out, de.sandbox.home()) == plain(theirs.out, english.home()));
    CHECK(plain(ours.err, de.sandbox.home()) == plain(theirs.err, english.home()));
    CHECK(ours.status == theirs.status);
  }
  CHECK(has(de.run({"calf", "--dry-run"}).out, "Calf: press and lift the gas pedal"));
}

TEST_CASE("the voice speaks the language: -v de for espeak-ng, -l fr for spd-say")
{
  Speaker de("de");
  de.sandbox.env["TERM"] = "xterm-256color";
  de.sandbox.fake("espeak-ng", {.per_word = 10ms});
  PtyProcess german(de.args({"hold", "1s", "--ready", "0", "--voice", "--sound", "off", "--no-log"}), de.sandbox.env);
  CHECK(german.wait_exit(20s) == 0);
  REQUIRE(de.sandbox.wait_for_calls("espeak-ng", 2));
  const auto said = de.sandbox.calls_of("espeak-ng");
  REQUIRE_FALSE(said.empty());
  CHECK(said.front().args.starts_with("-v de "));
  CHECK(has(said.front().args, "Halten"));

  Speaker fr("fr");
  fr.sandbox.env["TERM"] = "xterm-256color";
  fr.sandbox.fake("spd-say", {.per_word = 10ms});
  PtyProcess french(fr.args({"hold", "1s", "--ready", "0", "--voice", "--sound", "off", "--no-log"}), fr.sandbox.env);
  CHECK(french.wait_exit(20s) == 0);
  REQUIRE(fr.sandbox.wait_for_calls("spd-say", 2));
  CHECK(fr.sandbox.calls_of("spd-say").front().args.starts_with("-w -l fr "));
}

TEST_CASE("a German runner answers Ist das Gefühl zurück with j, on purpose, and the log says yes")
{
  Speaker de("de");
  de.sandbox.env["TERM"] = "xterm-256color";
  de.sandbox.env["NO_COLOR"] = "1";
  PtyProcess pty(de.args({"laces", "--ready", "0", "--sound", "off"}), de.sandbox.env);
  REQUIRE(pty.wait_for("Enter wenn fertig"));
  pty.send("\r");
  REQUIRE(pty.wait_for("Ist das Gefühl zurück"));
  REQUIRE(pty.wait_for("j ja · n nein"));
  // On purpose: the question read, a second without keys, then j.
  std::this_thread::sleep_for(1100ms);
  const std::size_t before = pty.output().size();
  pty.send("j");
  REQUIRE(pty.wait_for_after("JA  0:02", before) != std::string::npos);
  CHECK(pty.wait_exit() == 0);
  CHECK(has(pty.output().substr(before), "Ja: Gut: lauf locker wieder an"));
  const std::string log = read_text(de.sandbox.home() / ".local/state/stretch/history.tsv");
  CHECK(has(log, "Ist das Gefühl zurück in deinen Füßen?=yes\tnumbness\t"));
}

TEST_CASE("installed locales: LANG=de_DE.UTF-8 speaks German and en_US weeks start on Sunday" * doctest::test_suite("slow"))
{
  // The locales are made for the test (localedef, from Debian's locales), in a folder of its
  // own that LOCPATH names: no root, nothing of the host's changed.
  if (::access("/usr/bin/localedef", X_OK) != 0 || !std::filesystem::exists("/usr/share/i18n/locales/de_DE")) {
    MESSAGE("localedef or the locale sources are missing (Debian: locales): the installed-locale test is skipped");
    return;
  }
  Speaker speaker("");
  Sandbox& box = speaker.sandbox;
  box.env.erase("LANGUAGE");
  const std::filesystem::path locales = box.home() / "locales";
  std::filesystem::create_directories(locales);
  for (const char* name : {"de_DE", "en_US"}) {
    const auto made = run_process({"/usr/bin/localedef", "-i", name, "-f", "UTF-8", (locales / (std::string(name) + ".UTF-8")).string()},
                                  {{{"PATH", "/usr/bin:/bin"}}, box.home(), ""});
    REQUIRE(made.status == 0);
  }
  box.env["LOCPATH"] = locales.string();
  const auto routine = box.write("quick.stretch", "title Quick\nexercise E\n  contract 0.05s Hold.\n");
  REQUIRE(speaker.run({routine.string(), "--ready", "0", "--sound", "off"}).status == 0);

  box.env["LANG"] = "de_DE.UTF-8";
  const std::string german = speaker.run({"history"}).out;
  CHECK(has(german, "Serie: 1 Tag (längste 1 Tag)"));
  CHECK(has(german, "\nMo   "));
  CHECK(has(german, "\nSo   "));
  CHECK(has(german, "weniger"));

  box.env["LANG"] = "en_US.UTF-8";
  const std::string american = speaker.run({"history"}).out;
  CHECK(has(american, "Streak: 1 day"));
  CHECK(has(american, "\nSun  "));
  CHECK(has(american, "\nSat  "));
  CHECK_FALSE(has(american, "\nMon  "));
}

TEST_SUITE_END();
