// SPDX-License-Identifier: MIT
#include "device/tone_files.h"

#include "support/read_text.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

using namespace stretch;

TEST_SUITE_BEGIN("device/tone_files");

TEST_CASE("write_tone_files: each tone once, then only read, and a changed file is put right")
{
  const test::TempDir dir;
  const auto folder = dir.path() / "cache" / device::k_tone_folder;
  const auto files = device::write_tone_files(folder);
  REQUIRE(files);
  for (std::size_t i = 0; i < device::k_tones.size(); ++i) {
    CHECK((*files)[i] == folder / device::tone_file_name(device::k_tones[i]));
    CHECK(test::read_text((*files)[i]) == device::wav_bytes(device::k_tones[i]));
  }
  struct stat before = {};
  ::stat((*files)[0].c_str(), &before);
  REQUIRE(device::write_tone_files(folder));
  struct stat after = {};
  ::stat((*files)[0].c_str(), &after);
  CHECK(before.st_ino == after.st_ino); // not written again
  dir.write((*files)[1], "damaged");
  REQUIRE(device::write_tone_files(folder));
  CHECK(test::read_text((*files)[1]) == device::wav_bytes(device::k_tones[1]));
}

TEST_CASE("write_tone_files: a folder that cannot be made is an error that names it")
{
  const test::TempDir dir;
  dir.write("file", "x");
  const auto files = device::write_tone_files(dir.path() / "file" / "tones");
  REQUIRE_FALSE(files);
  CHECK(files.error().find((dir.path() / "file").string()) != std::string::npos);
}

TEST_SUITE_END();
