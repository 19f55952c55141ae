// SPDX-License-Identifier: MIT
// Reads the text of a routine file into plain data, collecting every problem on the way.
#include "routine/parser.h"

#include "i18n/format.h"
#include "i18n/catalog.h"
#include "i18n/language.h"
#include "routine/name.h"
#include "routine/source_lines.h"
#include "util/edit_distance.h"
#include "util/strings.h"
#include "util/utf8.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <optional>
#include <unordered_map>

namespace stretch::routine {
namespace {

constexpr std::size_t k_max_sides = 8;

// Where a directive may appear.
enum class Scope { top, exercise, question };

// The parts of one directive line.
struct Args
{
  std::size_t line = 0;
  std::string_view keyword;
  std::string_view rest; // trimmed text after the keyword
  std::size_t rest_column = 0;
};

class Parser
{
public:
  Parser(std::string_view file, std::span<const std::string> languages) : m_file(file), m_languages(languages)
  {
    m_result.routine.file = file;
  }

  ParseResult run(std::string_view text);

private:
  using Handler = void (Parser::*)(const Args&);
  // A directive: its keyword, where it may stand, and the reader of its line. Every step
  // kind written in files is a directive too, read alike (`on_step`).
  struct Directive
  {
    std::string_view keyword;
    Scope scope;
    Handler handler;
  };
  static const Directive k_directives[];
  static const Directive* find_directive(std::string_view keyword);
  static std::vector<std::string> known_keywords();
  static std::string unknown_directive_hint(bool in_exercise);

  void parse_line(const SourceLine& line);
  void error(std::size_t line, std::size_t column, std::string message);
  bool full() const { return m_result.diagnostics.size() >= k_max_diagnostics; }
  std::size_t column_of(std::string_view part) const;
  bool require_text(const Args& args, std::string_view example);
  bool once(std::size_t& seen_line, const Args& args);
  std::optional<Duration> read_duration(const Args& args, std::string_view& rest,
                                        bool required);
  std::optional<Step> read_step(StepKind kind, const Args& args);
  // Reads the `[LABEL]` that starts `rest` into `step`, and moves `rest` past it.
  bool read_label(std::size_t line, std::string_view& rest, Step& step);

  void on_title(const Args& args);
  void on_description(const Args& args);
  void on_alias(const Args& args);
  void on_episode(const Args& args);
  void on_tip(const Args& args);
  void on_first(const Args& args);
  void on_exercise(const Args& args);
  void on_include(const Args& args);
  void on_setup(const Args& args);
  void on_sides(const Args& args);
  void on_reps(const Args& args);
  void on_between(const Args& args);
  void on_step(const Args& args);
  void on_answer(const Args& args);
  void on_stop_if(const Args& args);

  void close_question();
  void close_exercise();

  // `KEYWORD[TAG] TEXT`: a translation of the text of the line before it with that keyword.
  void on_translation(const Args& args, std::string_view base, std::string_view bracket);
  // Puts the translated `args.rest` in place for `base` (lowered), with how good a match its
  // language is (`rank`, 0 best; npos: not the user's, only checked); an error when there is
  // no line of `base` before it to translate.
  void translate(const Args& args, std::string_view base, std::size_t rank);
  void translate_exercise(const Args& args, std::string_view base, std::size_t rank);
  void missing_original(const Args& args, std::string_view base);
  // Whether a translation of rank `rank` replaces what `applied` (the rank in place) holds;
  // `appends` is set when it joins it (a second line of one translated setup).
  static bool takes_over(std::size_t rank, std::size_t& applied, bool& appends);
  void translate_step(const Args& args, std::string_view base, std::size_t rank);

