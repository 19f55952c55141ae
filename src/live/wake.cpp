// SPDX-License-Identifier: MIT
// Keeps a phone awake while a session runs.
#include "live/wake.h"

namespace stretch::live {

void Wake::on_event(const session::Event& event, const session::Session& /*session*/, TimePoint /*now*/)
{
  switch (event.kind) {
  case session::Event::Kind::began:
  case session::Event::Kind::continued:
    m_lock.acquire();
    break;
  case session::Event::Kind::suspended:
  case session::Event::Kind::finished:
    m_lock.release();
    break;
  default:
    break;
  }
}

} // namespace stretch::live
