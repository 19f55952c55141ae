// SPDX-License-Identifier: MIT
// Ids no two sessions or devices share.
#include "util/random_id.h"

#include "util/fd.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

namespace stretch::util {
namespace {

// SplitMix64: spreads a number's bits over all 64.
std::uint64_t mix(std::uint64_t x)
{
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

} // namespace

std::string random_id()
{
  std::uint64_t bits = 0;
  const Fd source(::open("/dev/urandom", O_RDONLY | O_CLOEXEC));
  if (source.get() < 0 || ::read(source.get(), &bits, sizeof bits) != static_cast<ssize_t>(sizeof bits)) {
    static std::atomic<std::uint64_t> counter{0};
    const auto now = static_cast<std::uint64_t>(std::chrono::system_clock::now().time_since_epoch().count());
    bits = mix(now ^ mix(static_cast<std::uint64_t>(::getpid()) << 32 ^ counter.fetch_add(1)));
  }
  return fmt::format("{:016x}", bits);
}

} // namespace stretch::util
