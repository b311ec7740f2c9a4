#include "extract/dates/calendar.hpp"

#include <fmt/format.h>

namespace newsmine::dates {

// Howard Hinnant's civil-from-days algorithms.
long days_from_civil(CivilDate date) {
  const long year = date.year - (date.month <= 2 ? 1 : 0);
  const long era = (year >= 0 ? year : year - 399) / 400;
  const long year_of_era = year - era * 400;
  const long month_index = date.month > 2 ? date.month - 3 : date.month + 9;
  const long day_of_year = (153 * month_index + 2) / 5 + date.day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate civil_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long day_of_era = days - era * 146097;
  const long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long month_index = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * month_index + 2) / 5 + 1);
  const int month = static_cast<int>(month_index < 10 ? month_index + 3 : month_index - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

int weekday(CivilDate date) {
  const long days = days_from_civil(date);
  // 1970-01-01 was a Thursday (3).
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

bool valid_date(CivilDate date) {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 &&
         date.day <= days_in_month(date.year, date.month);
}

CivilDate add_days(CivilDate date, long days) {
  return civil_from_days(days_from_civil(date) + days);
}

CivilDate add_months(CivilDate date, int months) {
  int index = date.year * 12 + (date.month - 1) + months;
  CivilDate out{index / 12, index % 12 + 1, date.day};
  if (out.day > days_in_month(out.year, out.month)) out.day = days_in_month(out.year, out.month);
  return out;
}

IsoWeek iso_week(CivilDate date) {
  // The ISO week belongs to the year of its Thursday.
  const CivilDate thursday = add_days(date, 3 - weekday(date));
  const long first = days_from_civil({thursday.year, 1, 1});
  const long week = (days_from_civil(thursday) - first) / 7 + 1;
  return {thursday.year, static_cast<int>(week)};
}

bool parse_iso_date(std::string_view text, CivilDate& date) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  const std::size_t begins[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int part = 0; part < 3; ++part) {
    for (std::size_t i = 0; i < lengths[part]; ++i) {
      const char c = text[begins[part] + i];
      if (c < '0' || c > '9') return false;
      parts[part] = parts[part] * 10 + (c - '0');
    }
  }
  date = {parts[0], parts[1], parts[2]};
  return valid_date(date);
}

namespace {

// Appends `value` zero-padded to `width` digits, as fmt's "{:0N}" writes it; a plain loop, since
// fmt's format-string parsing costs more than the dates it formats.
void append_padded(std::string& out, int value, int width) {
  if (value < 0 || value >= (width == 2 ? 100 : 10000)) {
    out += fmt::format("{:0{}}", value, width);
    return;
  }
  char digits[4];
  for (int i = width - 1; i >= 0; --i) {
    digits[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out.append(digits, static_cast<std::size_t>(width));
}

}  // namespace

std::string format_day(CivilDate date) {
  std::string out;
  append_padded(out, date.year, 4);
  out += '-';
  append_padded(out, date.month, 2);
  out += '-';
  append_padded(out, date.day, 2);
  return out;
}
std::string format_month(int year, int month) {
  std::string out;
  append_padded(out, year, 4);
  out += '-';
  append_padded(out, month, 2);
  return out;
}
std::string format_year(int year) {
  std::string out;
  append_padded(out, year, 4);
  return out;
}
std::string format_week(IsoWeek week) {
  std::string out;
  append_padded(out, week.year, 4);
  out += "-W";
  append_padded(out, week.week, 2);
  return out;
}
std::string format_unknown_year_day(int month, int day) {
  std::string out = "XXXX-";
  append_padded(out, month, 2);
  out += '-';
  append_padded(out, day, 2);
  return out;
}
std::string format_unknown_year_month(int month) {
  std::string out = "XXXX-";
  append_padded(out, month, 2);
  return out;
}

}  // namespace newsmine::dates
