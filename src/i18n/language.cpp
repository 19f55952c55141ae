// SPDX-License-Identifier: MIT
// Which language the user reads, as gettext decides it.
#include "i18n/language.h"

#include <algorithm>

namespace stretch::i18n {
namespace {

bool is_english(std::string_view name)
{
  return base_language(name) == "en";
}

void add(std::vector<std::string>& list, std::string_view name)
{
  if (!name.empty() && std::find(list.begin(), list.end(), name) == list.end()) {
    list.emplace_back(name);
  }
}

} // namespace

std::string_view language_part(std::string_view name)
{
  return name.substr(0, std::min(name.find('.'), name.find('@')));
}

std::string_view base_language(std::string_view name)
{
  const std::string_view language = language_part(name);
  return language.substr(0, language.find('_'));
}

bool is_language_tag(std::string_view tag)
{
  const std::string_view base = tag.substr(0, tag.find('_'));
  if (base.size() < 2 || base.size() > 3 || !std::all_of(base.begin(), base.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return false;
  }
  if (base.size() == tag.size()) {
    return true;
  }
  const std::string_view region = tag.substr(base.size() + 1);
  return region.size() == 2 && std::all_of(region.begin(), region.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::vector<std::string> message_languages(std::string_view messages_locale, std::string_view language_env)
{
  std::vector<std::string> list;
  if (messages_locale.empty() || messages_locale == "C" || messages_locale == "POSIX") {
    return list;
  }
  std::vector<std::string_view> wanted;
  for (std::size_t at = 0; at <= language_env.size();) {
    const std::size_t end = std::min(language_env.find(':', at), language_env.size());
    if (end > at) {
      wanted.push_back(language_env.substr(at, end - at));
    }
    at = end + 1;
  }
  if (wanted.empty()) {
    wanted.push_back(messages_locale);
  }
  for (const std::string_view name : wanted) {
    const std::string_view language = language_part(name);
    if (language == "C" || language == "POSIX" || is_english(language)) {
      break; // English from here on: the program's own text
    }
    add(list, language);
    add(list, base_language(language));
  }
  return list;
}

} // namespace stretch::i18n
