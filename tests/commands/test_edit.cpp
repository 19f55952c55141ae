// SPDX-License-Identifier: MIT
#include "commands/edit.h"

#include "error.h"
#include "support/command_fixture.h"
#include "support/fake_env.h"
#include "support/read_text.h"

#include <doctest/doctest.h>
#include <fstream>

using namespace stretch;

namespace {

// An editor that writes each of `versions` in turn, and the answers to "edit again?".
struct FakeEditor
{
  std::vector<std::string> versions;
  std::vector<bool> answers;
  std::vector<std::vector<std::string>> calls{};
  std::vector<std::string> questions{};

  commands::EditIo io(bool interactive = true)
  {
    commands::EditIo io;
    io.run_editor = [this](const std::vector<std::string>& argv) -> util::Expected<int> {
      calls.push_back(argv);
      std::ofstream(argv.back()) << versions.at(calls.size() - 1);
      return 0;
    };
    if (interactive) {
      io.ask = [this](std::string_view question) {
        questions.emplace_back(question);
        return answers.at(questions.size() - 1);
      };
    }
    return io;
  }
};

const std::string k_broken = "title Mine\nexercise E\ncontract 10x Press.\n";
const std::string k_fixed = "title Mine\nexercise E\ncontract 10s Press.\n";

} // namespace

TEST_SUITE_BEGIN("commands/edit");

TEST_CASE("editor_command")
{
  const std::map<std::string, std::string> both{{"VISUAL", "code --wait"}, {"EDITOR", "nano"}};
  const std::map<std::string, std::string> editor{{"EDITOR", "nano -w"}};
  const std::map<std::string, std::string> blank{{"VISUAL", "  "}, {"EDITOR", "ed"}};
  const std::map<std::string, std::string> none;
  const std::map<std::string, std::string> quoted{{"EDITOR", "\"/opt/My Editor/ed\" -w"}};
  const auto with = [](const std::string& command) {
    return std::vector<std::string>{"sh", "-c", command + " \"$@\"", command, "/r/x $(y).stretch"};
  };
  CHECK(commands::editor_command(test::fake_env(both), "/r/x $(y).stretch") == with("code --wait"));
  CHECK(commands::editor_command(test::fake_env(editor), "/r/x $(y).stretch") == with("nano -w"));
  CHECK(commands::editor_command(test::fake_env(blank), "/r/x $(y).stretch") == with("ed"));
  CHECK(commands::editor_command(test::fake_env(none), "/r/x $(y).stretch") == with("vi"));
  // The shell reads the editor's value as git does; the file is never part of it.
  CHECK(commands::editor_command(test::fake_env(quoted), "/r/x $(y).stretch") == with("\"/opt/My Editor/ed\" -w"));
}

