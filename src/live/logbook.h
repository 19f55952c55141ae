// SPDX-License-Identifier: MIT
// The history of a session: its record added once, from the event that ends it, and, when
// numbness keeps coming back, the advice to see a doctor or physical therapist after the
// summary.
#pragma once

#include "history/store.h"
#include "live/listener.h"
#include "live/options.h"
#include "plan/plan.h"
#include "term/terminal.h"
#include "util/clock.h"
#include "util/sink.h"

namespace stretch::live {

/// Gives the session an id when it begins, and adds it to `store` when it ends (unless `options.log` is off; a null store
/// means no home to keep it in, said once on `err`), and follows up on numbness over the
/// sessions kept and this one: read before this one is added, so it counts once.
class Logbook : public Listener
{
public:
  Logbook(const plan::Plan& plan, const Options& options, history::Store* store, const util::WallClock& wall,
          term::Terminal& terminal, util::Sink& err);

  void on_event(const session::Event& event, const session::Session& session, TimePoint now) override;

private:
  void keep(const history::SessionRecord& record);
  void follow_up(const history::SessionRecord& record);

  const plan::Plan& m_plan;
  const Options& m_options;
  history::Store* m_store;
  const util::WallClock& m_wall;
  term::Terminal& m_terminal;
  util::Sink& m_err;
  history::Seconds m_start{}; // when the session began, on the wall clock
  std::string m_id;           // the session's id, made when it began
};

} // namespace stretch::live
