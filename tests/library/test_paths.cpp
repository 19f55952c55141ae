// SPDX-License-Identifier: MIT
#include "library/paths.h"

#include "support/fake_env.h"

#include <doctest/doctest.h>

using namespace stretch;

TEST_SUITE_BEGIN("library/paths");

TEST_CASE("user_routine_dir")
{
  SUBCASE("XDG_CONFIG_HOME wins")
  {
    const std::map<std::string, std::string> vars{{"HOME", "/home/r"}, {"XDG_CONFIG_HOME", "/cfg"}};
    CHECK(library::user_routine_dir(test::fake_env(vars)) == "/cfg/stretch/routines");
  }
  SUBCASE("else ~/.config")
  {
    const std::map<std::string, std::string> vars{{"HOME", "/home/r"}};
    CHECK(library::user_routine_dir(test::fake_env(vars)) == "/home/r/.config/stretch/routines");
  }
  SUBCASE("a relative XDG_CONFIG_HOME is ignored, as the XDG rules say")
  {
    const std::map<std::string, std::string> vars{{"HOME", "/home/r"}, {"XDG_CONFIG_HOME", "cfg"}};
    CHECK(library::user_routine_dir(test::fake_env(vars)) == "/home/r/.config/stretch/routines");
  }
}

namespace {

std::vector<std::string> folder_list(const std::map<std::string, std::string>& vars)
{
  std::vector<std::string> out;
  for (const library::Folder& folder : library::routine_folders(test::fake_env(vars))) {
    out.push_back(folder.path.string() + (folder.origin == library::Origin::user ? " (user)" : ""));
  }
  return out;
}

} // namespace

TEST_CASE("routine_folders")
{
  SUBCASE("the user's folder, then the data home, then /usr/local/share and /usr/share")
  {
    CHECK(folder_list({{"HOME", "/home/r"}})
          == std::vector<std::string>{"/home/r/.config/stretch/routines (user)", "/home/r/.local/share/stretch/routines",
                                      "/usr/local/share/stretch/routines", "/usr/share/stretch/routines"});
  }
  SUBCASE("XDG_DATA_HOME and XDG_DATA_DIRS in their order; relative, empty and repeated folders left out")
  {
    CHECK(folder_list({{"HOME", "/home/r"},
                       {"XDG_DATA_HOME", "/data"},
                       {"XDG_DATA_DIRS", "/opt/club/share:relative/share::/data/:/usr/share"}})
          == std::vector<std::string>{"/home/r/.config/stretch/routines (user)", "/data/stretch/routines",
                                      "/opt/club/share/stretch/routines", "/usr/share/stretch/routines"});
  }
  SUBCASE("the folders shared by everyone come last, without a HOME too")
  {
    const auto folders = folder_list({{"XDG_DATA_DIRS", "/usr/share"}}); // home from the password file, if any
    REQUIRE_FALSE(folders.empty());
    CHECK(folders.back() == "/usr/share/stretch/routines");
  }
}

TEST_SUITE_END();