TEST_CASE("edit_command")
{
  test::CommandFixture f;
  f.variables["VISUAL"] = "myeditor -x";
  const auto file = f.dir.path() / "routines/mine.stretch";
  SUBCASE("a broken line, then fixed on the second go")
  {
    f.add_routine("mine", k_fixed);
    FakeEditor editor{{k_broken, k_fixed}, {true}};
    CHECK(commands::edit_command(f.context(), {"mine"}, editor.io()) == 0);
    CHECK(editor.calls.size() == 2);
    CHECK(editor.calls[0] == std::vector<std::string>{"sh", "-c", "myeditor -x \"$@\"", "myeditor -x", file.string()});
    CHECK(f.err.text() == file.string() + ":3:10: error: invalid duration `10x`: expected a number of seconds or a time like 10s, 1m30s or 1:30\n");
    CHECK(editor.questions == std::vector<std::string>{"Edit it again to fix it?"});
    CHECK(f.out.text() == file.string() + ": ok\n");
  }
  SUBCASE("left broken: exit 1, the file as the user left it")
  {
    f.add_routine("mine", k_fixed);
    FakeEditor editor{{k_broken}, {false}};
    CHECK(commands::edit_command(f.context(), {"mine"}, editor.io()) == 1);
    CHECK(test::read_text(file) == k_broken);
  }
  SUBCASE("without a terminal, no question")
  {
    f.add_routine("mine", k_fixed);
    FakeEditor editor{{k_broken}, {}};
    CHECK(commands::edit_command(f.context(), {"mine"}, editor.io(false)) == 1);
    CHECK(editor.questions.empty());
  }
  SUBCASE("a built-in is copied to the user's folder first")
  {
    FakeEditor editor{{k_fixed}, {}};
    CHECK(commands::edit_command(f.context(), {"calf"}, editor.io()) == 0);
    CHECK(editor.calls[0].back() == (f.dir.path() / "routines/calf.stretch").string());
    CHECK(f.err.text().find("stretch: note: the built-in routine `calf` is copied to ") == 0);
    CHECK(f.library.find_entry("calf")->origin == library::Origin::user);
  }
  SUBCASE("a routine installed for everyone is copied too, and the note names its file")
  {
    const auto shared = f.add_installed("club", "title Club\nexercise C\ncontract 30s Hold.\n");
    FakeEditor editor{{k_fixed}, {}};
    CHECK(commands::edit_command(f.context(), {"club"}, editor.io()) == 0);
    const auto copy = f.dir.path() / "routines/club.stretch";
    CHECK(editor.calls[0].back() == copy.string());
    CHECK(f.err.text().find("stretch: note: " + shared.string() + " is copied to " + copy.string()) == 0);
    CHECK(test::read_text(shared) == "title Club\nexercise C\ncontract 30s Hold.\n");
    CHECK(f.library.find_entry("club")->path == copy);
  }
  SUBCASE("a built-in copied by its alias keeps its name and its aliases")
  {
    FakeEditor editor;
    commands::EditIo io = editor.io();
    io.run_editor = [](const std::vector<std::string>&) -> util::Expected<int> { return 0; }; // saved as it was
    CHECK(commands::edit_command(f.context(), {"toe"}, io) == 0);
    const auto copy = f.dir.path() / "routines/big-toe.stretch";
    CHECK(test::read_text(copy).find("\nalias toe\n") != std::string::npos);
    CHECK(f.library.find_entry("toe")->path == copy);
  }
  SUBCASE("what run would reject, edit rejects too: a plan too large")
  {
    f.add_routine("mine", k_fixed);
    // 8 sides x 100 reps x 13 steps: 10,400 steps, over the limit of 10,000.
    std::string huge = "title Huge\nexercise E\nsides a b c d e f g h\nreps 100\n";
    for (int i = 0; i < 13; ++i) {
      huge += "contract 1s Hold.\n";
    }
    FakeEditor editor{{huge}, {false}};
    CHECK(commands::edit_command(f.context(), {"mine"}, editor.io()) == 1);
    CHECK(f.err.text() == file.string() + ": error: routine `mine` expands to more than 10000 steps\n");
  }
  SUBCASE("an unknown name")
  {
    FakeEditor editor;
    CHECK_THROWS_WITH_AS(commands::edit_command(f.context(), {"nope"}, editor.io()),
                         "no routine named `nope`; `stretch new nope` makes one", UsageError);
  }
  SUBCASE("an editor that fails")
  {
    f.add_routine("mine", k_fixed);
    commands::EditIo io;
    io.run_editor = [](const std::vector<std::string>&) -> util::Expected<int> { return 1; };
    CHECK_THROWS_AS(commands::edit_command(f.context(), {"mine"}, io), Error);
    io.run_editor = [](const std::vector<std::string>&) -> util::Expected<int> {
      return util::Unexpected{"cannot start myeditor: No such file or directory"};
    };
    CHECK_THROWS_WITH_AS(commands::edit_command(f.context(), {"mine"}, io),
                         "cannot start myeditor: No such file or directory (set VISUAL or EDITOR to the editor you use)", Error);
  }
}

TEST_SUITE_END();
