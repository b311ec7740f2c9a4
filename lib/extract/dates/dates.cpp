// The date annotator: TimeML DATE expressions resolved to TIMEX3 values.
//
// Candidates start only at trigger words of the text (extract/dates/triggers.hpp); there, one
// combined RE2 pattern (longest match, DFA only), anchored, finds the candidate's extent; each
// candidate is then parsed exactly by the first family pattern that matches it whole, checked
// against its context (capitalisation, "May" as a verb, numbers that are not years) and resolved
// against Document::date, with the clause's tense for weekdays and yearless months.
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/dates/calendar.hpp"
#include "extract/dates/lexicon.hpp"
#include "extract/dates/tense.hpp"
#include "extract/dates/triggers.hpp"
#include "newsmine/extractors.hpp"
#include "newsmine/text.hpp"
#include "text/ascii.hpp"
#include "util/hash.hpp"

namespace newsmine {

namespace {

using dates::CivilDate;
using dates::Tense;

// ------------------------------------------------------------------ pattern pieces

// @name@ stands for a word list of dates/lexicon.hpp, shared with the trigger scan (expand()).
#define MONTH_FULL "@months@"
#define MONTH_ABBR "@month_abbreviations@"
// A month name, or an abbreviation with an optional period.
#define MON "(?:(?:" MONTH_FULL ")\\b|(?:" MONTH_ABBR ")\\b\\.?)"
#define WD "(?:@weekdays@)\\b"
#define DAYN "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b"
#define YEAR "(?:1[5-9][0-9][0-9]|20[0-9][0-9])\\b"
#define SP "\\s+"
#define MOD "(?:@modifiers@|the\\s+(?:@edges@)\\s+of)"
#define NUMW "(?:@counts@|[0-9]{1,3}|a\\s+few|a\\s+couple\\s+of)"
#define UNIT "(?:day|week|month|year|decade)s?\\b"
#define PART "(?:@day_parts@)\\b"
#define ORD "(?:@ordinals@|1st|2nd|3rd|4th)"

// Each family: a pattern with captures, matched whole (case-insensitively) against a candidate.
enum class Family : std::uint8_t {
  MonthDay,      // [weekday,] [mod] Month Day[, Year]
  DayMonth,      // [weekday,] Day [of] Month [Year]
  Iso,           // 2025-11-01
  Slash,         // 11/01/2025 (US order)
  MonthYear,     // [mod] Month [,|of] Year
  Month,         // [mod|last|this|next] Month [this|last|next year]
  Weekday,       // [last|this|next|early|...] Weekday [morning|...]
  Decade,        // [the] [early|mid|late] 1990s
  Century,       // [the] 20th century
  Quarter,       // [the] third quarter [of 2025] | Q3 [2025]
  Half,          // [the] first half of 2025 | of this year
  Season,        // [this|last|next] summer [of 2025]
  Year,          // [fiscal|calendar|mod] 2025
  RelativeDay,   // [early|late] today | yesterday | tomorrow | tonight
  RelativeUnit,  // [earlier|later] last|this|next week|month|year|quarter|...
  InThe,         // earlier|later in the week|month|year
  UnitBefore,    // the year|month|week before
  Ago,           // [nearly] two years ago|earlier|later
  Vague,         // now, currently, recently, recent weeks, the past, the future
};

struct FamilyPattern {
  Family family;
  const char* pattern;
};

// Order matters only when two families match the same whole candidate.
const std::array<FamilyPattern, 19> kFamilies = {{
    {Family::MonthDay, "(?:(" WD "),?" SP ")?(?:(" MOD "|last|next|this)[-\\s]+)?(" MON
                       ")\\s*(" DAYN ")(?:,?" SP "(" YEAR "))?"},
    {Family::DayMonth,
     "(?:(" WD "),?" SP ")?(" DAYN ")" SP "(?:of" SP ")?(" MON ")(?:,?" SP "(" YEAR "))?"},
    {Family::Iso, "(" YEAR ")-([01][0-9])-([0-3][0-9])\\b"},
    {Family::Slash, "([01]?[0-9])/([0-3]?[0-9])/((?:19|20)[0-9][0-9])\\b"},
    {Family::MonthYear, "(?:(" MOD ")[-\\s]+)?(" MON ")(?:,?" SP "|" SP "of" SP ")(" YEAR ")"},
    {Family::Month,
     "(?:(" MOD ")[-\\s]+|(last|this|next|this" SP "past|this" SP "coming|late" SP "last|early" SP
     "next)" SP ")?((?:" MONTH_FULL ")\\b|sept\\.)(?:" SP "(this|last|next)" SP "year)?"},
    {Family::Weekday, "(?:(last|this|next|this" SP "past|this" SP "coming|the" SP "previous|the" SP
                      "following|early|earlier|late|later)" SP ")?(" WD ")(?:" SP "(" PART "))?"},
    {Family::Decade, "(?:the" SP ")?(?:(early|mid|late)[-\\s]+)?(1[0-9]|20)([0-9])0'?s\\b"},
    {Family::Century, "(?:the" SP ")?([12]?[0-9])(?:st|nd|rd|th)" SP "century\\b"},
    {Family::Quarter, "(?:(?:the|its)" SP ")?(?:fiscal[-\\s]+)?(" ORD ")[-\\s]+quarter\\b(?:" SP
                      "of" SP "(" YEAR "))?|(q[1-4])(?:" SP "(" YEAR "))?"},
    {Family::Half, "(?:the" SP ")?(first|second)" SP "half" SP "of" SP "(?:(" YEAR
                   ")|(this|last|next)" SP "year)"},
    {Family::Season, "(?:(this|last|next|this" SP "past|the|early|late)" SP ")?(@seasons@)\\b(?:" SP
                     "of" SP "(" YEAR ")|" SP "(" YEAR "))?"},
    {Family::Year, "(?:(fiscal|calendar|early|mid|late|the" SP "end" SP "of|the" SP "beginning" SP
                   "of|the" SP "middle" SP "of)(?:" SP "year)?[-\\s]+)?(" YEAR ")"},
    {Family::RelativeDay, "(?:(early|earlier|late|later|the" SP "day" SP "(?:after|before))" SP
                          ")?(today|yesterday|tomorrow|tonight)\\b"},
    {Family::RelativeUnit, "(?:(earlier|later|early|late|(?:the" SP ")?(?:@edges@)" SP "of)" SP
                           ")?(last|this|next|this" SP "past|the|(?:the" SP ")?(?:@relative@))" SP
                           "(week|weekend|month|year|quarter|decade|century)\\b"},
    {Family::InThe, "(earlier|later)" SP "in" SP "the" SP "(week|month|year)\\b"},
    {Family::UnitBefore, "the" SP "(week|month|year)" SP "(?:before|earlier)\\b"},
    {Family::Ago, "(?:(?:nearly|almost|about|some|roughly|more" SP "than)" SP ")?(" NUMW ")" SP
                  "(" UNIT ")" SP "(ago|earlier|later)\\b"},
    {Family::Vague,
     "(now|currently|recently)\\b|recent" SP "(?:days|weeks|months|years)\\b|the" SP "(?:near" SP
     ")?future\\b|the" SP "past\\b|the" SP "coming" SP "(?:days|weeks|months|years)\\b"},
}};

// The pattern with its @list@ names replaced by the word lists of dates/lexicon.hpp.
std::string expand(std::string_view pattern) {
  static const std::array<std::pair<std::string_view, std::string>, 10> kLists = {{
      {"@months@", dates::alternation(dates::kMonthNames)},
      {"@month_abbreviations@", dates::alternation(dates::kMonthAbbreviations)},
      {"@weekdays@", dates::alternation(dates::kWeekdayNames)},
      {"@modifiers@", dates::alternation(dates::kModifiers)},
      {"@edges@", dates::alternation(dates::kPeriodEdges)},
      {"@counts@", dates::alternation(dates::kCountWords)},
      {"@day_parts@", dates::alternation(dates::kDayParts)},
      {"@ordinals@", dates::alternation(dates::kOrdinalWords)},
      {"@seasons@", dates::alternation(dates::kSeasons)},
      {"@relative@", dates::alternation(dates::kRelativeAdjectives)},
  }};
  std::string out(pattern);
  for (const auto& [name, words] : kLists) {
    for (std::size_t at = out.find(name); at != std::string::npos;
         at = out.find(name, at + words.size())) {
      out.replace(at, name.size(), words);
    }
  }
  if (out.find('@') != std::string::npos) throw std::logic_error("date pattern: unknown list");
  return out;
}

// ------------------------------------------------------------------ helpers

using text::is_alpha;
using text::is_digit;
using text::is_upper;
using text::lower;
constexpr auto iequals_ascii = text::equals_lower;

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) {
    if (!is_digit(c)) break;
    value = value * 10 + (c - '0');
  }
  return value;
}