  ParseResult m_result;
  std::string_view m_file; // the caller's, which exercises view
  std::string_view m_line_text;
  std::size_t m_title_line = 0;
  std::size_t m_episode_line = 0;
  // Error recovery: what an error may have hidden, so that its consequences are not reported
  // as errors of their own.
  bool m_title_attempted = false;  // a `title` line, even a broken one
  bool m_items_attempted = false;  // an `exercise` or `include` line, even a broken one
  bool m_unknown_lines = false;    // unreadable lines or unknown directives
  bool m_recovering = false;       // after an unknown directive outside an exercise
  bool m_exercise_failed = false;  // an error inside the open exercise
  std::optional<WrittenExercise> m_exercise;
  std::size_t m_sides_line = 0;
  std::size_t m_reps_line = 0;
  std::size_t m_between_reps_line = 0;
  std::size_t m_between_sides_line = 0;
  std::optional<std::size_t> m_question; // index of the open question in m_exercise->steps
  bool m_has_yes = false;
  bool m_has_no = false;
  std::size_t m_stop_if_line = 0; // of the open question
  // Exercises begun; those past k_max_exercises are checked but not kept, since the
  // routine cannot run anyway: memory stays bounded by the limit, not by the file.
  std::size_t m_exercise_count = 0;
  // Lowered exercise names and their lines: one look-up per exercise keeps parsing linear.
  std::unordered_map<std::string, std::size_t> m_exercise_names;

