// SPDX-License-Identifier: MIT
// The code under test in another language, with the catalogs of the build tree.
#pragma once

#include "i18n/catalog.h"

#include <clocale>
#include <cstdlib>
#include <libintl.h>
#include <string>

namespace stretch::test {

/// For as long as it lives, messages come from the catalog of `language` (`de`, `fr`) as
/// built in this tree, as `LANGUAGE=de LANG=C.UTF-8` has them; then English again.
class InLanguage
{
public:
  explicit InLanguage(const char* language)
  {
    const char* locale = std::setlocale(LC_MESSAGES, nullptr);
    m_locale = locale != nullptr ? locale : "C";
    ::setenv("LANGUAGE", language, 1);
    std::setlocale(LC_MESSAGES, "C.UTF-8");
    ::bindtextdomain(i18n::k_domain, STRETCH_TEST_LOCALEDIR); // also tells gettext LANGUAGE changed
    ::bind_textdomain_codeset(i18n::k_domain, "UTF-8");
    i18n::use_languages({language});
  }
  ~InLanguage()
  {
    ::unsetenv("LANGUAGE");
    std::setlocale(LC_MESSAGES, m_locale.c_str());
    ::bindtextdomain(i18n::k_domain, STRETCH_TEST_LOCALEDIR);
    i18n::use_languages({});
  }
  InLanguage(const InLanguage&) = delete;
  InLanguage& operator=(const InLanguage&) = delete;

private:
  std::string m_locale;
};

} // namespace stretch::test