// The word before `pos` (letters only, lower-cased), skipping spaces.
std::string word_before(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\t')) --end;
  std::size_t begin = end;
  while (begin > 0 && is_alpha(text[begin - 1])) --begin;
  return lower(text.substr(begin, end - begin));
}

// The word after `pos`, skipping spaces.
std::string word_after(std::string_view text, std::size_t pos) {
  std::size_t begin = pos;
  while (begin < text.size() && (text[begin] == ' ' || text[begin] == '\n' || text[begin] == '\t'))
    ++begin;
  std::size_t end = begin;
  while (end < text.size() && (is_alpha(text[end]) || text[end] == '\'')) ++end;
  return lower(text.substr(begin, end - begin));
}

// ------------------------------------------------------------------ resolution

struct Context {
  std::string_view text;
  std::optional<CivilDate> anchor;  // the document date
  Analysis* analysis = nullptr;     // its sentences are split on first need
};

// What the parser found, before context checks adjust it.
struct Parsed {
  std::string value;  // empty = null
  int month = 0;      // for a yearless month-day: its month and day (year propagation)
  int day = 0;
  bool yearless_day = false;
  bool explicit_year = false;
  int year = 0;
};

Tense tense_at(const Context& context, std::uint32_t start, std::uint32_t end) {
  std::uint32_t clause_start = 0;
  auto clause_end = static_cast<std::uint32_t>(context.text.size());
  std::vector<Sentence>& sentences = context.analysis->sentences;
  if (sentences.empty()) split_sentences(context.text, context.analysis->tokens, sentences);
  auto it = std::upper_bound(sentences.begin(), sentences.end(), start,
                             [](std::uint32_t pos, const Sentence& s) { return pos < s.start; });
  if (it != sentences.begin()) {
    --it;
    clause_start = it->start;
    clause_end = std::max(it->end, end);
  }
  return dates::clause_tense(context.text, clause_start, clause_end, start, end);
}

int quarter_of(int month) {
  return (month - 1) / 3 + 1;
}

