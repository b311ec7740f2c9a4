// Word tables for dates and percentages: month and weekday names, number words. Lookups are
// case-insensitive and O(table size) over a few dozen entries.
#pragma once

#include <string_view>

namespace newsmine::dates {

// 1..12 for a month name or its abbreviation ("Sept.", "jan"), else 0.
int month_number(std::string_view word);
// 0 = Monday ... 6 = Sunday, or -1.
int weekday_number(std::string_view word);
// "one" -> 1 ... "ninety" -> 90, "a"/"an" -> 1, "first" -> 1 ... "fourth" -> 4 (ordinals up
// to "twelfth"), "half" -> 0.5, "quarter" -> 0.25; -1 when not a number word. Hyphenated
// tens ("twenty-five") are summed.
double number_word(std::string_view word);

}  // namespace newsmine::dates
