// normalize_date: publication dates in ISO 8601 and RFC 2822 form to "YYYY-MM-DD".
#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include "newsmine/reader.hpp"
#include "text/ascii.hpp"

namespace newsmine {

namespace {

using text::is_alpha;
using text::is_digit;

// Reads exactly `count` digits at text[pos]; advances pos.
bool read_digits(std::string_view text, std::size_t& pos, std::size_t count, int& value) {
  if (text.size() - pos < count) return false;
  int parsed = 0;
  for (std::size_t k = 0; k < count; ++k) {
    if (!is_digit(text[pos + k])) return false;
    parsed = parsed * 10 + (text[pos + k] - '0');
  }
  pos += count;
  value = parsed;
  return true;
}

// Reads 1 to `most` digits at text[pos]; advances pos.
bool read_number(std::string_view text, std::size_t& pos, std::size_t most, int& value) {
  std::size_t start = pos;
  int parsed = 0;
  while (pos < text.size() && pos - start < most && is_digit(text[pos])) {
    parsed = parsed * 10 + (text[pos] - '0');
    ++pos;
  }
  if (pos == start || (pos < text.size() && is_digit(text[pos]))) return false;
  value = parsed;
  return true;
}

std::string_view read_word(std::string_view text, std::size_t& pos) {
  std::size_t start = pos;
  while (pos < text.size() && is_alpha(text[pos])) ++pos;
  return text.substr(start, pos - start);
}

void skip_spaces(std::string_view text, std::size_t& pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
}

constexpr auto equals_ignoring_case = text::equals_lower;

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// 1-12 for an English month name or its three-letter abbreviation ("Sept" too), else 0.
int month_number(std::string_view word) {
  for (std::size_t k = 0; k < kMonths.size(); ++k) {
    if (equals_ignoring_case(word, kMonths[k]) ||
        equals_ignoring_case(word, kMonths[k].substr(0, 3)) ||
        (k == 8 && equals_ignoring_case(word, "sept"))) {
      return static_cast<int>(k) + 1;
    }
  }
  return 0;
}

bool is_weekday(std::string_view word) {
  for (std::string_view day : kWeekdays) {
    if (equals_ignoring_case(word, day) || equals_ignoring_case(word, day.substr(0, 3))) {
      return true;
    }
  }
  return false;
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

std::string format_date(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      day > days_in_month(year, month)) {
    return {};
  }
  std::string date = "0000-00-00";
  for (std::size_t k = 4; k-- > 0; year /= 10) date[k] = static_cast<char>('0' + year % 10);
  date[5] = static_cast<char>('0' + month / 10);
  date[6] = static_cast<char>('0' + month % 10);
  date[8] = static_cast<char>('0' + day / 10);
  date[9] = static_cast<char>('0' + day % 10);
  return date;
}

// What may follow a date: nothing, or a time ("T08:00:00Z", " 08:00 +0000").
bool ends_date(std::string_view text, std::size_t pos) {
  if (pos == text.size()) return true;
  if (text[pos] == 'T' || text[pos] == 't') return pos + 1 < text.size() && is_digit(text[pos + 1]);
  if (text[pos] != ' ' && text[pos] != ',') return false;
  ++pos;
  skip_spaces(text, pos);
  return pos < text.size() && is_digit(text[pos]);
}

// "2025-04-21", "2025/04/21", "20250421", each optionally followed by a time.
std::string parse_iso(std::string_view text) {
  std::size_t pos = 0;
  int year = 0;
  int month = 0;
  int day = 0;
  if (!read_digits(text, pos, 4, year) || pos == text.size()) return {};
  const char separator = text[pos];
  if (separator == '-' || separator == '/' || separator == '.') {
    ++pos;
    if (!read_number(text, pos, 2, month) || pos == text.size() || text[pos] != separator) {
      return {};
    }
    ++pos;
    if (!read_number(text, pos, 2, day)) return {};
  } else if (!read_digits(text, pos, 2, month) || !read_digits(text, pos, 2, day)) {
    return {};
  }
  if (!ends_date(text, pos)) return {};
  return format_date(year, month, day);
}

// RFC 2822 "Mon, 21 Apr 2025 08:00:00 +0000" (weekday optional, two-digit years as the RFC
// says), and the common "April 21, 2025" / "21 April 2025" forms.
std::string parse_named_month(std::string_view text) {
  std::size_t pos = 0;
  std::string_view word = read_word(text, pos);
  if (!word.empty() && is_weekday(word)) {
    if (pos < text.size() && text[pos] == ',') ++pos;
    skip_spaces(text, pos);
    word = read_word(text, pos);
  }
  int day = 0;
  int month = 0;
  int year = 0;
  if (word.empty()) {  // "21 Apr 2025"
    if (!read_number(text, pos, 2, day)) return {};
    if (pos < text.size() && text[pos] == '-') ++pos;  // "21-Apr-2025"
    skip_spaces(text, pos);
    month = month_number(read_word(text, pos));
    if (pos < text.size() && (text[pos] == '-' || text[pos] == '.')) ++pos;
    skip_spaces(text, pos);
  } else {  // "Apr 21, 2025"
    month = month_number(word);
    if (pos < text.size() && text[pos] == '.') ++pos;
    skip_spaces(text, pos);
    if (!read_number(text, pos, 2, day)) return {};
    if (pos < text.size() && text[pos] == ',') ++pos;
    skip_spaces(text, pos);
  }
  if (month == 0) return {};
  const std::size_t year_start = pos;
  if (!read_number(text, pos, 4, year)) return {};
  if (pos - year_start == 2) {
    year += year < 50 ? 2000 : 1900;
  } else if (pos - year_start != 4) {
    return {};
  }
  if (!ends_date(text, pos)) return {};
  return format_date(year, month, day);
}

}  // namespace

std::string normalize_date(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  if (text.empty()) return {};
  if (is_digit(text[0])) {
    std::string iso = parse_iso(text);
    if (!iso.empty()) return iso;
  }
  return parse_named_month(text);
}

}  // namespace newsmine
