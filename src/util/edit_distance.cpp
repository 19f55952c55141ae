// SPDX-License-Identifier: MIT
// Edit distance between words, for "did you mean" suggestions.
#include "util/edit_distance.h"

#include "i18n/format.h"
#include "util/strings.h"

#include <algorithm>
#include <utility>

namespace stretch::util {

std::size_t edit_distance(std::string_view a_in, std::string_view b_in)
{
  // Optimal string alignment: Levenshtein plus the swap of two neighbours ("exrecise").
  const std::string a = to_lower(a_in);
  const std::string b = to_lower(b_in);
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) {
    d[i][0] = i;
  }
  for (std::size_t j = 0; j <= m; ++j) {
    d[0][j] = j;
  }
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

std::vector<std::string> closest_matches(std::string_view word,
                                         const std::vector<std::string>& candidates,
                                         std::size_t limit)
{
  if (word.empty() || word.size() > 64) {
    return {};
  }
  // Allow one edit in short words, and about one in three in longer ones.
  const std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const std::string& candidate : candidates) {
    const bool is_prefix = word.size() >= 2 && candidate.size() > word.size()
                           && iequals(candidate.substr(0, word.size()), word);
    const std::size_t distance = is_prefix ? 1 : edit_distance(word, candidate);
    if (distance <= allowed && !iequals(word, candidate)) {
      scored.emplace_back(distance, candidate);
    }
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> result;
  for (auto& [distance, candidate] : scored) {
    if (result.size() == limit) {
      break;
    }
    if (std::find(result.begin(), result.end(), candidate) == result.end()) {
      result.push_back(std::move(candidate));
    }
  }
  return result;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates)
{
  const std::vector<std::string> matches = closest_matches(word, candidates);
  if (matches.empty()) {
    return {};
  }
  std::vector<std::string> quoted;
  for (const std::string& match : matches) {
    quoted.push_back('`' + match + '`');
  }
  return i18n::trf("; did you mean {words}?", fmt::arg("words", or_list(std::vector<std::string_view>(quoted.begin(), quoted.end()))));


}

} // namespace stretch::util
