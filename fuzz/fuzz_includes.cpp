// SPDX-License-Identifier: MIT
// libFuzzer target for a folder of routines that include each other: the input is split
// at lines of `--` into up to eight files, named a to h, and each is loaded with one
// loader, as `stretch list` and `stretch check` do. Whatever the files, no crash, no hang,
// and never more reports than the loader's cap.
#include "plan/plan.h"
#include "routine/loader.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>

namespace {

using namespace stretch;

constexpr std::size_t k_files = 8;

// The files of the input, parsed once each, found by name and by alias.
class FolderSource : public routine::RoutineSource
{
public:
  explicit FolderSource(std::string_view text)
  {
    std::size_t index = 0;
    std::string current;
    while (!text.empty() && index < k_files) {
      const std::size_t end = text.find('\n');
      const std::string_view line = text.substr(0, end == std::string_view::npos ? text.size() : end + 1);
      text.remove_prefix(line.size());
      if (line == "--\n" || line == "--") {
        add(index++, std::move(current));
        current.clear();
      } else {
        current += line;
      }
    }
    if (index < k_files) {
      add(index, std::move(current));
    }
  }

  std::shared_ptr<const routine::ParsedFile> find(std::string_view name) const override
  {
    if (const auto found = m_by_name.find(std::string(name)); found != m_by_name.end()) {
      return found->second;
    }
    for (const auto& [file_name, file] : m_by_name) {
      for (const routine::AliasName& alias : file->parsed.routine.aliases) {
        if (alias.name == name) {
          return file;
        }
      }
    }
    return nullptr;
  }

  std::vector<std::string> names() const override
  {
    std::vector<std::string> names;
    for (const auto& [name, file] : m_by_name) {
      names.push_back(name);
    }
    return names;
  }

  const std::map<std::string, std::shared_ptr<const routine::ParsedFile>>& files() const { return m_by_name; }

private:
  void add(std::size_t index, std::string text)
  {
    const std::string name(1, static_cast<char>('a' + index));
    m_by_name[name] = routine::parse_file({name, name + ".stretch", std::move(text)});
  }

  std::map<std::string, std::shared_ptr<const routine::ParsedFile>> m_by_name;
};

// Counts what the loader reports.
class Counter : public routine::DiagnosticSink
{
public:
  void report(const routine::Diagnostic& /*diagnostic*/) override { ++count; }
  std::size_t count = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  const FolderSource source(std::string_view(reinterpret_cast<const char*>(data), size));
  Counter counter;
  routine::Loader loader(source, counter);
  for (const auto& [name, file] : source.files()) {
    if (const auto routine = loader.load(file)) {
      (void)plan::build_plan(*routine, {});
    }
  }
  if (counter.count > routine::k_max_reported + 1) {
    std::abort(); // the cap on reports must hold, whatever the input
  }
  return 0;
}
