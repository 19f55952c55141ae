// SPDX-License-Identifier: MIT
// The program's words in the user's language: gettext's catalog of the domain `stretch`.
// The lowest floor of the house beside util: it includes nothing of stretch.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

/// Marks `text` for translation where it is written (a table of words), without translating
/// it there: the table is translated where it is shown, with `i18n::tr`.
#define N_(text) text

/// Marks `text`, meant in `context`, for translation where it is written: translated where
/// shown with `i18n::trc(context, text)`.
#define NC_(context, text) text

namespace stretch::i18n {

/// The catalogs' domain: their files are `LOCALEDIR/LANG/LC_MESSAGES/stretch.mo`.
inline constexpr const char* k_domain = "stretch";

/// Takes the user's locale for messages from the environment (`env`) and, unless
/// the user reads English, binds the catalogs in `STRETCH_LOCALEDIR` (tests) or in the
/// folder `installed` names (asked only then). Before it, and for English, every function
/// here returns its English text.
void init(const std::function<const char*(const char*)>& env, const std::function<std::string()>& installed);

/// Uses `languages` (best first, as `message_languages` gives them) without the
/// environment, for tests: empty means English.
void use_languages(std::vector<std::string> languages);

/// How many times the languages were chosen (`init`, `use_languages`): what is worked out
/// from them once (the answer keys) is worked out again when it changes.
unsigned generation();

/// The languages found for the user, best first (`de_AT`, `de`); empty for English.
const std::vector<std::string>& languages();

/// The language messages are in: the first of `languages` with a catalog, "" for English.
std::string_view language();

/// `msgid` in the user's language, or as it is when it has no translation.
const char* tr(const char* msgid);

/// `singular` or `plural` for `n` things, by the rules of the user's language.
const char* trn(const char* singular, const char* plural, unsigned long n);

/// `msgid` translated in the context `context` (a word that means two things in English,
/// such as a key's letter): gettext's pgettext.
const char* trc(const char* context, const char* msgid);

} // namespace stretch::i18n