// Year for a yearless month (and day) from the anchor and the clause's tense, which
// `tense_of()` gives; asked only when it decides (not from a month before the anchor to six
// months after it, where every tense keeps the anchor's year).
template <typename TenseOf>
int resolve_year(CivilDate anchor, int month, int day, TenseOf tense_of) {
  const CivilDate candidate{anchor.year, month, day == 0 ? 1 : day};
  if (day != 0 && !dates::valid_date(candidate)) return anchor.year;  // Feb 29 in a common year
  const long delta =
      dates::days_from_civil(candidate) -
      dates::days_from_civil(day == 0 ? CivilDate{anchor.year, anchor.month, 1} : anchor);
  if (delta >= -31 && delta <= 183) return anchor.year;
  switch (tense_of()) {
    case Tense::Past:
      // Reported speech often puts coming dates in past-tense clauses ("said the vote was set
      // for Feb. 10"): a past clause only rules out dates far ahead.
      return delta > 183 ? anchor.year - 1 : anchor.year;
    case Tense::Future:
      return delta < -31 ? anchor.year + 1 : anchor.year;
    case Tense::Unknown:
      break;
  }
  if (delta > 183) return anchor.year - 1;
  if (delta < -183) return anchor.year + 1;
  return anchor.year;
}

std::string with_part(std::string value, std::string_view part) {
  if (value.empty() || part.empty()) return value;
  const std::string lowered = lower(part);
  if (lowered == "morning") return value + "TMO";
  if (lowered == "afternoon") return value + "TAF";
  if (lowered == "evening") return value + "TEV";
  return value + "TNI";
}

std::string decade_value(int decade_index) {
  return std::to_string(decade_index);
}

double count_of(std::string_view words) {
  const std::string lowered = lower(words);
  if (lowered == "several" || lowered.starts_with("a few") || lowered.starts_with("a couple"))
    return -1;
  if (is_digit(lowered[0])) return to_int(lowered);
  return dates::number_word(lowered);
}

// What a worker keeps across documents: the family set's result list, and the family and
// groups of each candidate seen (both follow from the candidate's bytes alone; most repeat:
// "the year", "a year ago", "fiscal 1987").
struct DateScratch : AnnotatorScratch {
  struct Known {
    int index = -1;
    std::array<std::pair<std::uint8_t, std::uint8_t>, 6> groups{};  // offset, size
  };
  std::vector<int> families;
  std::unordered_map<std::string, Known, util::StringHash, std::equal_to<>> known;
};

class DateAnnotator : public ScratchAnnotator<DateScratch> {
 public:
  DateAnnotator() {
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_longest_match(true);
    options.set_max_mem(256 << 20);
    std::vector<std::string> patterns;
    for (const FamilyPattern& family : kFamilies) patterns.push_back(expand(family.pattern));
    std::string combined = "\\b(?:";
    for (std::size_t i = 0; i < patterns.size(); ++i) {
      if (i) combined += '|';
      combined += "(?:";
      combined += patterns[i];
      combined += ')';
      RE2::Options exact;
      exact.set_case_sensitive(false);
      families_.push_back(std::make_unique<RE2>(patterns[i], exact));
      if (!families_.back()->ok())
        throw std::logic_error("date pattern: " + families_.back()->error());
    }
    combined += ')';
    prefilter_ = std::make_unique<RE2>(combined, options);
    if (!prefilter_->ok()) throw std::logic_error("date pattern: " + prefilter_->error());
    RE2::Options set_options;
    set_options.set_case_sensitive(false);
    family_set_ = std::make_unique<RE2::Set>(set_options, RE2::ANCHOR_BOTH);
    for (const std::string& pattern : patterns) {
      if (family_set_->Add(pattern, nullptr) < 0) throw std::logic_error("date family");
    }
    if (!family_set_->Compile()) throw std::logic_error("date families do not compile");
  }

 private:
  void run(const Document& doc, Analysis& analysis, DateScratch& scratch) const override {
    Context context{doc.text, std::nullopt, &analysis};
    CivilDate anchor;
    if (dates::parse_iso_date(doc.date, anchor)) context.anchor = anchor;

    const std::string_view text = doc.text;
    Scan scan{context, analysis, {}, scratch, 0};
    if (analysis.focused) {
      for (const Span& span : analysis.focus) scan_region(scan, span.start, span.end);
    } else {
      scan_region(scan, 0, text.size());
    }
    std::vector<Parsed>& parsed = scan.parsed;
    propagate_range_years(text, analysis.dates, parsed);
  }

 private:
  struct Scan {
    const Context& context;
    Analysis& analysis;
    std::vector<Parsed> parsed;
    DateScratch& scratch;
    std::size_t pos = 0;  // no date starts before it
  };

  // Finds the dates in [begin, end), leftmost-longest as one unanchored pass of the combined
  // pattern would: visits the word runs of the text in order (every run lies inside a token),
  // tests each as a trigger (dates/triggers.hpp) and runs the pattern anchored only where a date
  // may start.
  void scan_region(Scan& scan, std::size_t begin, std::size_t end) const {
    const std::string_view text = scan.context.text;
    // scan.pos in a register: the stores into `run` could alias it. try_at moves both.
    std::size_t pos = std::max(scan.pos, begin);
    dates::Run run;
    const dates::WordFilter& filter = dates::trigger_filter();
    for (std::size_t i = dates::next_run_start(text, pos, end); i < end;) {
      dates::measure_run(text, i, run);
      if (dates::may_trigger(filter, text, i, run)) {
        scan.pos = pos;
        try_at(scan, i, run, end);
        pos = scan.pos;
      }
      i = dates::run_after(text, i, run, std::max(run.end, pos), end);
    }
    scan.pos = pos;
  }

