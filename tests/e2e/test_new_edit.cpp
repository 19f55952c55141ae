// SPDX-License-Identifier: MIT
// Writing your own routine as a user would: `stretch new`, then `stretch edit` with an
// editor that first leaves a broken line and then fixes it, then running it by name.
#include "e2e/cli_fixture.h"
#include "support/pty_process.h"
#include "support/read_text.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

using namespace stretch::test;

TEST_SUITE_BEGIN("e2e/new_edit");

TEST_CASE("stretch new hamstring --from calf, stretch edit hamstring, stretch hamstring")
{
  CliFixture f;
  f.sandbox.link("sh"); // the editor is run as git runs it, through sh
  f.sandbox.link("sed");
  f.sandbox.link("touch");
  // The editor: the first time, a hold of `10x` seconds; the second time, 15 seconds.
  const auto editor = f.home.write("bin/fake-editor",
                                   "#!/bin/sh\n"
                                   "if [ -e \"$HOME/edited-once\" ]; then\n"
                                   "  sed -i 's/contract 10x/contract 15s/' \"$1\"\n"
                                   "else\n"
                                   "  touch \"$HOME/edited-once\"\n"
                                   "  sed -i 's/contract 10s/contract 10x/' \"$1\"\n"
                                   "fi\n");
  ::chmod(editor.c_str(), 0755);
  f.env["VISUAL"] = editor.string();

  const auto created = f.run({"new", "hamstring", "--from", "calf"});
  CHECK(created.status == 0);
  const auto file = f.routines() / "hamstring.stretch";
  CHECK(created.out == file.string() + "\n");
  CHECK(f.run({"new", "hamstring"}).status == 1); // never over an existing file

  PtyProcess pty({stretch_binary(), "edit", "hamstring"}, f.env);
  REQUIRE(pty.wait_for("error: invalid duration `10x`"));
  REQUIRE(pty.wait_for("Edit it again to fix it? [Y/n]"));
  pty.send("y\r");
  CHECK(pty.wait_exit() == 0);
  CHECK(pty.output().find(file.string() + ":") != std::string::npos);
  CHECK(pty.output().find(file.string() + ": ok") != std::string::npos);
  CHECK(read_text(file).find("contract 15s min 10s [PRESS · calf] Push the ball") != std::string::npos);

  const auto shown = f.run({"show", "hamstring"});
  CHECK(shown.out.find("0:15") != std::string::npos);
  CHECK(f.run({"hamstring", "--dry-run"}).status == 0);
}

TEST_CASE("stretch edit without a terminal prints the errors and exits 1")
{
  CliFixture f;
  f.sandbox.link("sh");
  // An editor in a folder with a blank and a quote in its name, with an option of its own:
  // the shell reads it as git has it read.
  const auto editor = f.home.write("My 'Editor'/breaks-it", "#!/bin/sh\n[ \"$1\" = -w ] || exit 9\necho 'reps none' >> \"$2\"\n");
  ::chmod(editor.c_str(), 0755);
  f.env["EDITOR"] = "\"" + editor.string() + "\" -w";
  const auto r = f.run({"edit", "laces"});
  CHECK(r.status == 1);
  CHECK(r.err.find("stretch: note: the built-in routine `laces` is copied to") == 0);
  CHECK(r.err.find("laces.stretch:49:6: error: `reps` needs a whole number, like `reps 3`") != std::string::npos);
}

TEST_SUITE_END();
