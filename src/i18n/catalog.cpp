// SPDX-License-Identifier: MIT
// The program's words in the user's language: gettext's catalog of the domain `stretch`.
#include "i18n/catalog.h"

#include "i18n/language.h"

#include <clocale>
#include <cstring>
#include <libintl.h>
#include <string>

namespace stretch::i18n {
namespace {

// Whether a catalog may hold translations: false for English, and before init().
bool g_translating = false;
// The empty message id, whose translation is the catalog's header.
const char* const k_header_id = "";
std::vector<std::string> g_languages;
std::string g_language;
unsigned g_generation = 0;

// Whether gettext finds `msgid` translated: the catalog's header, asked for with "", is
// empty when no catalog of the domain was found.
bool catalog_found()
{
  const char* header = ::dgettext(k_domain, k_header_id);
  return header != nullptr && *header != '\0';
}

// Whether the environment asks for English before any locale is loaded: the languages the
// locale it names (LC_ALL, else LC_MESSAGES, else LANG) and LANGUAGE (`language_env`) give
// are none. A locale that turns out not to be installed is English too, found later.
bool english_environment(const std::function<const char*(const char*)>& env, std::string_view language_env)
{
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    if (const char* value = env(variable); value != nullptr && *value != '\0') {
      return message_languages(value, language_env).empty();
    }
  }
  return true; // the C locale
}

} // namespace

void init(const std::function<const char*(const char*)>& env, const std::function<std::string()>& installed)
{
  const char* language_env = env("LANGUAGE");
  const std::string_view wanted = language_env != nullptr ? language_env : "";
  if (english_environment(env, wanted)) {
    use_languages({}); // no locale loaded, no catalog looked for: English costs nothing
    return;
  }
  const char* messages = std::setlocale(LC_MESSAGES, "");
  std::vector<std::string> list = message_languages(messages != nullptr ? messages : "C", wanted);
  if (list.empty()) {
    use_languages({});
    return;
  }
  const char* dir = env("STRETCH_LOCALEDIR");
  const std::string folder = dir != nullptr && *dir != '\0' ? std::string(dir) : installed();
  ::bindtextdomain(k_domain, folder.c_str());
  // UTF-8 whatever the locale's character set: the terminal's is decided elsewhere, and
  // every string is made safe for it there (util::terminal_safe).
  ::bind_textdomain_codeset(k_domain, "UTF-8");
  use_languages(std::move(list));
}

void use_languages(std::vector<std::string> list)
{
  ++g_generation;
  g_languages = std::move(list);
  g_translating = !g_languages.empty() && catalog_found();
  g_language.clear();
  if (g_translating) {
    // The catalog's own language, from its header: `Language: de`.
    const std::string header = ::dgettext(k_domain, k_header_id);
    const std::size_t at = header.find("Language: ");
    if (at != std::string::npos) {
      g_language = header.substr(at + 10, header.find('\n', at) - at - 10);
    }
  }
}

unsigned generation()
{
  return g_generation;
}

const std::vector<std::string>& languages()
{
  return g_languages;
}

std::string_view language()
{
  return g_language;
}

const char* tr(const char* msgid)
{
  return g_translating && *msgid != '\0' ? ::dgettext(k_domain, msgid) : msgid;
}

const char* trn(const char* singular, const char* plural, unsigned long n)
{
  return g_translating ? ::dngettext(k_domain, singular, plural, n) : (n == 1 ? singular : plural);
}

const char* trc(const char* context, const char* msgid)
{
  if (!g_translating) {
    return msgid;
  }
  const std::string key = std::string(context) + '\004' + msgid;
  const char* found = ::dgettext(k_domain, key.c_str());
  return found == key.c_str() || std::strcmp(found, key.c_str()) == 0 ? msgid : found;
}

} // namespace stretch::i18n
