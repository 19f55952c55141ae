// SPDX-License-Identifier: MIT
// This device, as the history knows it.
#include "history/device.h"

#include "history/record.h"
#include "i18n/format.h"
#include "util/fd.h"
#include "util/file.h"
#include "util/random_id.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stretch::history {
namespace {

constexpr std::string_view k_id_file = "device-id";

// Reads the id kept at `file`, or nullopt when there is none (or it holds no id).
std::optional<std::string> read_id(const std::filesystem::path& file)
{
  const util::Fd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
  if (fd.get() < 0) {
    return std::nullopt;
  }
  char buffer[k_max_id + 2] = {};
  const ssize_t got = ::read(fd.get(), buffer, sizeof buffer);
  std::string_view text(buffer, got > 0 ? static_cast<std::size_t>(got) : 0);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return is_id(text) ? std::optional(std::string(text)) : std::nullopt;
}

} // namespace

std::optional<std::string> check_device_name(std::string_view name)
{
  const bool fits = !name.empty() && name.size() <= k_max_device_name && name.front() != '.' && name.front() != '-'
                    && std::all_of(name.begin(), name.end(), [](char c) {
                         return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-'
                                || c == '_' || c == '.';
                       });
  if (fits) {
    return std::nullopt;
  }
  return i18n::trf("expected 1 to {most} letters, digits, `-`, `_` and `.`, not starting with `.` or `-`",
                   fmt::arg("most", k_max_device_name));
}

util::Expected<Device> this_device(const std::filesystem::path& state, std::string name)
{
  const std::filesystem::path file = state / k_id_file;
  if (auto id = read_id(file)) {
    return Device{std::move(*id), std::move(name)};
  }
  if (const int error = util::make_private_folders(state); error != 0) {
    return util::Unexpected{i18n::trf("cannot make the folder {folder}: {reason}", fmt::arg("folder", state.string()),
                                      fmt::arg("reason", std::strerror(error)))};
  }
  // Made whole under a name of its own, then put in place without replacing one that
  // another program made meanwhile: every program of this device agrees on the id.
  const std::string id = util::random_id();
  const std::filesystem::path temporary = state / fmt::format(".{}.{}", k_id_file, id);
  {
    const util::Fd fd(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600));
    if (fd.get() < 0 || util::write_all(fd.get(), id + "\n") != 0) {
      const int error = errno;
      ::unlink(temporary.c_str());
      return util::Unexpected{
        i18n::trf("cannot write {file}: {reason}", fmt::arg("file", file.string()), fmt::arg("reason", std::strerror(error)))};
    }
  }
  const int linked = ::link(temporary.c_str(), file.c_str());
  ::unlink(temporary.c_str());
  if (linked != 0 && errno != EEXIST) {
    return util::Unexpected{
      i18n::trf("cannot write {file}: {reason}", fmt::arg("file", file.string()), fmt::arg("reason", std::strerror(errno)))};
  }
  if (auto id_now = read_id(file)) {
    return Device{std::move(*id_now), std::move(name)};
  }
  return util::Unexpected{i18n::trf("{file} holds no device id", fmt::arg("file", file.string()))};

}

std::string device_file_name(const Device& device)
{
  return device.name.empty() ? device.id + ".tsv" : fmt::format("{}-{}.tsv", device.name, device.id.substr(0, 8));
}

} // namespace stretch::history
