// SPDX-License-Identifier: MIT
// What the command line says, option by option, and what the settings file adds.
#include "cli/arguments.h"

#include "cli/option_values.h"

namespace stretch::cli {

void Arguments::give(std::string_view name, std::string value)
{
  m_values.insert_or_assign(name, Given{std::move(value), false});
}

void Arguments::settle(std::string_view name, std::string value)
{
  m_values.try_emplace(name, Given{std::move(value), true}); // the command line wins
}

bool Arguments::from_settings(std::string_view name) const
{
  const auto found = m_values.find(name);
  return found != m_values.end() && found->second.settings;
}

std::optional<std::string> Arguments::value(std::string_view name) const
{
  const auto found = m_values.find(name);
  return found == m_values.end() ? std::nullopt : std::optional(found->second.value);
}

bool Arguments::flag(std::string_view name, bool otherwise) const
{
  const auto found = m_values.find(name);
  return found == m_values.end() ? otherwise : is_true(found->second.value);
}

std::string Arguments::positional(std::string_view name) const
{
  const auto found = positionals.find(std::string(name));
  return found == positionals.end() || found->second.empty() ? std::string() : found->second.front();
}

} // namespace stretch::cli
