// SPDX-License-Identifier: MIT
#include "history/folder.h"

#include "support/temp_dir.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace stretch;
using namespace stretch::history;

namespace {

std::vector<std::string> names(const std::vector<FolderFile>& files)
{
  std::vector<std::string> out;
  for (const FolderFile& file : files) {
    out.push_back(file.path.filename().string() + (file.conflict ? " (copy)" : ""));
  }
  return out;
}

} // namespace

TEST_SUITE_BEGIN("history/folder");

TEST_CASE("is_conflict_copy: the names Syncthing, Dropbox and Nextcloud give the copies they leave")
{
  CHECK(is_conflict_copy("phone-1a2b3c4d.sync-conflict-20261201-101500-ABCDEFG.tsv"));
  CHECK(is_conflict_copy("phone-1a2b3c4d (conflicted copy 2026-12-01).tsv"));
  CHECK(is_conflict_copy("phone-1a2b3c4d (Runner's conflicted copy 2026-12-01).tsv"));
  CHECK(is_conflict_copy("phone-1a2b3c4d_conflict-20261201-101500.tsv"));
  CHECK_FALSE(is_conflict_copy("phone-1a2b3c4d.tsv"));
  CHECK_FALSE(is_conflict_copy("conflict.tsv"));
}

TEST_CASE("is_device_file_name: the files devices append to, and no copy of one")
{
  CHECK(is_device_file_name("phone-1a2b3c4d.tsv"));
  CHECK(is_device_file_name("my-phone-1a2b3c4d.tsv"));
  CHECK(is_device_file_name("0123456789abcdef.tsv"));
  CHECK_FALSE(is_device_file_name("phone-1a2b3c4d (conflicted copy 2026-12-01).tsv"));
  CHECK_FALSE(is_device_file_name("phone-1a2b3c4d.sync-conflict-20261201-101500-ABCDEFG.tsv"));
  CHECK_FALSE(is_device_file_name("phone-1a2b3c4d (1).tsv"));
  CHECK_FALSE(is_device_file_name("phone-1A2B3C4D.tsv"));
  CHECK_FALSE(is_device_file_name("-1a2b3c4d.tsv"));
  CHECK_FALSE(is_device_file_name("restored.tsv"));
  CHECK_FALSE(is_device_file_name("phone-1a2b3c4d.tsv.bak"));
}

TEST_CASE("folder_files: every log and copy of one sorted: what a sync engine writes on the way left out")
{
  const test::TempDir dir;
  for (const char* name : {"phone-1a2b3c4d.tsv", "laptop-9f8e7d6c.tsv", "phone-1a2b3c4d.sync-conflict-20261201-101500-ABCDEFG.tsv",
                           "phone-1a2b3c4d (conflicted copy 2026-12-01).tsv", "laptop_conflict-20261201-101500.tsv",
                           "restored.tsv", ".syncthing.phone.tsv.tmp", ".stfolder.tsv", "~phone.tsv", "notes.txt",
                           "history.tsv.moved", "phone.tsv.swp"}) {
    dir.write(name, "# stretch history, format 4\n");
  }
  std::filesystem::create_directory(dir.path() / "folder.tsv");
  REQUIRE(::symlink("/dev/zero", (dir.path() / "zero.tsv").c_str()) == 0);
  std::size_t left_out = 9;
  const auto files = folder_files(dir.path(), left_out);
  REQUIRE(files);
  CHECK(left_out == 0);
  CHECK(files->front().own);
  CHECK_FALSE(files->back().own); // restored.tsv
  CHECK(names(*files) == std::vector<std::string>{"laptop-9f8e7d6c.tsv", "laptop_conflict-20261201-101500.tsv (copy)",
                                                  "phone-1a2b3c4d (conflicted copy 2026-12-01).tsv (copy)",
                                                  "phone-1a2b3c4d.sync-conflict-20261201-101500-ABCDEFG.tsv (copy)",
                                                  "phone-1a2b3c4d.tsv", "restored.tsv"});
}

TEST_CASE("folder_files: a folder not there yet holds none: a file in its place is an error")
{
  const test::TempDir dir;
  std::size_t left_out = 0;
  const auto none = folder_files(dir.path() / "not-yet", left_out);
  REQUIRE(none);
  CHECK(none->empty());
  dir.write("file", "x");
  const auto error = folder_files(dir.path() / "file", left_out);
  REQUIRE_FALSE(error);
  CHECK(error.error() == "cannot read the folder " + (dir.path() / "file").string() + ": Not a directory");
}

TEST_CASE("folder_files: at most k_max_history_files, the rest counted")
{
  const test::TempDir dir;
  for (std::size_t i = 0; i < k_max_history_files + 5; ++i) {
    dir.write(fmt::format("d{:04}.tsv", i), "");
  }
  std::size_t left_out = 0;
  const auto files = folder_files(dir.path(), left_out);
  REQUIRE(files);
  CHECK(files->size() == k_max_history_files);
  CHECK(left_out == 5);
}

TEST_SUITE_END();