  // Tries a date starting at the word run [start, run_end); on success, records it and moves
  // scan.pos past it.
  void try_at(Scan& scan, std::size_t start_pos, const dates::Run& run, std::size_t end) const {
    const std::string_view text = scan.context.text;
    const std::size_t run_end = run.end;
    dates::Trigger trigger = dates::classify_run(text, start_pos, run);
    if (trigger == dates::Trigger::None) return;
    if (trigger == dates::Trigger::Word && run_end > end) trigger = dates::Trigger::Pattern;
    auto start = static_cast<std::uint32_t>(start_pos);
    auto match_end = static_cast<std::uint32_t>(run_end);
    if (trigger == dates::Trigger::Pattern) {
      re2::StringPiece match;
      if (!prefilter_->Match(text, start_pos, end, RE2::ANCHOR_START, &match, 1)) return;
      match_end = static_cast<std::uint32_t>(start + match.size());
    }
    Parsed result;
    if (parse(scan.context, start, match_end, scan.scratch, result)) {
      // "the third-quarter profit": the determiner belongs to the noun, not the date.
      const std::string_view head = text.substr(start, 4);
      if ((iequals_ascii(head, "the ") || iequals_ascii(head, "its ")) &&
          text.substr(start, match_end - start).find("-quarter") != std::string_view::npos) {
        start += 4;
        while (start < match_end && text[start] == ' ') ++start;
      }
      scan.analysis.dates.push_back({{start, match_end}, std::move(result.value)});
      result.value.clear();
      scan.parsed.push_back(result);
      scan.pos = match_end > start ? match_end : start + 1;
    } else {
      scan.pos = start + 1;  // a shorter date may start inside a rejected candidate
    }
  }

  // Parses candidate [start, end); false when it is not a date in its context. May shrink
  // `end` (never below start).
  bool parse(const Context& context, std::uint32_t start, std::uint32_t& end, DateScratch& scratch,
             Parsed& out) const {
    const std::string_view candidate = context.text.substr(start, end - start);
    std::array<std::string_view, 6> groups;
    // Fast paths for the commonest shapes, a bare year and a single word, skip the family set.
    if (candidate.size() == 4 && std::all_of(candidate.begin(), candidate.end(), is_digit)) {
      groups[1] = candidate;
      return interpret(context, Family::Year, groups, start, end, out);
    }
    if (std::all_of(candidate.begin(), candidate.end(), is_alpha)) {
      if (std::optional<Family> family = single_word_family(candidate)) {
        groups[*family == Family::Vague ? 0 : *family == Family::Month ? 2 : 1] = candidate;
        return interpret(context, *family, groups, start, end, out);
      }
    }
    if (std::optional<Family> family = two_word_family(candidate, groups)) {
      return interpret(context, *family, groups, start, end, out);
    }
    const int index = family_of(candidate, scratch, groups);
    if (index < 0) return false;
    return interpret(context, kFamilies[static_cast<std::size_t>(index)].family, groups, start, end,
                     out);
  }

  // The first family whose pattern matches `candidate` whole, and its groups; -1 for none.
  // Both follow from the candidate's bytes alone, so each worker keeps them in its scratch.
  int family_of(std::string_view candidate, DateScratch& scratch,
                std::array<std::string_view, 6>& groups) const {
    using Known = DateScratch::Known;
    std::vector<int>& families = scratch.families;
    auto& known = scratch.known;
    if (candidate.size() <= 255) {
      if (auto it = known.find(candidate); it != known.end()) {
        for (std::size_t i = 0; i < groups.size(); ++i) {
          groups[i] = candidate.substr(it->second.groups[i].first, it->second.groups[i].second);
        }
        return it->second.index;
      }
    }
    Known found;
    // One DFA pass over the candidate says which families match it whole; the first wins.
    families.clear();
    if (family_set_->Match(candidate, &families) && !families.empty()) {
      const int index = *std::min_element(families.begin(), families.end());
      const RE2& re = *families_[static_cast<std::size_t>(index)];
      std::array<re2::StringPiece, 7> pieces;
      const int count = re.NumberOfCapturingGroups() + 1;
      if (re.Match(candidate, 0, candidate.size(), RE2::ANCHOR_BOTH, pieces.data(), count)) {
        found.index = index;
        for (std::size_t i = 0; i < groups.size(); ++i) {
          const re2::StringPiece& piece = pieces[i + 1];
          const std::size_t offset = piece.data() ? piece.data() - candidate.data() : 0;
          groups[i] = candidate.substr(offset, piece.size());
          found.groups[i] = {static_cast<std::uint8_t>(offset),
                             static_cast<std::uint8_t>(piece.size())};
        }
      }
    }
    if (candidate.size() <= 255) {
      if (known.size() >= 4096) known.clear();  // bounded; the common ones come back
      known.emplace(candidate, found);
    }
    return found.index;
  }

  // The family of a candidate that is one word, as the family patterns would find it.
  static std::optional<Family> single_word_family(std::string_view word) {
    if (dates::weekday_number(word) >= 0) return Family::Weekday;
    if (word.size() > 4 && dates::month_number(word) != 0) return Family::Month;  // not "Sept"
    if (word.size() == 4 && dates::month_number(word) != 0 && lower(word) != "sept") {
      return Family::Month;
    }
    if (word.size() == 3 && (word[0] == 'M' || word[0] == 'm') && lower(word) == "may") {
      return Family::Month;
    }
    const std::string lowered = lower(word);
    if (lowered == "today" || lowered == "yesterday" || lowered == "tomorrow" ||
        lowered == "tonight") {
      return Family::RelativeDay;
    }
    if (lowered == "now" || lowered == "currently" || lowered == "recently") return Family::Vague;
    return std::nullopt;
  }

