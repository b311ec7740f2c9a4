#include "extract/dates/lexicon.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "text/word_table.hpp"
#include "util/list_lines.hpp"

namespace newsmine::dates {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  }
  return true;
}

std::string_view strip_period(std::string_view word) {
  return word.ends_with('.') ? word.substr(0, word.size() - 1) : word;
}

struct NumberWord {
  std::string_view word;
  double value;
};

constexpr std::array<NumberWord, 44> kNumberWords = {{
    {"a", 1},         {"an", 1},         {"one", 1},       {"two", 2},        {"three", 3},
    {"four", 4},      {"five", 5},       {"six", 6},       {"seven", 7},      {"eight", 8},
    {"nine", 9},      {"ten", 10},       {"eleven", 11},   {"twelve", 12},    {"thirteen", 13},
    {"fourteen", 14}, {"fifteen", 15},   {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18},
    {"nineteen", 19}, {"twenty", 20},    {"thirty", 30},   {"forty", 40},     {"fifty", 50},
    {"sixty", 60},    {"seventy", 70},   {"eighty", 80},   {"ninety", 90},    {"hundred", 100},
    {"half", 0.5},    {"quarter", 0.25}, {"first", 1},     {"second", 2},     {"third", 3},
    {"fourth", 4},    {"fifth", 5},      {"sixth", 6},     {"seventh", 7},    {"eighth", 8},
    {"ninth", 9},     {"tenth", 10},     {"eleventh", 11}, {"twelfth", 12},
}};

[[gnu::noinline]] text::WordTable<std::uint8_t> read_context_words() {
  constexpr std::string_view kList = "dates/context-words.tsv";
  static constexpr std::array<std::pair<std::string_view, ContextClass>, 6> kNames = {
      {{"month-lead", kMonthLead},
       {"after-modal", kAfterModal},
       {"count-noun", kCountNoun},
       {"approximator", kApproximator},
       {"old-year-lead", kOldYearLead},
       {"range-joiner", kRangeJoiner}}};
  text::WordTable<std::uint8_t> table;
  util::for_each_embedded_line(kList, [&](std::string_view line, std::size_t number) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) util::throw_list_error(kList, number, "needs a class");
    std::uint8_t bits = 0;
    util::for_each_item(line.substr(tab + 1), [&](std::string_view name) {
      const auto* found = std::find_if(kNames.begin(), kNames.end(),
                                       [&](const auto& entry) { return entry.first == name; });
      if (found == kNames.end() || (bits & found->second) != 0) {
        util::throw_list_error(kList, number, "unknown or repeated class");
      }
      bits = static_cast<std::uint8_t>(bits | found->second);
    });
    table.insert(line.substr(0, tab), bits);
  });
  return table;
}

}  // namespace

int month_number(std::string_view word) {
  word = strip_period(word);
  if (word.size() < 3) return 0;
  for (int month = 0; month < 12; ++month) {
    const std::string_view name = kMonthNames[static_cast<std::size_t>(month)];
    if (iequals(word, name)) return month + 1;
    if (word.size() == 3 && iequals(word, name.substr(0, 3))) return month + 1;
  }
  if (iequals(word, "sept")) return 9;
  return 0;
}

int weekday_number(std::string_view word) {
  for (int day = 0; day < 7; ++day) {
    if (iequals(word, kWeekdayNames[static_cast<std::size_t>(day)])) return day;
  }
  return -1;
}

double number_word(std::string_view word) {
  if (std::size_t dash = word.find('-'); dash != std::string_view::npos) {
    const double tens = number_word(word.substr(0, dash));
    const double ones = number_word(word.substr(dash + 1));
    if (tens >= 20 && ones >= 1 && ones < 10) return tens + ones;
    return -1;
  }
  for (const NumberWord& entry : kNumberWords) {
    if (iequals(word, entry.word)) return entry.value;
  }
  return -1;
}

bool in_context_class(std::string_view word, ContextClass wanted) {
  static const text::WordTable<std::uint8_t> table = read_context_words();
  const std::uint8_t* bits = table.find(word);
  return bits != nullptr && (*bits & wanted) != 0;
}

}  // namespace newsmine::dates
