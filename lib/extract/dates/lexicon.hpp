// Word tables for dates and percentages: month and weekday names, number words. Lookups are
// case-insensitive and O(table size) over a few dozen entries.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsmine::dates {

// The word lists that the date family patterns (dates.cpp) and the trigger scan (triggers.cpp)
// share, lowercase; the patterns try them in this order.
inline constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
inline constexpr std::array<std::string_view, 12> kMonthAbbreviations = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"};
inline constexpr std::array<std::string_view, 7> kWeekdayNames = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
inline constexpr std::array<std::string_view, 5> kSeasons = {"spring", "summer", "fall", "autumn",
                                                             "winter"};
inline constexpr std::array<std::string_view, 4> kDayParts = {"morning", "afternoon", "evening",
                                                              "night"};
inline constexpr std::array<std::string_view, 4> kOrdinalWords = {"first", "second", "third",
                                                                  "fourth"};
inline constexpr std::array<std::string_view, 3> kModifiers = {"early", "mid", "late"};
// "the end of", "the beginning of" ...
inline constexpr std::array<std::string_view, 4> kPeriodEdges = {"end", "beginning", "start",
                                                                 "middle"};
inline constexpr std::array<std::string_view, 7> kRelativeAdjectives = {
    "coming", "past", "previous", "following", "prior", "current", "latest"};
// Counts before a unit ("two years ago").
inline constexpr std::array<std::string_view, 20> kCountWords = {
    "a",    "an",  "one",    "two",    "three",   "four",   "five",   "six",   "seven", "eight",
    "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "several"};

// The words of `list` joined by "|", for a regular expression.
template <std::size_t N>
std::string alternation(const std::array<std::string_view, N>& list) {
  std::string out;
  for (std::string_view word : list) {
    if (!out.empty()) out += '|';
    out += word;
  }
  return out;
}

// 1..12 for a month name or its abbreviation ("Sept.", "jan"), else 0.
int month_number(std::string_view word);
// 0 = Monday ... 6 = Sunday, or -1.
int weekday_number(std::string_view word);
// "one" -> 1 ... "ninety" -> 90, "a"/"an" -> 1, "first" -> 1 ... "fourth" -> 4 (ordinals up
// to "twelfth"), "half" -> 0.5, "quarter" -> 0.25; -1 when not a number word. Hyphenated
// tens ("twenty-five") are summed.
double number_word(std::string_view word);

// Classes of the words around a date candidate (data/dates/context-words.tsv, see there).
enum ContextClass : std::uint8_t {
  kMonthLead = 1,     // "in May", "since March"
  kAfterModal = 2,    // "and May I add"
  kCountNoun = 4,     // "1990 tonnes"
  kApproximator = 8,  // "about 1990"
  kOldYearLead = 16,  // "in 1871"
  kRangeJoiner = 32,  // "Feb 9 - May 2, 2026"
};
// Whether `word` (lower case, as written for a range joiner) is in class `wanted`.
bool in_context_class(std::string_view word, ContextClass wanted);

}  // namespace newsmine::dates