  // "March 3", "Sept. 5th", "last year": the commonest shapes of two words, whose family (no
  // earlier family matches them) and groups follow from the words, as the family patterns
  // would find them. Sets `groups`.
  static std::optional<Family> two_word_family(std::string_view candidate,
                                               std::array<std::string_view, 6>& groups) {
    auto is_space = [](char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    };
    std::size_t i = 0;
    while (i < candidate.size() && is_alpha(candidate[i])) ++i;
    const std::size_t word_end = i;
    if (word_end == 0) return std::nullopt;
    const bool period = i < candidate.size() && candidate[i] == '.';
    if (period) ++i;
    const std::string_view first = candidate.substr(0, i);
    const std::size_t first_end = i;
    while (i < candidate.size() && is_space(candidate[i])) ++i;
    const std::string_view second = candidate.substr(i);
    if (second.empty()) return std::nullopt;
    if (is_digit(second[0])) {
      // MonthDay: a month, "\s*", a day of 1-31 with an optional ordinal suffix.
      std::size_t digits = 0;
      while (digits < second.size() && is_digit(second[digits])) ++digits;
      const std::string_view suffix = second.substr(digits);
      const bool day_ok = (digits == 1 && second[0] != '0') ||
                          (digits == 2 && (second[0] == '0'   ? second[1] != '0'
                                           : second[0] == '3' ? second[1] <= '1'
                                                              : second[0] <= '2'));
      const bool suffix_ok = suffix.empty() || iequals_ascii(suffix, "st") ||
                             iequals_ascii(suffix, "nd") || iequals_ascii(suffix, "rd") ||
                             iequals_ascii(suffix, "th");
      // An abbreviation ends at its period or a space; a full name ("May" too) at a space.
      const std::string_view word = candidate.substr(0, word_end);
      const bool abbreviation =
          (word.size() == 3 && !iequals_ascii(word, "may")) || iequals_ascii(word, "sept");
      const bool spaced = first_end < i;
      const bool month_ok =
          dates::month_number(word) != 0 && (abbreviation ? period || spaced : !period && spaced);
      if (!day_ok || !suffix_ok || !month_ok) return std::nullopt;
      groups[2] = first;
      groups[3] = second;
      return Family::MonthDay;
    }
    // RelativeUnit: last|this|next, "\s+", a unit.
    if (period || first_end == i) return std::nullopt;
    if (!std::all_of(second.begin(), second.end(), is_alpha)) return std::nullopt;
    static constexpr std::array<std::string_view, 3> kWhich = {"last", "this", "next"};
    static constexpr std::array<std::string_view, 7> kUnits = {
        "week", "weekend", "month", "year", "quarter", "decade", "century"};
    auto listed = [](std::string_view word, const auto& words) {
      return std::any_of(words.begin(), words.end(), [&](std::string_view listed_word) {
        return iequals_ascii(word, listed_word);
      });
    };
    if (!listed(first, kWhich) || !listed(second, kUnits)) return std::nullopt;
    groups[1] = first;
    groups[2] = second;
    return Family::RelativeUnit;
  }

  using Groups = std::array<std::string_view, 6>;

  static bool capitalised(std::string_view word) { return !word.empty() && is_upper(word[0]); }

  // With a day or a year beside it, a lower-case full month name is a date too ("march 3"),
  // except "may", the modal verb.
  static bool month_word_ok(std::string_view word) {
    if (capitalised(word)) return true;
    return word.size() > 3 && !word.ends_with('.') && lower(word) != "may";
  }

  // The value of a mention of `family` with groups `g` over [start, end): false when it is no
  // date after all.
  static bool interpret(const Context& context, Family family, const Groups& g, std::uint32_t start,
                        std::uint32_t end, Parsed& out) {
    const std::optional<CivilDate>& anchor = context.anchor;
    switch (family) {
      case Family::MonthDay:
      case Family::DayMonth:
        return interpret_day_of_month(context, family, g, start, end, out);
      case Family::Iso:
        return interpret_full_date({to_int(g[0]), to_int(g[1]), to_int(g[2])}, out);
      case Family::Slash:
        return interpret_full_date({to_int(g[2]), to_int(g[0]), to_int(g[1])}, out);
      case Family::MonthYear: {
        if (!month_word_ok(g[1])) return false;
        const int month = dates::month_number(g[1]);
        if (month == 0) return false;
        out.value = dates::format_month(to_int(g[2]), month);
        out.explicit_year = true;
        out.year = to_int(g[2]);
        return true;
      }
      case Family::Month:
        return interpret_month(context, g, start, end, out);
      case Family::Weekday:
        return interpret_weekday(context, g, start, end, out);
      case Family::Decade: {
        out.value = decade_value(to_int(g[1]) * 10 + to_int(g[2]));
        return true;
      }
      case Family::Century: {
        const int century = to_int(g[0]);
        if (century < 1 || century > 21) return false;
        out.value =
            century - 1 < 10 ? "0" + std::to_string(century - 1) : std::to_string(century - 1);
        return true;
      }
      case Family::Quarter:
        return interpret_quarter(anchor, g, out);
      case Family::Half: {
        const int half = lower(g[0]) == "first" ? 1 : 2;
        int year = 0;
        if (!g[1].empty()) {
          year = to_int(g[1]);
        } else {
          if (!anchor) return true;
          const std::string which = lower(g[2]);
          year = anchor->year + (which == "last" ? -1 : which == "next" ? 1 : 0);
        }
        out.value = dates::format_year(year) + "-H" + std::to_string(half);
        return true;
      }
      case Family::Season:
        return interpret_season(anchor, g, out);
      case Family::Year: {
        const int year = to_int(g[1]);
        const bool modified = !g[0].empty();
        if (!modified && !year_plausible(context.text, start, end, year)) return false;
        out.value = dates::format_year(year);
        out.explicit_year = true;
        out.year = year;
        return true;
      }
      case Family::RelativeDay:
        return interpret_relative_day(context, g, start, end, out);
      case Family::RelativeUnit:
        return interpret_relative_unit(anchor, g, out);
      case Family::InThe: {
        if (!anchor) return true;
        out.value = relative_unit(*anchor, lower(g[1]), 0);
        return true;
      }
      case Family::UnitBefore: {
        if (!anchor) return true;
        out.value = relative_unit(*anchor, lower(g[0]), -1);
        return true;
      }
      case Family::Ago:
        return interpret_ago(anchor, g, out);
      case Family::Vague:
        return interpret_vague(context.text.substr(start, end - start), out);
    }
    return false;
  }

