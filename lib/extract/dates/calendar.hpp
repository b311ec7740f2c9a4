// Proleptic Gregorian calendar arithmetic for date resolution: day numbers, weekdays, ISO
// weeks and the TIMEX3 value strings built from them. Pure functions, O(1) each.
#pragma once

#include <string>
#include <string_view>

namespace newsmine::dates {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// Days since 1970-01-01 (negative before).
long days_from_civil(CivilDate date);
CivilDate civil_from_days(long days);
// 0 = Monday ... 6 = Sunday.
int weekday(CivilDate date);
int days_in_month(int year, int month);
bool valid_date(CivilDate date);
CivilDate add_days(CivilDate date, long days);
// Adds months, clamping the day to the target month's length.
CivilDate add_months(CivilDate date, int months);

struct IsoWeek {
  int year = 0;
  int week = 0;  // 1..53
};
IsoWeek iso_week(CivilDate date);

// Parses "YYYY-MM-DD"; false when `text` is not a valid date.
bool parse_iso_date(std::string_view text, CivilDate& date);

// TIMEX3 values: "2025-05-30", "2025-05", "2025", "2025-W16", "XXXX-05-30", "XXXX-05".
std::string format_day(CivilDate date);
std::string format_month(int year, int month);
std::string format_year(int year);
std::string format_week(IsoWeek week);
std::string format_unknown_year_day(int month, int day);
std::string format_unknown_year_month(int month);

}  // namespace newsmine::dates
