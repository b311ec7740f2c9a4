// Table-driven tests of the date annotator: every form of issue 3 with an anchor date.
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "extract/dates/calendar.hpp"
#include "newsmine/extractors.hpp"

namespace newsmine {
namespace {

using Found = std::vector<std::pair<std::string, std::string>>;  // (surface, value or "null")

Found find_dates(const std::string& anchor, const std::string& text, bool split = true) {
  static const std::array<Analyzer, 2> analyzers = [] {
    std::array<Analyzer, 2> built;
    for (Analyzer& analyzer : built) analyzer.add(make_date_annotator());
    built[0].set_split_sentences(false);  // the annotator splits on demand
    return built;
  }();
  Document doc;
  doc.date = anchor;
  doc.text = text;
  Analysis analysis;
  analyzers[split ? 1 : 0].analyze(doc, analysis);
  Found found;
  for (const DateMention& date : analysis.dates) {
    found.emplace_back(text.substr(date.span.start, date.span.end - date.span.start),
                       date.value.empty() ? "null" : date.value);
  }
  return found;
}

struct Case {
  const char* anchor;
  const char* text;
  Found expected;
};

class DateCases : public ::testing::TestWithParam<Case> {};

TEST_P(DateCases, FindsAndResolves) {
  const Case& c = GetParam();
  EXPECT_EQ(find_dates(c.anchor, c.text), c.expected) << c.text << " @ " << c.anchor;
  EXPECT_EQ(find_dates(c.anchor, c.text, false), c.expected) << c.text << " @ " << c.anchor;
}

INSTANTIATE_TEST_SUITE_P(
    Explicit, DateCases,
    ::testing::Values(
        Case{"2025-04-21", "The deadline is May 30.", {{"May 30", "2025-05-30"}}},
        Case{
            "2025-04-21", "Talks resume June 2, 2025 in Geneva.", {{"June 2, 2025", "2025-06-02"}}},
        Case{"2025-10-11", "It starts November 1st, 2025.", {{"November 1st, 2025", "2025-11-01"}}},
        Case{"2025-10-11", "It starts 1 November 2025.", {{"1 November 2025", "2025-11-01"}}},
        Case{"2025-10-11", "Filed 2025-11-01 in court.", {{"2025-11-01", "2025-11-01"}}},
        Case{"2025-10-11", "Filed 11/01/2025 in court.", {{"11/01/2025", "2025-11-01"}}},
        Case{"2025-04-24", "Valid until Jan 24 2026.", {{"Jan 24 2026", "2026-01-24"}}},
        Case{"2025-04-24",
             "The window runs Feb 9 \xe2\x80\x93 May 2, 2026.",
             {{"Feb 9", "2026-02-09"}, {"May 2, 2026", "2026-05-02"}}},
        Case{"2025-06-02", "Exports fell in April.", {{"April", "2025-04"}}},
        Case{"2025-06-02", "Talks stalled in mid-April.", {{"mid-April", "2025-04"}}},
        Case{"2025-06-02", "They met in Geneva in early May.", {{"early May", "2025-05"}}},
        Case{"2025-06-02", "The law dates from 2016.", {{"2016", "2016"}}},
        Case{"2025-06-02", "Growth was faster in the 1990s.", {{"the 1990s", "199"}}},
        Case{"2025-06-02", "Profit rose in Q3 2025.", {{"Q3 2025", "2025-Q3"}}},
        Case{"2025-06-02", "The budget for fiscal 2025 grew.", {{"fiscal 2025", "2025"}}},
        Case{"1998-02-19", "Prices peaked in March 1996.", {{"March 1996", "1996-03"}}},
        Case{"1998-02-19", "It ended in the 20th century.", {{"the 20th century", "19"}}}));

INSTANTIATE_TEST_SUITE_P(
    Weekdays, DateCases,
    ::testing::Values(
        // 2025-04-17 is a Thursday.
        Case{"2025-04-17", "Trump met Xi on Monday.", {{"Monday", "2025-04-14"}}},
        Case{"2025-04-17", "Trump will meet Xi on Monday.", {{"Monday", "2025-04-21"}}},
        Case{"2025-04-17", "China is expected to respond on Monday.", {{"Monday", "2025-04-21"}}},
        Case{"2025-04-17",
             "Officials said on Thursday that talks stalled.",
             {{"Thursday", "2025-04-17"}}},
        Case{"2025-04-17", "The threat was reinforced on Sunday.", {{"Sunday", "2025-04-13"}}},
        Case{"2025-04-17", "He spoke last Thursday.", {{"last Thursday", "2025-04-10"}}},
        Case{"2025-04-17", "They meet next Thursday.", {{"next Thursday", "2025-04-24"}}},
        Case{"2025-04-17",
             "Markets fell sharply Wednesday night.",
             {{"Wednesday night", "2025-04-16TNI"}}}));

INSTANTIATE_TEST_SUITE_P(
    Relative, DateCases,
    ::testing::Values(
        Case{"2025-10-11", "The rules take effect today.", {{"today", "2025-10-11"}}},
        Case{"2025-10-11", "Prices fell yesterday.", {{"yesterday", "2025-10-10"}}},
        Case{"2025-10-11", "Talks resume tomorrow.", {{"tomorrow", "2025-10-12"}}},
        Case{"2025-10-11",
             "Talks resume the day after tomorrow.",
             {{"the day after tomorrow", "2025-10-13"}}},
        Case{"2025-10-11", "Prices rose over the past week.", {{"the past week", "2025-W40"}}},
        Case{"2025-04-21", "Tariffs rose last week.", {{"last week", "2025-W16"}}},
        Case{"2025-04-21", "Talks continue this week.", {{"this week", "2025-W17"}}},
        Case{"2025-04-21", "Talks resume next month.", {{"next month", "2025-05"}}},
        Case{"2025-04-21", "Exports slowed last month.", {{"last month", "2025-03"}}},
        Case{"2025-04-21",
             "Earlier this month, China hit back.",
             {{"Earlier this month", "2025-04"}}},
        Case{"2025-04-21", "Growth slowed this year.", {{"this year", "2025"}}},
        Case{"2025-04-21", "Growth slowed last year.", {{"last year", "2024"}}},
        Case{"2025-04-21", "The deal was signed two years ago.", {{"two years ago", "2023"}}},
        Case{"2025-04-21", "Prices rose in recent weeks.", {{"recent weeks", "PAST_REF"}}},
        Case{"2025-04-21", "Tariffs are now at 145 percent.", {{"now", "PRESENT_REF"}}},
        Case{"2025-04-21", "Tariffs are currently high.", {{"currently", "PRESENT_REF"}}},
        Case{"2025-04-24",
             "China denied talks earlier in the week.",
             {{"earlier in the week", "2025-W17"}}}));

INSTANTIATE_TEST_SUITE_P(
    CalendarEdges, DateCases,
    ::testing::Values(
        // Year roll-over: December in a January article, January in a December one.
        Case{"2026-01-10", "Sales rose in December.", {{"December", "2025-12"}}},
        Case{"2026-01-10", "Sales rose on December 15.", {{"December 15", "2025-12-15"}}},
        Case{"2025-12-10", "The cut takes effect in January.", {{"January", "2026-01"}}},
        Case{"2025-12-10", "Talks resume next month.", {{"next month", "2026-01"}}},
        Case{"2026-01-05", "Exports slowed last month.", {{"last month", "2025-12"}}},
        // Leap days.
        Case{"2024-03-01", "The bill passed on February 29.", {{"February 29", "2024-02-29"}}},
        Case{"2025-03-03", "The bill passed on Feb. 29.", {{"Feb. 29", "2024-02-29"}}},
        Case{"2024-03-01", "It was signed Feb 29, 2024.", {{"Feb 29, 2024", "2024-02-29"}}},
        Case{"2024-03-01", "The bill passed yesterday.", {{"yesterday", "2024-02-29"}}},
        // ISO weeks at year boundaries: 2021-01-03 is in 2020-W53, 2024-12-30 in 2025-W01.
        Case{"2021-01-03", "Cases rose this week.", {{"this week", "2020-W53"}}},
        Case{"2024-12-30", "Markets open this week.", {{"this week", "2025-W01"}}},
        Case{"2025-01-06", "Markets fell last week.", {{"last week", "2025-W01"}}},
        Case{"2027-01-04", "Markets fell last week.", {{"last week", "2026-W53"}}}));

INSTANTIATE_TEST_SUITE_P(
    NotDates, DateCases,
    ::testing::Values(Case{"2025-04-21", "Trump announced a 90-day pause.", {}},
                      Case{"2025-04-21", "The feud has lasted two decades.", {}},
                      Case{"2025-04-21", "Trading opens at 9:30 a.m.", {}},
                      Case{"2025-04-21", "The Nikkei 225 fell 145 points.", {}},
                      Case{"2025-04-21", "Prices may rise, and May I add, they will.", {}},
                      Case{"2025-04-21", "China bought 2000 tonnes of soybeans.", {}},
                      Case{"2025-04-21", "The watch costs $2025 in stores.", {}},
                      Case{"2025-04-21", "Protesters march on the capital.", {}},
                      Case{"2025-04-21", "He spoke on the NBC program \"Today,\" on air.", {}}));

INSTANTIATE_TEST_SUITE_P(
    NoAnchor, DateCases,
    ::testing::Values(Case{"", "The deadline is May 30.", {{"May 30", "XXXX-05-30"}}},
                      Case{"", "Trump met Xi on Monday.", {{"Monday", "null"}}},
                      Case{"", "Exports fell last month.", {{"last month", "null"}}},
                      Case{"", "The law dates from 2016.", {{"2016", "2016"}}},
                      Case{"", "Talks resume June 2, 2025.", {{"June 2, 2025", "2025-06-02"}}}));

// Two-word shapes the annotator parses without the family patterns: the same results as
// the patterns give.
INSTANTIATE_TEST_SUITE_P(
    TwoWords, DateCases,
    ::testing::Values(Case{"2025-04-21", "It opens Sept. 5 in Oslo.", {{"Sept. 5", "2025-09-05"}}},
                      Case{"2025-04-21", "It opens Jan.5 in Oslo.", {{"Jan.5", "2025-01-05"}}},
                      Case{
                          "2025-04-21", "It opens sept 5th in Oslo.", {{"sept 5th", "2025-09-05"}}},
                      Case{"2025-04-21", "It closed March 31st.", {{"March 31st", "2025-03-31"}}},
                      Case{"2025-04-21", "It closed March 32.", {}},
                      Case{"2025-04-21", "It opens March05.", {}},
                      Case{"2025-04-21", "Profit rose in Q3 as expected.", {{"Q3", "2025-Q3"}}},
                      Case{"2025-04-21", "They meet May 5.", {{"May 5", "2025-05-05"}}},
                      Case{"2025-04-21", "They may 5 times.", {}},
                      Case{"2025-04-21", "Sales rose THIS WEEK.", {{"THIS WEEK", "2025-W17"}}},
                      Case{"2025-04-21", "Sales rose next  month.", {{"next  month", "2025-05"}}},
                      Case{"2025-04-21", "Sales fell last\nyear.", {{"last\nyear", "2024"}}},
                      Case{"2025-04-21", "Sales fell past year.", {{"past year", "2024"}}}));

TEST(DateFormat, PadsAsFmtDoes) {
  EXPECT_EQ(dates::format_day({2025, 5, 3}), "2025-05-03");
  EXPECT_EQ(dates::format_month(987, 12), "0987-12");
  EXPECT_EQ(dates::format_year(12345), "12345");
  EXPECT_EQ(dates::format_year(-5), "-005");
  EXPECT_EQ(dates::format_week({2025, 7}), "2025-W07");
  EXPECT_EQ(dates::format_unknown_year_day(5, 30), "XXXX-05-30");
  EXPECT_EQ(dates::format_unknown_year_month(11), "XXXX-11");
}

}  // namespace
}  // namespace newsmine