  // An ISO or slashed date: the year is given.
  static bool interpret_full_date(const CivilDate& date, Parsed& out) {
    if (!dates::valid_date(date)) return false;
    out.value = dates::format_day(date);
    out.explicit_year = true;
    out.year = date.year;
    return true;
  }

  // "March 3", "3 March 2025", "last October 23": a day of a month, with or without a year.
  static bool interpret_day_of_month(const Context& context, Family family, const Groups& g,
                                     std::uint32_t start, std::uint32_t end, Parsed& out) {
    const std::optional<CivilDate>& anchor = context.anchor;
    const std::string_view month_word = g[2];
    const std::string_view day_word = family == Family::MonthDay ? g[3] : g[1];
    const std::string_view year_word = family == Family::MonthDay ? g[4] : g[3];
    if (!month_word_ok(month_word)) return false;
    const int month = dates::month_number(month_word);
    const int day = to_int(day_word);
    if (month == 0 || day < 1 || day > 31) return false;
    if (!year_word.empty()) {
      const CivilDate date{to_int(year_word), month, day};
      if (!dates::valid_date(date)) return false;
      out.value = dates::format_day(date);
      out.explicit_year = true;
      out.year = date.year;
      return true;
    }
    if (day > dates::days_in_month(2000, month)) return false;  // 2000: a leap year
    out.yearless_day = true;
    out.month = month;
    out.day = day;
    if (!anchor) {
      out.value = dates::format_unknown_year_day(month, day);
      return true;
    }
    const std::string relative = lower(g[1]);
    Tense direction = Tense::Unknown;
    if (relative == "last") direction = Tense::Past;
    if (relative == "next") direction = Tense::Future;
    int year = resolve_year(*anchor, month, day, [&] {
      return direction == Tense::Unknown ? tense_at(context, start, end) : direction;
    });
    if (direction != Tense::Unknown && dates::valid_date({year, month, day})) {
      // "last October 23" lies before the anchor, "next May 1" after it.
      const long delta =
          dates::days_from_civil({year, month, day}) - dates::days_from_civil(*anchor);
      if (direction == Tense::Past && delta >= 0) --year;
      if (direction == Tense::Future && delta <= 0) ++year;
    }
    CivilDate date{year, month, day};
    if (!dates::valid_date(date)) date.year = year - 1;  // Feb 29: the last leap year
    while (!dates::valid_date(date)) --date.year;
    out.value = dates::format_day(date);
    return true;
  }

  // "May", "last March", "October next year": a month, its year from the words or the tense.
  static bool interpret_month(const Context& context, const Groups& g, std::uint32_t start,
                              std::uint32_t end, Parsed& out) {
    const std::optional<CivilDate>& anchor = context.anchor;
    const std::string_view month_word = g[2];
    if (!capitalised(month_word)) return false;
    const int month = dates::month_number(month_word);
    if (month == 0) return false;
    const std::string lowered = lower(month_word);
    if (g[0].empty() && g[1].empty() && g[3].empty()) {
      // A bare "May" or "March" is a date only after a word that introduces one.
      if (lowered == "may" || lowered == "march") {
        if (!dates::in_context_class(word_before(context.text, start), dates::kMonthLead))
          return false;
        // "and May I add": the modal verb before a pronoun or a verb.
        if (dates::in_context_class(word_after(context.text, end), dates::kAfterModal))
          return false;
      }
    }
    if (!anchor) {
      out.value = dates::format_unknown_year_month(month);
      return true;
    }
    int year = anchor->year;
    const std::string relative = lower(g[1]);
    const std::string year_word = lower(g[3]);
    if (year_word == "last") {
      year = anchor->year - 1;
    } else if (year_word == "next") {
      year = anchor->year + 1;
    } else if (year_word == "this") {
      year = anchor->year;
    } else if (relative.ends_with("last") || relative == "this past") {
      year = month < anchor->month ? anchor->year : anchor->year - 1;
    } else if (relative.ends_with("next") || relative == "this coming") {
      year = month > anchor->month ? anchor->year : anchor->year + 1;
    } else if (relative == "this") {
      year = anchor->year;
    } else {
      year = resolve_year(*anchor, month, 0, [&] { return tense_at(context, start, end); });
    }
    out.value = dates::format_month(year, month);
    return true;
  }

