// The date trigger test (where a date may start) and the token-driven scan built on it: dates
// that start inside a token, next to other runs, and only inside the focus.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/dates/triggers.hpp"
#include "newsmine/extractors.hpp"

namespace newsmine {
namespace {

using dates::Trigger;

// Classifies the run at the start of `text`.
Trigger classify(std::string_view text) {
  std::size_t end = 0;
  while (end < text.size() && dates::is_word_byte(text[end])) ++end;
  return dates::classify_run(text, 0, end);
}

TEST(DateTriggers, WordsThatAreWholeDates) {
  EXPECT_EQ(classify("today is"), Trigger::Word);
  EXPECT_EQ(classify("Now,"), Trigger::Word);
  EXPECT_EQ(classify("Friday ."), Trigger::Word);
  EXPECT_EQ(classify("March ends"), Trigger::Word);
  EXPECT_EQ(classify("2025 ."), Trigger::Word);
}

TEST(DateTriggers, WordsThatMayStartALongerDate) {
  EXPECT_EQ(classify("March 3"), Trigger::Pattern);
  EXPECT_EQ(classify("Sept. 5"), Trigger::Pattern);
  EXPECT_EQ(classify("Friday morning"), Trigger::Pattern);
  EXPECT_EQ(classify("the end of"), Trigger::Pattern);
  EXPECT_EQ(classify("the third-quarter"), Trigger::Pattern);
  EXPECT_EQ(classify("last week"), Trigger::Pattern);
  EXPECT_EQ(classify("mid-April"), Trigger::Pattern);
  EXPECT_EQ(classify("a few"), Trigger::Pattern);
  EXPECT_EQ(classify("more than"), Trigger::Pattern);
  EXPECT_EQ(classify("3 years ago"), Trigger::Pattern);
  EXPECT_EQ(classify("two months earlier"), Trigger::Pattern);
  EXPECT_EQ(classify("21st century"), Trigger::Pattern);
  EXPECT_EQ(classify("5 of May"), Trigger::Pattern);
  EXPECT_EQ(classify("11/01/2025"), Trigger::Pattern);
  EXPECT_EQ(classify("2025-11-01"), Trigger::Pattern);
  EXPECT_EQ(classify("1990s"), Trigger::Pattern);
  EXPECT_EQ(classify("1400's"), Trigger::Pattern);
  EXPECT_EQ(classify("Q3abc"), Trigger::Pattern);
  EXPECT_EQ(classify("summer of"), Trigger::Pattern);
}

TEST(DateTriggers, RunsNoDateStartsAt) {
  EXPECT_EQ(classify("the company"), Trigger::None);
  EXPECT_EQ(classify("a deal"), Trigger::None);
  EXPECT_EQ(classify("may be"), Trigger::None);
  EXPECT_EQ(classify("jan ."), Trigger::None);
  EXPECT_EQ(classify("Jan ."), Trigger::None);
  EXPECT_EQ(classify("last ditch"), Trigger::None);
  EXPECT_EQ(classify("12 people"), Trigger::None);
  EXPECT_EQ(classify("3 years of"), Trigger::None);
  EXPECT_EQ(classify("the first time"), Trigger::None);
  EXPECT_EQ(classify("1/2 inch"), Trigger::None);
  EXPECT_EQ(classify("12345"), Trigger::None);
  EXPECT_EQ(classify("1200 tonnes"), Trigger::None);
  EXPECT_EQ(classify("2025bn"), Trigger::None);
  EXPECT_EQ(classify("fall sharply"), Trigger::None);
  EXPECT_EQ(classify("company"), Trigger::None);
}

using Found = std::vector<std::pair<std::string, std::string>>;

Found find_dates(const std::string& text, const std::vector<Span>* focus = nullptr) {
  static const Analyzer analyzer = [] {
    Analyzer built;
    built.add(make_date_annotator());
    return built;
  }();
  Document doc;
  doc.date = "2025-06-11";
  doc.text = text;
  Analysis analysis;
  if (focus) {
    // Run the annotator by hand on a tokenized analysis with a focus.
    tokenize(doc.text, analysis.tokens);
    split_sentences(doc.text, analysis.tokens, analysis.sentences);
    analysis.focused = true;
    analysis.focus = *focus;
    make_date_annotator()->annotate(doc, analysis);
  } else {
    analyzer.analyze(doc, analysis);
  }
  Found found;
  for (const DateMention& date : analysis.dates) {
    found.emplace_back(text.substr(date.span.start, date.span.end - date.span.start),
                       date.value.empty() ? "null" : date.value);
  }
  return found;
}

// Every run start, as measure_run and run_after step through them, and one byte at a time.
TEST(DateRuns, RunAfterVisitsEveryRunStart) {
  const std::string text =
      "In mid-April, U.S. sales ($50bn) rose 7.21% on 1,000 units_sold; "
      "a_very_long_identifier_here "
      "x\xc3\xa9y 2025-11-01 end";
  std::vector<std::size_t> expected;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (dates::is_word_byte(text[i]) && (i == 0 || !dates::is_word_byte(text[i - 1]))) {
      expected.push_back(i);
    }
  }
  for (const std::size_t from : {std::size_t{0}, std::size_t{4}, std::size_t{20}}) {
    std::vector<std::size_t> visited;
    dates::Run run;
    for (std::size_t i = dates::next_run_start(text, from, text.size()); i < text.size();
         i = dates::run_after(text, i, run, run.end, text.size())) {
      visited.push_back(i);
      dates::measure_run(text, i, run);
    }
    std::vector<std::size_t> wanted;
    for (const std::size_t start : expected) {
      if (start >= from) wanted.push_back(start);
    }
    EXPECT_EQ(visited, wanted) << "from " << from;
  }
}

TEST(DateScan, DatesInsideHyphenatedTokens) {
  EXPECT_EQ(find_dates("Sales rose in mid-April."), (Found{{"mid-April", "2025-04"}}));
  EXPECT_EQ(find_dates("The post-2020 rules and the pre-March plan."), (Found{}));
  EXPECT_EQ(find_dates("Its third-quarter profit rose."), (Found{{"third-quarter", "2025-Q3"}}));
}

TEST(DateScan, ShorterDateInsideARejectedCandidate) {
  // "the fall" is no date, but a later trigger still is.
  EXPECT_EQ(find_dates("Prices saw the fall of Friday morning trading."),
            (Found{{"Friday morning", "2025-06-06TMO"}}));
}

TEST(DateScan, DatesAfterAcceptedOnesAndAcrossTokens) {
  EXPECT_EQ(find_dates("On Monday, June 2, 2025 and yesterday."),
            (Found{{"Monday, June 2, 2025", "2025-06-02"}, {"yesterday", "2025-06-10"}}));
  EXPECT_EQ(find_dates("Paid $50bn in 2024."), (Found{{"2024", "2024"}}));
}

TEST(DateScan, OnlyInsideTheFocus) {
  const std::string text = "It fell yesterday. Tariffs rose today. Talks end Friday.";
  const auto second = static_cast<std::uint32_t>(text.find("Tariffs"));
  const auto second_end = static_cast<std::uint32_t>(text.find(" Talks"));
  const std::vector<Span> focus = {{second, second_end}};
  EXPECT_EQ(find_dates(text, &focus), (Found{{"today", "2025-06-11"}}));
}

}  // namespace
}  // namespace newsmine
