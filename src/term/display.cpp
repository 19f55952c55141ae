// SPDX-License-Identifier: MIT
// What the output can do, decided once, in one place.
#include "term/display.h"

#include "util/process.h"
#include "util/strings.h"

#include <array>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <string>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stretch::term {
namespace {

// Families of terminals that move the cursor, in case no terminfo entry is installed
// (a minimal container, a phone).
constexpr std::array<std::string_view, 26> k_families{
  "xterm",  "screen",  "tmux",   "rxvt",    "linux", "vt100",  "vt102",  "vt220", "vt320",
  "ansi",   "konsole", "gnome",  "alacritty", "foot", "kitty", "xterm-kitty", "st",  "wezterm",
  "putty",  "cygwin",  "mintty", "iterm",  "eterm",   "contour", "rio",  "ms-terminal"};

bool has_terminfo_entry(std::string_view term, const util::EnvLookup& env)
{
  std::vector<std::string> folders;
  if (const char* own = env("TERMINFO"); own != nullptr && own[0] != '\0') {
    folders.emplace_back(own);
  }
  if (const char* home = env("HOME"); home != nullptr && home[0] == '/') {
    folders.push_back(std::string(home) + "/.terminfo");
  }
  if (const char* dirs = env("TERMINFO_DIRS"); dirs != nullptr) {
    for (const std::string_view dir : util::split_list(dirs, ':')) {
      folders.emplace_back(dir);
    }
  }
  if (const char* prefix = env("PREFIX"); prefix != nullptr && prefix[0] == '/') {
    folders.push_back(std::string(prefix) + "/share/terminfo"); // Termux
  }
  for (const char* dir : {"/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"}) {
    folders.emplace_back(dir);
  }
  const std::string name(term);
  for (const std::string& folder : folders) {
    // Linux names the subfolder by the first letter, macOS by its code in hexadecimal.
    for (const std::string& sub : {std::string(1, name[0]), fmt::format("{:02x}", static_cast<unsigned char>(name[0]))}) {
      struct stat info = {};
      if (::stat((folder + "/" + sub + "/" + name).c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
        return true;
      }
    }
  }
  return false;
}

} // namespace

bool use_color(ColorMode mode, const util::EnvLookup& env, bool is_terminal)
{
  if (mode != ColorMode::automatic) {
    return mode == ColorMode::always;
  }
  if (const char* no_color = env("NO_COLOR"); no_color != nullptr && no_color[0] != '\0') {
    return false;
  }
  if (const char* force = env("CLICOLOR_FORCE"); force != nullptr && std::strcmp(force, "0") != 0) {
    return true;
  }
  if (const char* term = env("TERM"); term == nullptr || std::strcmp(term, "dumb") == 0) {
    return false;
  }
  return is_terminal;
}

bool known_terminal(std::string_view term, const util::EnvLookup& env)
{
  if (term.empty() || term == "dumb" || term == "unknown" || term.find('/') != std::string_view::npos
      || term.front() == '.') {
    return false;
  }
  for (const std::string_view family : k_families) {
    if (term == family || (term.starts_with(family) && term[family.size()] == '-')) {
      return true;
    }
  }
  return has_terminfo_entry(term, env);
}

WindowSize window_size(int fd, const util::EnvLookup& env)
{
  WindowSize size;
  winsize got = {};
  if (::ioctl(fd, TIOCGWINSZ, &got) == 0 && got.ws_col > 0 && got.ws_row > 0) {
    size.columns = got.ws_col;
    size.rows = got.ws_row;
    return size;
  }
  const auto read = [&](const char* name, std::size_t fallback) {
    const char* value = env(name);
    const auto number = value != nullptr ? util::parse_count(value, 9999) : std::nullopt;
    return number && *number > 0 && *number <= 9999 ? static_cast<std::size_t>(*number) : fallback;
  };
  size.columns = read("COLUMNS", size.columns);
  size.rows = read("LINES", size.rows);
  return size;
}

OutsideSupport outside_support(const Display& display, const util::EnvLookup& env)
{
  OutsideSupport support;
  if (!display.smart) {
    return support;
  }
  const auto value = [&](const char* name) -> std::string_view {
    const char* found = env(name);
    return found != nullptr ? found : "";
  };
  const std::string_view term = value("TERM");
  const std::string_view program = value("TERM_PROGRAM");
  support.title = true;
  support.tmux = !value("TMUX").empty();
  const auto ptyxis = util::parse_count(value("PTYXIS_VERSION").substr(0, value("PTYXIS_VERSION").find('.')), 999);
  support.progress = !value("WT_SESSION").empty() || value("ConEmuANSI") == "ON" || program == "WezTerm"
                     || program == "ghostty" || (ptyxis && *ptyxis >= 48);
  if (term == "xterm-kitty" || !value("KITTY_WINDOW_ID").empty()) {
    support.notify = NotifyVia::osc99;
  } else if (program == "ghostty" || program == "WezTerm" || term.starts_with("foot") || term.starts_with("rxvt-unicode")) {
    support.notify = NotifyVia::osc777;
  } else if (program == "iTerm.app") {
    support.notify = NotifyVia::osc9;
  } else if (!value("DBUS_SESSION_BUS_ADDRESS").empty()) {
    if (auto found = util::find_program("notify-send", value("PATH"))) {
      support.notify = NotifyVia::notify_send;
      support.notify_send = std::move(*found);
    }
  }
  return support;
}

bool has_256_colors(const util::EnvLookup& env)
{
  const char* term = env("TERM");
  const char* colorterm = env("COLORTERM");
  const std::string_view truecolor = colorterm != nullptr ? colorterm : "";
  return (term != nullptr && std::string_view(term).find("256col") != std::string_view::npos) || truecolor == "truecolor"
         || truecolor == "24bit";
}

bool rewraps_rows(const util::EnvLookup& env)
{
  const auto set = [&](const char* name) {
    const char* value = env(name);
    return value != nullptr && *value != '\0';
  };
  if (set("TMUX")) {
    return true; // tmux keeps its own rows, and rewraps them, whatever terminal shows it
  }
  const char* term = env("TERM");
  return !set("XTERM_VERSION") && !(term != nullptr && std::string_view(term) == "linux");
}

Display detect_display(int fd, ColorMode mode, const util::EnvLookup& env, bool utf8)
{
  Display display;
  display.terminal = ::isatty(fd) == 1;
  const char* term = env("TERM");
  display.smart = display.terminal && term != nullptr && known_terminal(term, env);
  display.color = use_color(mode, env, display.terminal);
  display.unicode = utf8;
  display.rewraps = rewraps_rows(env);
  display.colors256 = has_256_colors(env);
  display.width = display.terminal ? window_size(fd, env).columns : 80;
  return display;
}

} // namespace stretch::term