  // "Monday", "last Friday", "next Tuesday morning": the day from the anchor's weekday.
  static bool interpret_weekday(const Context& context, const Groups& g, std::uint32_t start,
                                std::uint32_t end, Parsed& out) {
    const std::optional<CivilDate>& anchor = context.anchor;
    if (!anchor) return true;  // null
    const int target = dates::weekday_number(g[1]);
    const int today = dates::weekday(*anchor);
    const std::string relative = lower(g[0]);
    int offset = 0;
    if (relative == "last" || relative == "this past" || relative == "the previous") {
      offset = -((today - target + 6) % 7 + 1);
    } else if (relative == "next" || relative == "this coming" || relative == "the following") {
      offset = (target - today + 6) % 7 + 1;
    } else if (tense_at(context, start, end) == Tense::Future) {
      offset = (target - today + 7) % 7;
    } else {
      offset = -((today - target + 7) % 7);
    }
    out.value = with_part(dates::format_day(dates::add_days(*anchor, offset)), g[2]);
    return true;
  }

  // "the third quarter of 2024", "Q3", "Q1 2025".
  static bool interpret_quarter(const std::optional<CivilDate>& anchor, const Groups& g,
                                Parsed& out) {
    int quarter = 0;
    int year = 0;
    if (!g[2].empty()) {
      quarter = g[2][1] - '0';
      if (!g[3].empty()) year = to_int(g[3]);
    } else {
      quarter = static_cast<int>(dates::number_word(lower(g[0])));
      if (quarter < 1) quarter = g[0][0] - '0';
      if (!g[1].empty()) year = to_int(g[1]);
    }
    if (quarter < 1 || quarter > 4) return false;
    if (year == 0 && !g[2].empty()) {
      // A bare "Q3" needs a capital Q or a year to be a date.
      if (g[2][0] != 'Q') return false;
    }
    if (year == 0) {
      if (!anchor) {
        out.value = "XXXX-Q" + std::to_string(quarter);
        return true;
      }
      year = anchor->year;
    }
    out.value = dates::format_year(year) + "-Q" + std::to_string(quarter);
    out.explicit_year = true;
    return true;
  }

  // "last summer", "the spring of 2024": a season needs a determiner or a year.
  static bool interpret_season(const std::optional<CivilDate>& anchor, const Groups& g,
                               Parsed& out) {
    const std::string season = lower(g[1]);
    const std::string code = season == "spring"   ? "SP"
                             : season == "summer" ? "SU"
                             : season == "winter" ? "WI"
                                                  : "FA";
    const std::string relative = lower(g[0]);
    int year = 0;
    if (!g[2].empty() || !g[3].empty()) {
      year = to_int(g[2].empty() ? g[3] : g[2]);
    } else {
      // "fall" and "spring" are verbs and nouns too: a season needs a determiner.
      if (relative.empty() || relative == "the" || relative == "early" || relative == "late")
        return false;
      if (!anchor) return true;
      const int season_month = code == "SP" ? 3 : code == "SU" ? 6 : code == "FA" ? 9 : 12;
      year = anchor->year;
      if (relative == "last" || relative == "this past") {
        if (season_month >= anchor->month) --year;
      } else if (relative == "next") {
        if (season_month <= anchor->month) ++year;
      }
    }
    out.value = dates::format_year(year) + "-" + code;
    return true;
  }

  // "today", "the day after tomorrow", "tonight".
  static bool interpret_relative_day(const Context& context, const Groups& g, std::uint32_t start,
                                     std::uint32_t end, Parsed& out) {
    if (quoted(context.text, start, end)) return false;  // the NBC program "Today"
    if (!context.anchor) return true;
    const std::string word = lower(g[1]);
    long offset = word == "yesterday" ? -1 : word == "tomorrow" ? 1 : 0;
    // "the day after tomorrow", "the day before yesterday".
    const std::string modifier = lower(g[0]);
    if (modifier.ends_with("after")) ++offset;
    if (modifier.ends_with("before")) --offset;
    out.value = dates::format_day(dates::add_days(*context.anchor, offset));
    if (word == "tonight") out.value += "TNI";
    return true;
  }

  // "last week", "the past year", "the quarter".
  static bool interpret_relative_unit(const std::optional<CivilDate>& anchor, const Groups& g,
                                      Parsed& out) {
    if (!anchor) return true;
    std::string which = lower(g[1]);
    for (char& c : which) {
      if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    }
    if (which.starts_with("the ")) which = which.substr(which.find_first_not_of(' ', 4));
    if (which.starts_with("this ")) which = "last";  // "this past week"
    const std::string unit = lower(g[2]);
    // "the year" alone is too vague; "the quarter" in business news is the one just reported.
    if (which == "the" && g[0].empty() && unit != "quarter") return false;
    int step = 0;
    if (which == "last" || which == "past" || which == "previous" || which == "prior") step = -1;
    if (which == "next" || which == "coming" || which == "following") step = 1;
    if ((which == "latest" || (which == "the" && g[0].empty())) && unit == "quarter") step = -1;
    out.value = relative_unit(*anchor, unit, step);
    return true;
  }

