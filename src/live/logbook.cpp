// SPDX-License-Identifier: MIT
// The history of a session.
#include "live/logbook.h"

#include "history/numbness.h"
#include "history/session_record.h"
#include "i18n/format.h"
#include "render/style.h"
#include "util/messages.h"
#include "util/random_id.h"
#include "util/wrap.h"

#include <fmt/format.h>

namespace stretch::live {

// The most lines the advice takes.
constexpr std::size_t k_max_advice_lines = 10;

Logbook::Logbook(const plan::Plan& plan, const Options& options, history::Store* store, const util::WallClock& wall,
                 term::Terminal& terminal, util::Sink& err)
  : m_plan(plan), m_options(options), m_store(store), m_wall(wall), m_terminal(terminal), m_err(err)
{
}

void Logbook::on_event(const session::Event& event, const session::Session& session, TimePoint /*now*/)
{
  if (event.kind == session::Event::Kind::began) {
    m_start = m_wall.now();
    m_id = util::random_id();
  } else if (event.kind == session::Event::Kind::finished) {
    history::SessionRecord record = history::record_of(m_plan, session.summary(event.at), m_start);
    record.session = m_id;
    follow_up(record); // before it is kept: the sessions read back never hold it
    keep(record);
  }
}

void Logbook::keep(const history::SessionRecord& record)
{
  if (!m_options.log) {
    return;
  }
  if (m_store == nullptr) {
    m_err.write(util::warning_line(i18n::tr("this session is not logged: no home folder to keep the history in")));
    return;
  }
  if (const auto added = m_store->add(record); !added) {
    m_err.write(util::warning_line(i18n::trf("this session is not logged: {reason}", fmt::arg("reason", added.error()))));

  }
}

void Logbook::follow_up(const history::SessionRecord& record)
{
  if (!history::is_numbness_episode(record)) {
    return;
  }
  history::NumbnessFollowUp follow_up(history::local_day(m_wall.now()));
  if (m_store != nullptr) {
    // Only the last 30 days matter: the store reads them from its end, however long it is.
    const history::Seconds since = follow_up.first_day() - std::chrono::days(1);
    (void)m_store->recent(since, [&](const history::SessionRecord& kept, std::string_view) { follow_up.add(kept); });
  }
  follow_up.add(record);
  if (follow_up.advise()) {
    std::string out;
    for (const std::string& line : util::wrap_to_width(follow_up.advice(), m_terminal.size().columns, k_max_advice_lines)) {
      out += render::styled(m_options.palette.warning, line) + '\n';
    }
    m_terminal.write(out);
  }
}

} // namespace stretch::live
