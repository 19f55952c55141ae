// SPDX-License-Identifier: MIT
// What every device of a session shares.
#include "device/device.h"

#include "i18n/format.h"

#include <fmt/format.h>

namespace stretch::device {

std::optional<DeviceProblem> Device::take_problem()
{
  if (m_problems.empty()) {
    return std::nullopt;
  }
  DeviceProblem problem = std::move(m_problems.front());
  m_problems.erase(m_problems.begin());
  return problem;
}

void Device::report(DeviceProblem problem, bool give_up)
{
  if (m_dropped) {
    return; // said once: nothing more from a device given up
  }
  m_dropped = give_up;
  m_problems.push_back(std::move(problem));
}

DeviceProblem problem_of(const util::Children::Ended& ended, std::string_view program)
{
  if (ended.how == util::ChildEnd::timed_out) {
    return DeviceProblem{DeviceProblem::Kind::hung, std::string(program), "", ""};
  }
  const std::string detail = ended.status > 128 ? i18n::trf("signal {signal}", fmt::arg("signal", ended.status - 128))
                                                : i18n::trf("exit status {status}", fmt::arg("status", ended.status));
  return DeviceProblem{DeviceProblem::Kind::failed, std::string(program), detail, ""};
}

DeviceProblem start_problem(std::string_view why, std::string_view program)
{
  // "cannot start /usr/bin/aplay: Permission denied": the reason alone.
  const std::size_t colon = why.rfind(": ");
  return DeviceProblem{DeviceProblem::Kind::failed, std::string(program),
                       std::string(colon == std::string_view::npos ? why : why.substr(colon + 2)), ""};
}

std::optional<DeviceProblem> Strikes::count(const util::Children::Ended& ended, std::string_view program,
                                            bool hang_gives_up)
{
  const bool hung = ended.how == util::ChildEnd::timed_out;
  if (!hung && ended.how != util::ChildEnd::failed) {
    return std::nullopt;
  }
  if ((hung && hang_gives_up) || ++m_failures >= k_failures) {
    return problem_of(ended, program);
  }
  return std::nullopt;
}

std::optional<DeviceProblem> Strikes::count_start_failure(std::string_view why, std::string_view program)
{
  if (++m_failures < k_failures) {
    return std::nullopt;
  }
  return start_problem(why, program);
}

std::string program_name(const std::string& path)
{
  return path.substr(path.rfind('/') + 1);
}

} // namespace stretch::device