  // "three days ago", "two years later", "years ago".
  static bool interpret_ago(const std::optional<CivilDate>& anchor, const Groups& g, Parsed& out) {
    const double count = count_of(g[0]);
    if (count < 0) {
      out.value = lower(g[2]) == "later" ? "FUTURE_REF" : "PAST_REF";
      return true;
    }
    if (!anchor) return true;
    std::string unit = lower(g[1]);
    if (unit.ends_with('s')) unit.pop_back();
    const int sign = lower(g[2]) == "later" ? 1 : -1;
    const int n = static_cast<int>(count) * sign;
    if (unit == "day") {
      out.value = dates::format_day(dates::add_days(*anchor, n));
    } else if (unit == "week") {
      out.value = dates::format_week(dates::iso_week(dates::add_days(*anchor, 7L * n)));
    } else if (unit == "month") {
      const CivilDate date = dates::add_months(*anchor, n);
      out.value = dates::format_month(date.year, date.month);
    } else if (unit == "year") {
      out.value = dates::format_year(anchor->year + n);
    } else {
      out.value = dates::format_year(anchor->year + 10 * n);
    }
    return true;
  }

  // "now", "in the future", "recently": the present, future or past as a whole.
  static bool interpret_vague(std::string_view mention, Parsed& out) {
    const std::string word = lower(mention);
    if (word == "now" || word == "currently") {
      out.value = "PRESENT_REF";
    } else if (word.find("future") != std::string::npos ||
               word.find("coming") != std::string::npos) {
      out.value = "FUTURE_REF";
    } else {
      out.value = "PAST_REF";
    }
    return true;
  }

  // The mention stands alone inside quote marks: a title, not a date.
  static bool quoted(std::string_view text, std::uint32_t start, std::uint32_t end) {
    const bool open = (start >= 1 && text[start - 1] == '"') ||
                      (start >= 3 && text.substr(start - 3, 3) == "\xe2\x80\x9c");
    if (!open) return false;
    std::size_t after = end;
    if (after < text.size() && (text[after] == ',' || text[after] == '.')) ++after;
    return (after < text.size() && text[after] == '"') || text.substr(after, 3) == "\xe2\x80\x9d";
  }

  // A bare four-digit number is a year unless its context makes it a count or a measure.
  static bool year_plausible(std::string_view text, std::uint32_t start, std::uint32_t end,
                             int year) {
    if (start > 0) {
      const char before = text[start - 1];
      if (before == '$' || before == '#' || before == '.' || before == ',' || before == '-' ||
          before == '/' || before == ':' || is_digit(before))
        return false;
      // A currency sign or code right before: "US$ 2000", "£2000" (UTF-8 lead bytes).
      if (static_cast<unsigned char>(before) >= 0x80) return false;
    }
    if (end < text.size()) {
      const char after = text[end];
      if (after == '%' || after == '-' || after == '/' || after == ':') {
        // "2016-2018" is two years; "2000-strong" is not a year.
        if (!(after == '-' && end + 4 < text.size() && is_digit(text[end + 1]))) return false;
      }
      if ((after == '.' || after == ',') && end + 1 < text.size() && is_digit(text[end + 1]))
        return false;
    }
    const std::string next = word_after(text, end);
    if (dates::in_context_class(next, dates::kCountNoun)) return false;
    const std::string previous = word_before(text, start);
    if (dates::in_context_class(previous, dates::kApproximator)) return false;
    if (year < 1900) {
      // Older years need a word that introduces a date.
      if (!dates::in_context_class(previous, dates::kOldYearLead)) return false;
    }
    return true;
  }

  static std::string relative_unit(CivilDate anchor, std::string_view unit, int step) {
    if (unit == "week") {
      return dates::format_week(dates::iso_week(dates::add_days(anchor, 7L * step)));
    }
    if (unit == "weekend") {
      return dates::format_week(dates::iso_week(dates::add_days(anchor, 7L * step))) + "-WE";
    }
    if (unit == "month") {
      const CivilDate date = dates::add_months(anchor, step);
      return dates::format_month(date.year, date.month);
    }
    if (unit == "quarter") {
      int index = anchor.year * 4 + quarter_of(anchor.month) - 1 + step;
      return dates::format_year(index / 4) + "-Q" + std::to_string(index % 4 + 1);
    }
    if (unit == "decade") return std::to_string(anchor.year / 10 + step);
    if (unit == "century") return std::to_string(anchor.year / 100 + step);
    return dates::format_year(anchor.year + step);
  }

  // "Feb 9 – May 2, 2026": a yearless date right before a dated one in a range takes its year.
  static void propagate_range_years(std::string_view text, std::vector<DateMention>& mentions,
                                    const std::vector<Parsed>& parsed) {
    const std::size_t first = mentions.size() - parsed.size();
    for (std::size_t i = 0; i + 1 < parsed.size(); ++i) {
      const Parsed& left = parsed[i];
      const Parsed& right = parsed[i + 1];
      if (!left.yearless_day || !right.explicit_year || right.year == 0) continue;
      DateMention& mention = mentions[first + i];
      const DateMention& next = mentions[first + i + 1];
      std::string_view gap = text.substr(mention.span.end, next.span.start - mention.span.end);
      while (!gap.empty() && (gap.front() == ' ' || gap.front() == '\n')) gap.remove_prefix(1);
      while (!gap.empty() && (gap.back() == ' ' || gap.back() == '\n')) gap.remove_suffix(1);
      if (!dates::in_context_class(gap, dates::kRangeJoiner)) continue;
      CivilDate date{right.year, left.month, left.day};
      if (next.value.size() >= 7 && left.month > to_int(next.value.substr(5, 2))) --date.year;
      if (!dates::valid_date(date)) continue;
      mention.value = dates::format_day(date);
    }
  }

  std::unique_ptr<RE2> prefilter_;
  std::vector<std::unique_ptr<RE2>> families_;
  std::unique_ptr<RE2::Set> family_set_;
};

}  // namespace

std::shared_ptr<const Annotator> make_date_annotator() {
  return std::make_shared<DateAnnotator>();
}

}  // namespace newsmine
