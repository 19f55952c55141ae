// SPDX-License-Identifier: MIT
// How a session is shown and heard: decided once by the run command, read by every
// listener.
#pragma once

#include "render/style.h"

namespace stretch::live {

/// What marks each change: the terminal's bell, synthesized tones, or nothing.
enum class Sound { off, bell, tones };

/// How a session is shown and heard.
struct Options
{
  bool plain = false;    // one line per event instead of a status area redrawn in place
  bool keys = false;     // keys can be read: manual steps and questions wait for them
  Sound sound = Sound::bell; // what marks each change; `tones` needs a player
  bool big = false;      // large digits for the time left
  bool unicode = true;   // block characters, `·` and `…`
  bool title = false;    // show the phase, side and seconds in the window title
  bool progress = false; // show the routine's progress in the tab or taskbar (OSC 9;4)
  bool tmux = false;     // the progress bar goes through tmux's passthrough
  bool bell = false;     // the terminal's bell may ring (a terminal, and sound not off)
  bool rewraps = true;   // a narrower window rewraps the rows shown (see `render::Screen`)
  bool log = false;      // the session is added to the history
  render::Palette palette;
};

} // namespace stretch::live
