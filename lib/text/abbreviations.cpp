// Closed word lists, read from data/text/ (embedded) into word tables on first use.
#include "text/abbreviations.hpp"

#include "text/ascii.hpp"
#include "text/listed_words.hpp"

namespace newsmine::text {
namespace {

const ListedWords& title_set() {
  static const ListedWords set{"text/title-abbreviations.txt"};
  return set;
}

}  // namespace

bool is_abbreviation(std::string_view word) {
  static const ListedWords others{"text/other-abbreviations.txt"};
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
  static const ListedWords set{"text/number-abbreviations.txt"};
  return set.contains(word);
}

bool is_sentence_starter(std::string_view word) {
  static const ListedWords set{"text/sentence-starters.txt"};
  return set.contains(word);
}

bool is_joining_starter(std::string_view word) {
  static const ListedWords set{"text/joining-starters.txt"};
  return set.contains(word);
}

bool is_function_word(std::string_view word) {
  static const ListedWords set{"text/function-words.txt"};
  return set.contains(word);
}

}  // namespace newsmine::text
