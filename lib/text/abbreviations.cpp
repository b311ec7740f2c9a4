// Closed word lists: sorted constant arrays (sorted to keep them readable and free of
// duplicates), looked up through word sets built on first use.
#include "text/abbreviations.hpp"

#include <array>

#include "text/ascii.hpp"
#include "text/word_table.hpp"

namespace newsmine::text {
namespace {

template <std::size_t N>
constexpr bool is_sorted_list(const std::array<std::string_view, N>& words) {
  for (std::size_t i = 1; i < N; ++i) {
    if (!(words[i - 1] < words[i])) return false;
  }
  return true;
}

// Titles and other abbreviations that are followed by a name or number.
constexpr std::array<std::string_view, 45> kTitles = {
    "Adm",  "Art",  "Capt", "Cmdr", "Col",  "Cpl", "Det",    "Dr",   "Drs", "Fig", "Ft",   "Gen",
    "Gens", "Gov",  "Hon",  "Insp", "Lt",   "Maj", "Messrs", "Mr",   "Mrs", "Ms",  "Msgr", "Mt",
    "No",   "Nos",  "Pfc",  "Pres", "Prof", "Pvt", "Rep",    "Reps", "Rev", "Sen", "Sens", "Sgt",
    "St",   "Supt", "cf",   "fig",  "no",   "nos", "pp",     "v",    "vs"};
static_assert(is_sorted_list(kTitles));

// Other abbreviations: months, days, companies, US states, Latin.
constexpr std::array<std::string_view, 80> kOthers = {
    "Ala",   "Apr", "Ariz", "Ark",  "Assn", "Aug",  "Ave",   "Bldg",   "Blvd", "Bros",
    "Calif", "Co",  "Colo", "Conn", "Corp", "Cos",  "Dec",   "Del",    "Dept", "Dist",
    "Feb",   "Fla", "Fri",  "Ga",   "Govt", "Ill",  "Inc",   "Ind",    "Intl", "Jan",
    "Jr",    "Jul", "Jun",  "Kan",  "Kans", "Ky",   "La",    "Ltd",    "Mar",  "Mass",
    "Md",    "Mfg", "Mich", "Minn", "Miss", "Mo",   "Mon",   "Mont",   "Neb",  "Nev",
    "Nov",   "Oct", "Okla", "Ont",  "Ore",  "Pa",   "Penn",  "Rd",     "Sat",  "Sep",
    "Sept",  "Sr",  "Tenn", "Tex",  "Thu",  "Thur", "Thurs", "Tue",    "Tues", "Univ",
    "Va",    "Vt",  "Wash", "Wed",  "Wis",  "Wyo",  "al",    "approx", "est",  "etc"};
static_assert(is_sorted_list(kOthers));

constexpr std::array<std::string_view, 9> kNumberAbbreviations = {"Art", "Fig", "No", "Nos", "fig",
                                                                  "no",  "nos", "p",  "pp"};
static_assert(is_sorted_list(kNumberAbbreviations));

constexpr std::array<std::string_view, 109> kStarters = {
    "A",          "According", "Additionally", "After",
    "Again",      "All",       "Also",         "Although",
    "Among",      "An",        "And",          "Another",
    "Any",        "As",        "Asked",        "At",
    "Because",    "Before",    "Both",         "But",
    "By",         "Currently", "Despite",      "During",
    "Each",       "Earlier",   "Even",         "Every",
    "For",        "From",      "Further",      "He",
    "Her",        "Here",      "His",          "How",
    "However",    "I",         "If",           "In",
    "Indeed",     "Instead",   "It",           "Its",
    "Last",       "Later",     "Many",         "Meanwhile",
    "More",       "Moreover",  "Most",         "Much",
    "My",         "Neither",   "Nevertheless", "No",
    "None",       "Nor",       "Not",          "Now",
    "Of",         "On",        "One",          "Only",
    "Or",         "Other",     "Our",          "Over",
    "Previously", "Recently",  "Separately",   "Several",
    "She",        "Since",     "So",           "Some",
    "Still",      "Such",      "That",         "The",
    "Their",      "Then",      "There",        "These",
    "They",       "This",      "Those",        "Though",
    "Thus",       "To",        "Today",        "Two",
    "Under",      "Until",     "We",           "What",
    "When",       "Where",     "Whether",      "Which",
    "While",      "Who",       "Why",          "With",
    "Without",    "Yesterday", "Yet",          "You",
    "Your"};
static_assert(is_sorted_list(kStarters));

constexpr std::array<std::string_view, 77> kFunctionWords = {
    "a",     "about", "after",   "against", "amid",      "among",   "an",      "and",   "are",
    "as",    "at",    "be",      "been",    "before",    "being",   "between", "but",   "by",
    "can",   "could", "despite", "during",  "for",       "from",    "had",     "has",   "have",
    "her",   "his",   "if",      "in",      "including", "into",    "is",      "its",   "may",
    "might", "more",  "most",    "must",    "my",        "nor",     "not",     "of",    "on",
    "onto",  "or",    "our",     "over",    "per",       "shall",   "should",  "than",  "that",
    "the",   "their", "these",   "this",    "those",     "through", "to",      "under", "until",
    "upon",  "very",  "via",     "was",     "were",      "which",   "while",   "who",   "whose",
    "will",  "with",  "within",  "would",   "your"};
static_assert(is_sorted_list(kFunctionWords));

// Starters that also join phrases ("the U.S. And Europe", "exports to the U.S. To ..."): in
// some wire copy the word after "U.S." is capitalised, so after an abbreviation they do not
// start a sentence.
constexpr std::array<std::string_view, 14> kJoiningStarters = {
    "And", "As", "By",   "For",  "From", "Nor",   "Not",
    "Of",  "Or", "Over", "Than", "To",   "Under", "With"};
static_assert(is_sorted_list(kJoiningStarters));

const WordSet& title_set() {
  static const WordSet set(kTitles);
  return set;
}

}  // namespace

bool is_abbreviation(std::string_view word) {
  static const WordSet others(kOthers);
  return title_set().contains(word) || others.contains(word);
}

bool is_abbreviation_any_case(std::string_view word) {
  if (is_abbreviation(word)) return true;
  char folded[16];
  if (word.empty() || word.size() > sizeof folded) return false;
  for (std::size_t i = 0; i < word.size(); ++i) folded[i] = to_lower(word[i]);
  std::string_view form(folded, word.size());
  if (is_abbreviation(form)) return true;  // lowercase: "ETC" -> "etc"
  if (is_lower(folded[0])) folded[0] = static_cast<char>(folded[0] - ('a' - 'A'));
  return is_abbreviation(form);  // title case: "MR" -> "Mr"
}

bool is_title_abbreviation(std::string_view word) {
  return title_set().contains(word);
}

bool is_number_abbreviation(std::string_view word) {
  static const WordSet set(kNumberAbbreviations);
  return set.contains(word);
}

bool is_sentence_starter(std::string_view word) {
  static const WordSet set(kStarters);
  return set.contains(word);
}

bool is_joining_starter(std::string_view word) {
  static const WordSet set(kJoiningStarters);
  return set.contains(word);
}

bool is_function_word(std::string_view word) {
  static const WordSet set(kFunctionWords);
  return set.contains(word);
}

}  // namespace newsmine::text
