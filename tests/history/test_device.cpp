// SPDX-License-Identifier: MIT
#include "history/device.h"

#include "history/record.h"
#include "support/read_text.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

using namespace stretch;
using namespace stretch::history;

TEST_SUITE_BEGIN("history/device");

TEST_CASE("check_device_name: a name that can name a file, and nothing else")
{
  for (const char* good : {"phone", "laptop-2", "Pixel_7", "a", "x.y", "abcdefghijklmnopqrstuvwxyz012345"}) {
    CAPTURE(good);
    CHECK_FALSE(check_device_name(good));
  }
  for (const char* bad : {"", ".hidden", "-x", "my phone", "a/b", "..", "é", "abcdefghijklmnopqrstuvwxyz0123456", "a\tb"}) {
    CAPTURE(bad);
    REQUIRE(check_device_name(bad));
    CHECK(check_device_name(bad)->find("expected 1 to 32 letters, digits") == 0);
  }
}

TEST_CASE("this_device: an id made once, private, and the same ever after")
{
  const test::TempDir dir;
  const auto state = dir.path() / "state/stretch";
  const auto first = this_device(state, "phone");
  REQUIRE(first);
  CHECK(is_id(first->id));
  CHECK(first->id.size() == 16);
  CHECK(first->name == "phone");
  CHECK(test::read_text(state / "device-id") == first->id + "\n");
  struct stat info = {};
  REQUIRE(::stat((state / "device-id").c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);

  const auto again = this_device(state, "");
  REQUIRE(again);
  CHECK(again->id == first->id);
  CHECK(again->name.empty());
  // No file left on the way.
  CHECK(std::distance(std::filesystem::directory_iterator(state), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("this_device: a file that holds no id or a folder that cannot be made is said")
{
  const test::TempDir dir;
  SUBCASE("garbage in the id file")
  {
    dir.write("state/device-id", "not an id!\n");
    const auto device = this_device(dir.path() / "state", "");
    REQUIRE_FALSE(device);
    CHECK(device.error() == (dir.path() / "state/device-id").string() + " holds no device id");
  }
  SUBCASE("the state folder is a file")
  {
    dir.write("state", "x");
    const auto device = this_device(dir.path() / "state/stretch", "");
    REQUIRE_FALSE(device);
    CHECK(device.error().find("cannot make the folder " + (dir.path() / "state/stretch").string()) == 0);
  }
}

TEST_CASE("device_file_name")
{
  CHECK(device_file_name({"0123456789abcdef", ""}) == "0123456789abcdef.tsv");
  CHECK(device_file_name({"0123456789abcdef", "phone"}) == "phone-01234567.tsv");
}

TEST_SUITE_END();
