// SPDX-License-Identifier: MIT
// The shape of the code: the folders of src/ depend on each other in one direction only,
// the way the data flows (text -> routine -> plan -> session -> render -> terminal), and
// CLI11 is compiled in one file.
#include "support/process.h"
#include "support/read_text.h"

#include <doctest/doctest.h>
#include <filesystem>
#include <algorithm>
#include <functional>
#include <map>
#include <set>

using namespace stretch::test;

namespace {

using Graph = std::map<std::string, std::set<std::string>>;

// Which folders of src/ each folder's files include. A file at the top is a node of its
// own, by its stem: `main`, and `error` (the error types everything may throw).
Graph folder_graph()
{
  Graph graph;
  const auto src = source_dir() / "src";
  for (const auto& entry : std::filesystem::recursive_directory_iterator(src)) {
    if (!entry.is_regular_file()) {
      continue;
    }
    const auto relative = std::filesystem::relative(entry.path(), src);
    const std::string from = relative.has_parent_path() ? relative.begin()->string() : relative.stem().string();
    graph[from];
    const std::string text = read_text(entry.path());
    for (std::size_t at = text.find("#include \""); at != std::string::npos; at = text.find("#include \"", at + 1)) {
      const std::size_t start = at + 10;
      const std::size_t end = text.find('"', start);
      const std::string included = text.substr(start, end - start);
      const std::size_t slash = included.find('/');
      const std::string to =
        slash == std::string::npos ? std::filesystem::path(included).stem().string() : included.substr(0, slash);
      if (to != from) {
        graph[from].insert(to);
      }
    }
  }
  return graph;
}

// A cycle in `graph` as "a -> b -> a", or "" when there is none.
std::string find_cycle(const Graph& graph)
{
  std::map<std::string, int> state; // 0 new, 1 on the path, 2 done
  std::vector<std::string> path;
  std::string cycle;
  std::function<bool(const std::string&)> visit = [&](const std::string& node) {
    state[node] = 1;
    path.push_back(node);
    for (const std::string& next : graph.count(node) != 0 ? graph.at(node) : std::set<std::string>{}) {
      if (state[next] == 1) {
        for (auto it = std::find(path.begin(), path.end(), next); it != path.end(); ++it) {
          cycle += *it + " -> ";
        }
        cycle += next;
        return true;
      }
      if (state[next] == 0 && visit(next)) {
        return true;
      }
    }
    path.pop_back();
    state[node] = 2;
    return false;
  };
  for (const auto& [node, edges] : graph) {
    if (state[node] == 0 && visit(node)) {
      break;
    }
  }
  return cycle;
}

} // namespace

TEST_SUITE_BEGIN("e2e/structure");

TEST_CASE("the folders of src/ depend on each other in one direction only")
{
  const Graph graph = folder_graph();
  CHECK(graph.size() >= 12);
  CHECK(find_cycle(graph) == "");
  const auto uses = [&](const std::string& from, const std::string& to) {
    return graph.count(from) != 0 && graph.at(from).count(to) != 0;
  };
  // The session decides timing and formats nothing; the real-time loop sits above it all.
  for (const char* above : {"render", "live", "device", "term", "commands", "cli", "history"}) {
    CAPTURE(above);
    CHECK_FALSE(uses("session", above));
    CHECK_FALSE(uses("plan", above));
    CHECK_FALSE(uses("routine", above));
  }
  for (const char* above : {"live", "commands", "cli"}) {
    CAPTURE(above);
    CHECK_FALSE(uses("render", above));
    CHECK_FALSE(uses("device", above));
    CHECK_FALSE(uses("term", above));
  }
  CHECK_FALSE(uses("commands", "cli"));
  // The floor everything stands on: util and the errors, which may translate (i18n); and
  // i18n itself, which includes nothing of stretch.
  for (const auto& entry : graph) {
    const std::string& folder = entry.first; // a plain reference: CAPTURE cannot take a binding
    if (folder != "util" && folder != "error" && folder != "i18n") {
      continue;
    }
    CAPTURE(folder);
    for (const std::string& to : entry.second) {
      CHECK((to == "util" || to == "error" || to == "i18n"));
      CHECK_FALSE((folder == "i18n" && to != "i18n"));
    }
  }

}

TEST_CASE("CLI11 is included by one file only")
{
  int including = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(source_dir() / "src")) {
    if (entry.is_regular_file() && read_text(entry.path()).find("#include <CLI/") != std::string::npos) {
      ++including;
      CHECK(entry.path().filename() == "cli.cpp");
    }
  }
  CHECK(including == 1);
}

TEST_SUITE_END();
