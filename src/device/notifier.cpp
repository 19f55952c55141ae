// SPDX-License-Identifier: MIT
// Desktop notifications: at the end of a session, and when a question waits.
#include "device/notifier.h"

#include "util/html.h"
#include "util/terminal_text.h"

namespace stretch::device {

TerminalNotifier::TerminalNotifier(term::Terminal& terminal, term::NotifyVia via, bool tmux)
  : m_terminal(terminal), m_via(via), m_tmux(tmux)
{
}

void TerminalNotifier::notify(std::string_view title, std::string_view body)
{
  m_terminal.write(term::notification_sequence(m_via, title, body, m_tmux));
}

ProcessNotifier::ProcessNotifier(std::filesystem::path program, const util::Clock& clock,
                                 util::Processes& processes)
  : m_program(std::move(program)), m_clock(clock), m_children(processes)
{
}

void ProcessNotifier::notify(std::string_view title, std::string_view body)
{
  if (dropped()) {
    return;
  }
  // The texts as single arguments; leading dashes made harmless, like options would be.
  const auto argument = [](std::string_view text) {
    std::string safe = util::terminal_safe(text);
    return !safe.empty() && safe.front() == '-' ? " " + safe : safe;
  };
  // The body may be read as markup (`<a href=...>`, `<img ...>`): its `&`, `<` and `>`
  // stand for themselves.
  const std::string plain_body = util::markup_text(argument(body));
  // The last one, at the end, is left to finish after this program.
  const auto started = m_children.start({m_program.string(), "--app-name=stretch", "--", argument(title), plain_body},
                                        m_clock.now(), k_notify_limit, {.own_group = true, .outlives = true});
  if (!started) {
    give_up(m_strikes.count_start_failure(started.error(), program_name(m_program.string())));
  }
}

void ProcessNotifier::poll(util::TimePoint now)
{
  for (const auto& ended : m_children.poll(now)) {
    give_up(m_strikes.count(ended, program_name(m_program.string()), false));
  }
}

} // namespace stretch::device
