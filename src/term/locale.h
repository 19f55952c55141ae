// SPDX-License-Identifier: MIT
// Whether the terminal can show UTF-8 block characters, judged from the locale variables.
#pragma once

#include "util/env.h"

namespace stretch::term {

/// True unless the locale (`LC_ALL`, else `LC_CTYPE`, else `LANG`) names a charset other
/// than UTF-8, such as `C` or `POSIX`. Unset means UTF-8: what terminals use today.
bool utf8_locale(const util::EnvLookup& env);

} // namespace stretch::term