  // Translations: the user's languages, best first, and the rank of the translation in
  // place for each text (npos: none).
  std::span<const std::string> m_languages;
  static constexpr std::size_t k_none = std::string_view::npos;
  std::size_t m_title_rank = k_none;
  std::size_t m_description_rank = k_none;
  std::size_t m_tip_rank = k_none;
  std::size_t m_name_rank = k_none;
  std::size_t m_setup_rank = k_none;
  std::size_t m_step_rank = k_none;
  std::size_t m_yes_rank = k_none;
  std::size_t m_no_rank = k_none;
  std::size_t m_between_reps_rank = k_none;
  std::size_t m_between_sides_rank = k_none;
  std::optional<std::pair<bool, std::size_t>> m_last_step; // in first_steps?, and where
};

const Parser::Directive Parser::k_directives[] = {
  {"title", Scope::top, &Parser::on_title},
  {"description", Scope::top, &Parser::on_description},
  {"alias", Scope::top, &Parser::on_alias},
  {"episode", Scope::top, &Parser::on_episode},
  {"tip", Scope::top, &Parser::on_tip},
  {"exercise", Scope::top, &Parser::on_exercise},
  {"include", Scope::top, &Parser::on_include},
  {"setup", Scope::exercise, &Parser::on_setup},
  {"sides", Scope::exercise, &Parser::on_sides},
  {"reps", Scope::exercise, &Parser::on_reps},
  {"between-reps", Scope::exercise, &Parser::on_between},
  {"between-sides", Scope::exercise, &Parser::on_between},
  {"first", Scope::exercise, &Parser::on_first},
  {"yes", Scope::question, &Parser::on_answer},
  {"no", Scope::question, &Parser::on_answer},
  {"stop-if", Scope::question, &Parser::on_stop_if},
};

const Parser::Directive* Parser::find_directive(std::string_view keyword)
{
  for (const Directive& directive : k_directives) {
    if (util::iequals(keyword, directive.keyword)) {
      return &directive;
    }
  }
  // Every step kind is a directive of its own, handled alike.
  static const Directive k_step{"", Scope::exercise, &Parser::on_step};
  return step_kind_from_keyword(keyword) ? &k_step : nullptr;
}

std::vector<std::string> Parser::known_keywords()
{
  std::vector<std::string> words;
  for (const Directive& directive : k_directives) {
    words.emplace_back(directive.keyword);
  }
  for (const std::string_view step : step_keywords()) {
    words.emplace_back(step);
  }
  return words;
}

// What an unknown directive could have been: in an exercise, a step; else a directive of
// the top of the file.
std::string Parser::unknown_directive_hint(bool in_exercise)
{
  if (in_exercise) {
    return i18n::trf("; a step starts with {keywords}", fmt::arg("keywords", util::or_list(step_keywords())));
  }
  std::vector<std::string_view> top;
  for (const Directive& directive : k_directives) {
    if (directive.scope == Scope::top) {
      top.push_back(directive.keyword);
    }
  }
  return i18n::trf("; expected {keywords}", fmt::arg("keywords", util::or_list(top)));
}

ParseResult Parser::run(std::string_view text)
{
  SourceLines lines = split_source_lines(text, m_result.routine.file);
  m_result.diagnostics = std::move(lines.diagnostics);
  if (lines.fatal) {
    return std::move(m_result);
  }
  for (const SourceLine& line : lines.lines) {
    if (full()) {
      break;
    }
    parse_line(line);
  }
  if (!full()) {
    close_exercise();
  }
  if (!full() && m_title_line == 0 && !m_title_attempted && !m_unknown_lines) {
    error(1, 0, i18n::tr("missing `title`; a routine file starts with a line like `title Calf stretch`"));
  }
  if (!full() && !m_items_attempted && !m_unknown_lines) {
    error(1, 0, i18n::tr("routine has no exercises; add `exercise NAME` followed by its steps"));
  }
  // Checks made when an exercise or question closes report earlier lines than the ones
  // read since: put everything back in line order.
  std::stable_sort(m_result.diagnostics.begin(), m_result.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
  if (m_result.diagnostics.size() >= k_max_diagnostics) {
    m_result.diagnostics.resize(k_max_diagnostics);
    Diagnostic last = m_result.diagnostics.back();
    last.column = 0;
    last.message = i18n::tr("too many errors; stopping here");
    m_result.diagnostics.push_back(std::move(last));
  }
  return std::move(m_result);
}

void Parser::error(std::size_t line, std::size_t column, std::string message)
{
  m_exercise_failed = m_exercise_failed || m_exercise.has_value();
  m_result.diagnostics.push_back({m_result.routine.file, line, column, std::move(message)});
}

// Columns count characters, as editors do, not bytes.
std::size_t Parser::column_of(std::string_view part) const
{
  const auto bytes = static_cast<std::size_t>(part.data() - m_line_text.data());
  const std::string_view before = m_line_text.substr(0, bytes);
  return 1 + static_cast<std::size_t>(std::count_if(before.begin(), before.end(), [](char c) {
           return (static_cast<unsigned char>(c) & 0xC0) != 0x80; // not a UTF-8 continuation byte
         }));
}

void Parser::parse_line(const SourceLine& line)
{
  if (!line.readable) {
    m_unknown_lines = true;
    m_exercise_failed = true;
    return;
  }
  const std::string_view text = util::trim(line.text);
  if (text.empty() || text.front() == '#') {
    return;
  }
  m_line_text = line.text;
  const auto [keyword, rest] = util::split_first_word(text);
  const Args args{line.number, keyword, rest, rest.empty() ? 0 : column_of(rest)};
  const std::size_t keyword_column = column_of(keyword);
  if (const std::size_t open = keyword.find('['); open != std::string_view::npos && open > 0) {
    on_translation(args, keyword.substr(0, open), keyword.substr(open));
    return;
  }

  const Directive* directive = find_directive(keyword);
  if (directive == nullptr) {
    m_unknown_lines = true;
    m_recovering = !m_exercise;
    std::string message = i18n::trf("unknown directive `{keyword}`", fmt::arg("keyword", keyword));
    const std::string suggestion = util::did_you_mean(keyword, known_keywords());
    message += suggestion.empty() ? unknown_directive_hint(m_exercise.has_value()) : suggestion;
    error(line.number, keyword_column, std::move(message));
    return;
  }
  if (directive->scope == Scope::top) {
    m_recovering = false;
  }
  if (directive->scope != Scope::top && !m_exercise && m_recovering) {
    return; // the unknown directive above was most likely a misspelled `exercise`
  }
  if (directive->scope == Scope::exercise && !m_exercise) {
    error(line.number, keyword_column,
          i18n::trf("`{keyword}` belongs inside an exercise; start one with `exercise NAME`",
                    fmt::arg("keyword", util::to_lower(keyword))));
    return;
  }
  if (directive->scope == Scope::question && !m_question) {
    error(line.number, keyword_column,
          i18n::trf("`{keyword}` must follow a `question` step", fmt::arg("keyword", util::to_lower(keyword))));
    return;
  }
  (this->*directive->handler)(args);
}

bool Parser::require_text(const Args& args, std::string_view example)
{
  if (!args.rest.empty()) {
    return true;
  }
  error(args.line, 0,
        i18n::trf("`{keyword}` needs text after it, like `{example}`", fmt::arg("keyword", util::to_lower(args.keyword)),
                  fmt::arg("example", example)));
  return false;
}

// Records the line of a directive that may appear once; false, with an error, the second time.
bool Parser::once(std::size_t& seen_line, const Args& args)
{
  if (seen_line != 0) {
    error(args.line, 0,
          i18n::trf("`{keyword}` is already given at line {line}", fmt::arg("keyword", util::to_lower(args.keyword)),
                    fmt::arg("line", seen_line)));
    return false;
  }
  seen_line = args.line;
  return true;
}

std::optional<Duration> Parser::read_duration(const Args& args, std::string_view& rest,
                                              bool required)
{
  if (!looks_like_duration(rest)) {
    if (required) {
      error(args.line, rest.empty() ? 0 : column_of(rest),
            i18n::trf("`{keyword}` needs a duration, like `{keyword} 10s`", fmt::arg("keyword", util::to_lower(args.keyword))));
    }
    return std::nullopt;
  }
  const auto parsed = parse_duration_prefix(rest);
  if (!parsed) {
    error(args.line, column_of(rest), parsed.error());
    return std::nullopt;
  }
  if (parsed->value.count() == 0) {
    const std::string_view written = util::trim(rest.substr(0, parsed->length));
    const bool tiny = written.find_first_of("123456789") != std::string_view::npos;
    error(args.line, column_of(rest),
          tiny ? i18n::trf("duration `{duration}` is shorter than the shortest there is, a millisecond (0.001s)",
                           fmt::arg("duration", written))
               : std::string(i18n::tr("duration must be more than zero")));
    return std::nullopt;
  }
  rest = util::trim(rest.substr(parsed->length));
  return parsed->value;
}

void Parser::on_title(const Args& args)
{
  m_title_attempted = true;
  if (require_text(args, "title Calf stretch") && once(m_title_line, args)) {
    m_result.routine.about.title = args.rest;
    m_title_rank = k_none;
  }
}

void Parser::on_description(const Args& args)
{
  if (!require_text(args, "description Holds for tight calves")) {
    return;
  }
  if (m_description_rank != k_none) {
    error(args.line, 0, i18n::tr("`description` comes after its translation; put the translated lines after the last one"));
    return;
  }
  std::string& description = m_result.routine.about.description;
  if (!description.empty()) {
    description += ' ';
  }
  description += args.rest;
}

void Parser::on_alias(const Args& args)
{
  if (!require_text(args, "alias toe")) {
    return;
  }
  for (const std::string_view name : util::split_words(args.rest, true)) {
    if (auto problem = check_routine_name(name)) {
      error(args.line, column_of(name), *problem);
    } else {
      m_result.routine.aliases.push_back({std::string(name), args.line, column_of(name)});
    }
  }
}

void Parser::on_episode(const Args& args)
{
  if (!require_text(args, "episode numbness") || !once(m_episode_line, args)) {
    return;
  }
  for (const std::string_view known : k_episodes) {
    if (util::iequals(args.rest, known)) {
      m_result.routine.about.episode = known;
      return;
    }
  }
  error(args.line, args.rest_column,
        i18n::trf("unknown episode `{episode}`; a routine can be an episode of: {episodes}", fmt::arg("episode", args.rest),
                  fmt::arg("episodes", fmt::format("{}", fmt::join(k_episodes, ", ")))));
}

void Parser::on_tip(const Args& args)
{
  if (require_text(args, "tip Lace every other eyelet on your next runs")) {
    m_result.routine.about.tips.emplace_back(args.rest);
    m_tip_rank = k_none;
  }
}

void Parser::on_exercise(const Args& args)
{
  close_exercise();
  m_items_attempted = true;
  // Without a name the exercise still opens, so that its steps do not each report that
  // they are outside an exercise.
  const bool named = require_text(args, "exercise Calf");
  if (++m_exercise_count == k_max_exercises + 1) {
    error(args.line, 0, i18n::trf("routine has more than {most} exercises", fmt::arg("most", k_max_exercises)));
  }
  if (named && m_exercise_count <= k_max_exercises) {
    const auto [earlier, added] = m_exercise_names.try_emplace(util::to_lower(args.rest), args.line);
    if (!added) {
      error(args.line, args.rest_column,
            i18n::trf("exercise `{name}` is already defined at line {line}", fmt::arg("name", args.rest),
                      fmt::arg("line", earlier->second)));
    }
  }
  m_exercise.emplace();
  m_name_rank = m_setup_rank = m_between_reps_rank = m_between_sides_rank = k_none;
  m_last_step.reset();
  m_exercise->exercise.name = named ? args.rest : std::string_view("?");
  m_exercise->exercise.file = m_file;
  m_exercise->exercise.line = args.line;
  m_exercise_failed = !named;
}

void Parser::on_include(const Args& args)
{
  close_exercise();
  m_items_attempted = true;
  if (!require_text(args, "include calf")) {
    return;
  }
  const auto words = util::split_words(args.rest);
  if (words.size() != 1 && (words.size() != 3 || !util::iequals(words[1], "reps"))) {
    error(args.line, column_of(words[1]),
          i18n::tr("`include` takes a routine name and an optional `reps N`, like `include calf reps 2`"));
    return;
  }
  if (auto problem = check_routine_name(words[0])) {
    error(args.line, args.rest_column, *problem);
    return;
  }
  Include include{words[0], 0, args.line, args.rest_column};
  if (words.size() == 3) {
    const auto reps = util::parse_count(words[2], k_max_reps);
    if (!reps || *reps == 0 || *reps > k_max_reps) {
      error(args.line, column_of(words[2]), i18n::trf("reps must be a whole number from 1 to {most}", fmt::arg("most", k_max_reps)));
      return;
    }
    include.reps = static_cast<int>(*reps);
  }
  m_result.routine.items.emplace_back(std::move(include));
}

void Parser::on_setup(const Args& args)
{
  if (!require_text(args, "setup Face a wall, one foot back")) {
    return;
  }
  if (m_setup_rank != k_none) {
    error(args.line, 0, i18n::tr("`setup` comes after its translation; put the translated lines after the last one"));
    return;
  }
  if (m_exercise->exercise.setup.empty()) {
    m_exercise->exercise.setup = args.rest;
    return;
  }
  // Lines joined: text of the parse's own, which stays where it is.
  auto joined = std::make_unique<const std::string>(fmt::format("{} {}", m_exercise->exercise.setup, args.rest));
  m_exercise->exercise.setup = *joined;
  m_result.routine.joined.push_back(std::move(joined));
}

void Parser::on_sides(const Args& args)
{
  if (!once(m_sides_line, args)) {
    return;
  }
  const auto words = util::split_words(args.rest, true);
  if (words.size() == 1 && util::iequals(words[0], "none")) {
    return;
  }
  for (const std::string_view word : words) {
    if (util::iequals(word, "none")) {
      error(args.line, column_of(word), i18n::tr("`none` means no sides: it cannot be listed with side labels"));
      return;
    }
  }
  if (words.size() < 2) {
    error(args.line, args.rest_column,
          i18n::tr("`sides` needs two or more labels, like `sides left right`, or `none`"));
    return;
  }
  if (words.size() > k_max_sides) {
    error(args.line, args.rest_column,
          i18n::trf("`sides` has {count} labels; the limit is {most}", fmt::arg("count", words.size()),
                    fmt::arg("most", k_max_sides)));
    return;
  }
  std::vector<Text> sides;
  for (const std::string_view word : words) {
    for (const Text earlier : sides) {
      if (util::iequals(earlier, word)) {
        error(args.line, column_of(word), i18n::trf("side `{side}` is listed twice", fmt::arg("side", word)));
        return;
      }
    }
    sides.emplace_back(word);
  }
  m_exercise->exercise.sides = std::move(sides);
}

void Parser::on_reps(const Args& args)
{
  if (!once(m_reps_line, args)) {
    return;
  }
  const auto count = util::parse_count(args.rest, k_max_reps);
  if (!count) {
    error(args.line, args.rest.empty() ? 0 : args.rest_column,
          i18n::tr("`reps` needs a whole number, like `reps 3`"));
  } else if (*count == 0 || *count > k_max_reps) {
    error(args.line, args.rest_column, i18n::trf("reps must be from 1 to {most}", fmt::arg("most", k_max_reps)));
  } else {
    m_exercise->exercise.reps = static_cast<int>(*count);
  }
}

void Parser::on_between(const Args& args)
{
  const bool sides = util::iequals(args.keyword, "between-sides");
  if (!once(sides ? m_between_sides_line : m_between_reps_line, args)) {
    return;
  }
  std::string_view rest = args.rest;
  if (const auto duration = read_duration(args, rest, true)) {
    (sides ? m_exercise->exercise.between_sides : m_exercise->exercise.between_reps) = Pause{*duration, rest};
  }
}

// Reads what follows a step's keyword: `[DURATION [min DURATION]] [[LABEL]] CUE`.
bool Parser::read_label(std::size_t line, std::string_view& rest, Step& step)
{
  const std::size_t close = rest.find(']');
  if (close == std::string_view::npos) {
    error(line, column_of(rest), i18n::tr("`[` starts a label that is not closed, like `[PRESS · calf]`"));
    return false;
  }
  const std::string_view label = util::trim(rest.substr(1, close - 1));
  if (label.empty()) {
    error(line, column_of(rest), i18n::tr("a label needs text between `[` and `]`, like `[PRESS · calf]`"));
    return false;
  }
  if (util::display_width(label) > k_max_label_width) {
    error(line, column_of(label),
          i18n::trf("label is {width} columns wide; the limit is {most}", fmt::arg("width", util::display_width(label)),
                    fmt::arg("most", k_max_label_width)));
    return false;
  }
  step.label = label;
  rest = util::trim(rest.substr(close + 1));
  return true;
}

std::optional<Step> Parser::read_step(StepKind kind, const Args& args)
{
  const bool waits = !is_timed(kind);
  std::string_view rest = args.rest;
  const auto duration = read_duration(args, rest, !waits);
  if (!duration && (!waits || looks_like_duration(rest))) {
    return std::nullopt;
  }
  Step step;
  step.kind = kind;
  step.duration = duration.value_or(Duration{0});
  step.line = args.line;
  if (const auto [word, after] = util::split_first_word(rest);
      !is_scaled(kind) && util::iequals(word, "min") && looks_like_duration(after)) {
    error(args.line, column_of(word),
          i18n::trf("`min` goes only with contract, stretch, relax and rest steps, which --scale changes; a {keyword} "
                    "step keeps its time",
                    fmt::arg("keyword", keyword(kind))));
    return std::nullopt;
  } else if (is_scaled(kind) && util::iequals(word, "min") && looks_like_duration(after)) {
    std::string_view min_rest = after;
    const auto minimum = read_duration({args.line, word, after, column_of(after)}, min_rest, true);
    if (!minimum) {
      return std::nullopt;
    }
    if (*minimum > step.duration) {
      error(args.line, column_of(word),
            i18n::trf("the minimum {minimum} is longer than the step itself ({time})",
                      fmt::arg("minimum", format_duration(*minimum)), fmt::arg("time", format_duration(step.duration))));
      return std::nullopt;
    }
    step.minimum = *minimum;
    rest = min_rest;
  }
  if (!rest.empty() && rest.front() == '[' && !read_label(args.line, rest, step)) {
    return std::nullopt;
  }
  if (waits && rest.empty()) {
    error(args.line, 0,
          kind == StepKind::question
            ? std::string(i18n::tr("`question` needs the question to ask, like `question Has the numbness gone?`"))
            : std::string(i18n::tr("`manual` needs an instruction, like `manual Loosen your laces`")));
    return std::nullopt;
  }
  step.cue = rest;
  return step;
}

void Parser::on_step(const Args& args)
{
  close_question();
  const StepKind kind = *step_kind_from_keyword(args.keyword);
  auto step = read_step(kind, args);
  if (!step) {
    return;
  }
  m_exercise->steps.push_back(std::move(*step));
  m_last_step = std::pair{false, m_exercise->steps.size() - 1};
  m_step_rank = m_yes_rank = m_no_rank = k_none;
  if (kind == StepKind::question) {
    m_question = m_exercise->steps.size() - 1;
    m_has_yes = m_has_no = false;
    m_stop_if_line = 0;
  }
}

void Parser::on_first(const Args& args)
{
  close_question();
  if (!require_text(args, "first stretch 20s Lean in")) {
    return;
  }
  const auto [word, rest] = util::split_first_word(args.rest);
  const auto kind = step_kind_from_keyword(word);
  if (!kind || *kind == StepKind::question) {
    error(args.line, args.rest_column,
          i18n::tr("`first` takes a step (contract, stretch, relax, rest or manual), like `first stretch 20s Lean in`"));
    return;
  }
  if (auto step = read_step(*kind, {args.line, word, rest, rest.empty() ? 0 : column_of(rest)})) {
    m_exercise->first_steps.push_back(std::move(*step));
    m_last_step = std::pair{true, m_exercise->first_steps.size() - 1};
    m_step_rank = k_none;
  }
}

void Parser::on_answer(const Args& args)
{
  const bool yes = util::iequals(args.keyword, "yes");
  bool& seen = yes ? m_has_yes : m_has_no;
  if (seen) {
    error(args.line, 0, i18n::trf("this question already has a `{answer}` answer", fmt::arg("answer", yes ? "yes" : "no")));
    return;
  }
  if (!require_text(args, yes ? "yes Good, carry on" : "no Call it a day")) {
    return;
  }
  seen = true;
  Step& question = m_exercise->steps[*m_question];
  (yes ? question.yes : question.no).advice = args.rest;
}

void Parser::on_stop_if(const Args& args)
{
  const bool yes = util::iequals(args.rest, "yes");
  if (!yes && !util::iequals(args.rest, "no")) {
    error(args.line, args.rest.empty() ? 0 : args.rest_column,
          i18n::tr("`stop-if` needs the answer that ends the routine: `stop-if yes` or `stop-if no`"));
    return;
  }
  if (m_stop_if_line != 0) {
    error(args.line, 0,
          i18n::trf("this question already has a `stop-if` at line {line}; only one answer can end the routine",
                    fmt::arg("line", m_stop_if_line)));
    return;
  }
  m_stop_if_line = args.line;
  Step& question = m_exercise->steps[*m_question];
  (yes ? question.yes : question.no).stops = true;
}

void Parser::on_translation(const Args& args, std::string_view base, std::string_view bracket)
{
  const std::string_view tag = bracket.size() > 2 && bracket.back() == ']' ? bracket.substr(1, bracket.size() - 2) : "";
  if (!i18n::is_language_tag(tag)) {
    error(args.line, column_of(bracket),
          i18n::trf("`{tag}` is not a language tag, like `[de]` or `[pt_BR]`", fmt::arg("tag", bracket)));
    return;
  }
  const std::string lowered = util::to_lower(base);
  if (args.rest.empty()) {
    error(args.line, 0, i18n::trf("`{keyword}` needs the translated text after it", fmt::arg("keyword", args.keyword)));
    return;
  }
  const auto found = std::find(m_languages.begin(), m_languages.end(), tag);
  const std::size_t rank = found == m_languages.end() ? k_none : static_cast<std::size_t>(found - m_languages.begin());
  translate(args, lowered, rank);
}

bool Parser::takes_over(std::size_t rank, std::size_t& applied, bool& appends)
{
  if (rank == k_none || rank > applied) {
    return false;
  }
  appends = rank == applied;
  applied = rank;
  return true;
}

void Parser::missing_original(const Args& args, std::string_view base)
{
  error(args.line, 0,
        i18n::trf("`{keyword}` translates the `{base}` line before it, and there is none", fmt::arg("keyword", args.keyword),
                  fmt::arg("base", base)));
}

void Parser::translate(const Args& args, std::string_view base, std::size_t rank)
{
  bool appends = false;
  About& about = m_result.routine.about;
  if (base == "title" || base == "description" || base == "tip") {
    const bool present = base == "title" ? m_title_line != 0 : base == "tip" ? !about.tips.empty() : !about.description.empty();
    if (!present) {
      return missing_original(args, base);
    }
    std::size_t& applied = base == "title" ? m_title_rank : base == "tip" ? m_tip_rank : m_description_rank;
    std::string& text = base == "title" ? about.title : base == "tip" ? about.tips.back() : about.description;
    if (takes_over(rank, applied, appends)) {
      text = appends && base == "description" ? text + ' ' + std::string(args.rest) : std::string(args.rest);
    }
  } else if (base == "yes" || base == "no") {
    const bool yes = base == "yes";
    if (!m_question || !(yes ? m_has_yes : m_has_no)) {
      return missing_original(args, base);
    }
    if (takes_over(rank, yes ? m_yes_rank : m_no_rank, appends)) {
      Step& question = m_exercise->steps[*m_question];
      (yes ? question.yes : question.no).advice = args.rest;
    }
  } else if (base == "exercise" || base == "setup" || base == "between-reps" || base == "between-sides") {
    translate_exercise(args, base, rank);
  } else {
    translate_step(args, base, rank);
  }
}

void Parser::translate_exercise(const Args& args, std::string_view base, std::size_t rank)
{
  const bool between_sides = base == "between-sides";
  const bool between = between_sides || base == "between-reps";
  if (!m_exercise || (base == "setup" && m_exercise->exercise.setup.empty())
      || (between && (between_sides ? m_between_sides_line : m_between_reps_line) == 0)) {
    return missing_original(args, base);
  }
  Exercise& exercise = m_exercise->exercise;
  bool appends = false;
  if (base == "exercise" && takes_over(rank, m_name_rank, appends)) {
    exercise.name = args.rest;
  } else if (base == "setup" && takes_over(rank, m_setup_rank, appends)) {
    if (!appends) {
      exercise.setup = args.rest;
    } else {
      // Lines joined: text of the parse's own, as for the untagged lines.
      auto joined = std::make_unique<const std::string>(fmt::format("{} {}", exercise.setup, args.rest));
      exercise.setup = *joined;
      m_result.routine.joined.push_back(std::move(joined));
    }
  } else if (between && takes_over(rank, between_sides ? m_between_sides_rank : m_between_reps_rank, appends)) {
    (between_sides ? exercise.between_sides : exercise.between_reps).cue = args.rest;
  }
}

void Parser::translate_step(const Args& args, std::string_view base, std::size_t rank)
{
  const auto kind = step_kind_from_keyword(base);
  if (!kind) {
    error(args.line, column_of(args.keyword),
          i18n::trf("`{keyword}` has no text to translate; `[LANGUAGE]` goes after title, description, tip, exercise, "
                    "setup, a step, yes, no, between-reps or between-sides",
                    fmt::arg("keyword", args.keyword)));
    return;
  }
  if (!m_exercise || !m_last_step) {
    return missing_original(args, base);
  }
  Step& step = m_last_step->first ? m_exercise->first_steps[m_last_step->second] : m_exercise->steps[m_last_step->second];
  if (step.kind != *kind) {
    error(args.line, 0,
          i18n::trf("`{keyword}` follows a `{step}` step: it translates the step line right before it",
                    fmt::arg("keyword", args.keyword), fmt::arg("step", keyword(step.kind))));
    return;
  }
  std::string_view rest = args.rest;
  Step translated;
  if (!rest.empty() && rest.front() == '[' && !read_label(args.line, rest, translated)) {
    return;
  }
  if (rest.empty()) {
    error(args.line, 0, i18n::trf("`{keyword}` needs the translated text after it", fmt::arg("keyword", args.keyword)));
    return;
  }
  bool appends = false;
  if (takes_over(rank, m_step_rank, appends)) {
    if (!translated.label.empty()) {
      step.label = translated.label;
    }
    step.cue = rest;
  }
}

void Parser::close_question()
{
  if (!m_question) {
    return;
  }
  const Step& question = m_exercise->steps[*m_question];
  if (!m_has_yes && !m_has_no) {
    error(question.line, 0,
          i18n::tr("question has no answers; add a `yes ADVICE` and a `no ADVICE` line after it"));
  } else if (!m_has_yes || !m_has_no) {
    error(question.line, 0,
          i18n::trf("question has no `{answer}` answer; add a `{answer} ADVICE` line after it",
                    fmt::arg("answer", m_has_yes ? "no" : "yes")));
  }
  m_question.reset();
}

void Parser::close_exercise()
{
  if (!m_exercise) {
    return;
  }
  close_question();
  if (m_exercise->steps.empty() && m_exercise->first_steps.empty() && !m_exercise_failed) {
    error(m_exercise->exercise.line, 0,
          i18n::trf("exercise `{name}` has no steps; add one, like `contract 10s Press down`",
                    fmt::arg("name", m_exercise->exercise.name)));
  }
  if (m_between_sides_line != 0 && m_exercise->exercise.sides.empty()) {
    error(m_between_sides_line, 0, i18n::tr("`between-sides` needs `sides`, like `sides left right`"));
  }
  if (m_exercise_count <= k_max_exercises) {
    m_exercise->steps.shrink_to_fit(); // kept as long as the file: no room to spare
    m_exercise->first_steps.shrink_to_fit();
    m_exercise->exercise.steps = m_exercise->steps;
    m_exercise->exercise.first_steps = m_exercise->first_steps;
    m_result.routine.items.emplace_back(std::move(*m_exercise));
  }
  m_exercise.reset();
  m_last_step.reset();
  m_exercise_failed = false;
  m_sides_line = m_reps_line = m_between_reps_line = m_between_sides_line = 0;
}

} // namespace

ParseResult parse_routine(std::string_view text, std::string_view file, std::span<const std::string> languages)
{
  return Parser(file, languages).run(text);
}

ParseResult parse_routine(std::string_view text, std::string_view file)
{
  return parse_routine(text, file, i18n::languages());
}

} // namespace stretch::routine
