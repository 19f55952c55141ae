// SPDX-License-Identifier: MIT
// A world of its own for the binary under test.
#include "support/sandbox.h"

#include "support/read_text.h"

#include <fmt/format.h>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <unistd.h>

namespace stretch::test {

Sandbox::Sandbox(const std::vector<std::string>& tools)
{
  const std::string home = m_dir.path().string();
  std::filesystem::create_directories(bin());
  env = {{"HOME", home},
         {"PATH", bin().string()},
         {"XDG_CONFIG_HOME", home + "/.config"},
         {"XDG_STATE_HOME", home + "/.local/state"},
         {"XDG_DATA_HOME", home + "/.local/share"},
         {"XDG_DATA_DIRS", home + "/system/share"},
         {"XDG_CACHE_HOME", home + "/.cache"},
         {"XDG_RUNTIME_DIR", home + "/run"},
         {"TERM", "dumb"},
         {"LANG", "C.UTF-8"}};
  for (const std::string& tool : tools) {
    link(tool);
  }
}

void Sandbox::link(const std::string& tool) const
{
  for (const char* folder : {"/usr/bin/", "/bin/"}) {
    const std::string host = folder + tool;
    if (::access(host.c_str(), X_OK) == 0) {
      std::filesystem::create_symlink(host, bin() / tool);
      return;
    }
  }
  throw std::runtime_error("the host has no " + tool + " for the test's own use");
}

std::filesystem::path Sandbox::fake(const std::string& name, const Fake& how) const
{
  const std::string log = (home() / "fakes.log").string();
  // Absolute paths only: the fake must not depend on the PATH it is found in.
  std::string script = fmt::format("#!/bin/sh\n"
                                   "echo \"$(/bin/date +%s.%N) start {0} $*\" >> '{1}'\n"
                                   "ms={2}\n",
                                   name, log, how.hangs ? 60'000 : how.runs.count());
  if (how.per_word.count() > 0 && !how.hangs) {
    script += fmt::format("[ $# -eq 1 ] && set -- $1\nms=$(( $# * {} ))\n", how.per_word.count());
  }
  const std::string sleep = "/bin/sleep \"$((ms / 1000)).$(printf %03d $((ms % 1000)))\"";
  if (how.ignores_term) {
    // SIGTERM ignored, by the sleep it becomes too: only SIGKILL ends it, and nothing is left.
    script += "trap '' TERM\nexec " + sleep + "\n";
  } else {
    // It waits for its sleep in the background, so that SIGTERM is heard at once, and logs it.
    script += fmt::format("{3} & child=$!\n"
                          "trap 'kill $child 2>/dev/null; /bin/sleep {4}; echo \"$(/bin/date +%s.%N) killed {0}\" >> "
                          "\"{1}\"; exit 143' TERM\n"
                          "wait $child\n"
                          "echo \"$(/bin/date +%s.%N) end {0}\" >> '{1}'\n"
                          "exit {2}\n",
                          name, log, how.exit_status, sleep,
                          fmt::format("{}.{:03}", how.exit_after_term.count() / 1000, how.exit_after_term.count() % 1000));
  }
  const auto path = m_dir.write(bin() / name, script);
  std::filesystem::permissions(path, std::filesystem::perms::owner_all);
  return path;
}

std::string Sandbox::log() const
{
  const auto path = home() / "fakes.log";
  return std::filesystem::exists(path) ? read_text(path) : std::string();
}

std::vector<Sandbox::Call> Sandbox::calls() const
{
  std::vector<Call> out;
  std::istringstream lines(log());
  for (std::string line; std::getline(lines, line);) {
    std::istringstream words(line);
    Call call;
    std::string what;
    words >> call.at >> what >> call.program;
    call.start = what == "start";
    call.killed = what == "killed";
    std::getline(words, call.args);
    if (!call.args.empty() && call.args.front() == ' ') {
      call.args.erase(0, 1);
    }
    out.push_back(std::move(call));
  }
  return out;
}

std::vector<Sandbox::Call> Sandbox::calls_of(const std::string& program) const
{
  std::vector<Call> out;
  for (auto& call : calls()) {
    if (call.program == program) {
      out.push_back(std::move(call));
    }
  }
  return out;
}

bool Sandbox::wait_for_calls(const std::string& program, std::size_t count, std::chrono::milliseconds timeout) const
{
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (calls_of(program).size() < count) {
    if (std::chrono::steady_clock::now() >= deadline) {
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10)); // an event outside any process of ours
  }
  return true;
}

} // namespace stretch::test
