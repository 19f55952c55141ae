// SPDX-License-Identifier: MIT
// The loop that runs a session in real time.
#include "live/driver.h"

#include "live/keymap.h"

#include <algorithm>
#include <csignal>

namespace stretch::live {
namespace {

// The longest single wait, when nothing is due: keys and signals still wake the loop.
constexpr auto k_idle_wait = std::chrono::minutes(10);

// Milliseconds to wait to reach `wake` from `now`, rounded up: a wait rounded down wakes
// before the moment it waits for.
std::chrono::milliseconds timeout_until(TimePoint now, TimePoint wake)
{
  return wake <= now ? std::chrono::milliseconds(0) : std::chrono::ceil<std::chrono::milliseconds>(wake - now);
}

} // namespace

Driver::Driver(const plan::Plan& plan, bool keys, util::Clock& clock, term::Terminal& terminal,
               std::vector<Listener*> listeners, DeviceWatch& devices)
  : m_clock(clock), m_terminal(terminal), m_listeners(std::move(listeners)), m_devices(devices),
    m_session(plan, keys, clock.now())
{
}

void Driver::tell_listeners(TimePoint now)
{
  for (const session::Event& event : m_session.take_events()) {
    for (Listener* listener : m_listeners) {
      listener->on_event(event, m_session, now);
    }
  }
}

void Driver::handle_key(const term::Key& key, TimePoint now)
{
  const auto action = action_for(key, m_session.finished() ? Screen::timed : screen_of(m_session));
  m_session.key(now); // a hurried key takes back an answer not yet counted
  if (!action) {
    return;
  }
  switch (*action) {
  case Action::quit:
    m_session.request_stop(now); // asked twice, at once; after the end, quiet
    break;
  case Action::keys:
    m_session.toggle_help(now);
    break;
  case Action::done:
    m_session.confirm_key(now);
    break;
  case Action::yes:
  case Action::no:
    m_session.answer_key(*action == Action::yes, now);
    break;
  case Action::take_back:
    m_session.take_back(now);
    break;
  case Action::pause:
    m_session.toggle_pause(now); // also goes on after `q`
    break;
  case Action::next:
    m_session.skip(now);
    break;
  case Action::again:
    m_session.restart(now);
    break;
  }
}

void Driver::handle_signal(int signal, TimePoint now)
{
  switch (signal) {
  case SIGTSTP:
    // Ctrl-Z: pause, give the terminal back, stop; on `fg`, redraw, still paused.
    m_session.suspend(now);
    tell_listeners(now);
    m_terminal.suspend();
    m_session.carry_on(m_clock.now());
    break;
  case SIGCHLD: // a speech program or a player ended: the devices are looked at next
  case SIGCONT:
  case SIGWINCH: // the listeners see the new size
    break;
  default: // SIGINT, SIGTERM, SIGHUP, SIGQUIT; SIGPIPE for an output gone
    if (!m_session.finished()) {
      m_signal = signal;
    }
    m_session.interrupt(now);
    break;
  }
}

bool Driver::finishing(TimePoint now) const
{
  return std::any_of(m_listeners.begin(), m_listeners.end(), [&](const Listener* l) { return l->finishing(now); });
}

TimePoint Driver::next_wake(TimePoint now) const
{
  TimePoint wake = now + k_idle_wait;
  const auto earliest = [&](std::optional<TimePoint> t) {
    if (t) {
      wake = std::min(wake, *t);
    }
  };
  earliest(m_session.next_change());
  for (const Listener* listener : m_listeners) {
    earliest(listener->next_wake(m_session, now));
  }
  earliest(m_devices.next_poll(now));
  return wake;
}

Ending Driver::run()
{
  while (true) {
    const TimePoint now = m_clock.now();
    for (std::string& notice : m_devices.poll(now)) {
      m_session.tell(std::move(notice), now);
    }
    m_session.hold_lead_in(std::any_of(m_listeners.begin(), m_listeners.end(),
                                       [](const Listener* l) { return l->holds_lead_in(); }),
                           now);
    m_session.update(now);
    tell_listeners(now);
    for (Listener* listener : m_listeners) {
      listener->on_wake(m_session, now);
    }
    if (m_session.finished() && !finishing(now)) {
      break;
    }
    const term::Input input = m_terminal.wait(timeout_until(now, next_wake(now)));
    switch (input.kind) {
    case term::Input::Kind::key:
      handle_key(input.key, m_clock.now());
      break;
    case term::Input::Kind::signal:
      handle_signal(input.signal, m_clock.now());
      break;
    case term::Input::Kind::end:
      m_session.stop_waiting(m_clock.now());
      break;
    case term::Input::Kind::gone:
      handle_signal(SIGPIPE, m_clock.now()); // as a program that writes to a closed pipe ends
      break;
    case term::Input::Kind::timeout:
      break;
    }
  }
  const TimePoint end = m_clock.now();
  m_session.interrupt(end); // whatever still sounds after the grace: quiet now
  tell_listeners(end);
  return Ending{m_session.summary(end), m_signal};
}

} // namespace stretch::live
