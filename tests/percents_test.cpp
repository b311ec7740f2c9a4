// Table-driven tests of the percent annotator: every surface form of issue 3.
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "newsmine/extractors.hpp"

namespace newsmine {
namespace {

struct Found {
  std::string text;
  double value;
  bool points;
  bool operator==(const Found&) const = default;
};

void PrintTo(const Found& found, std::ostream* out) {
  *out << "{\"" << found.text << "\", " << found.value << (found.points ? ", pp}" : "}");
}

std::vector<Found> find_percents(const std::string& text) {
  static const Analyzer analyzer = [] {
    Analyzer built;
    built.add(make_percent_annotator());
    return built;
  }();
  Document doc;
  doc.text = text;
  Analysis analysis;
  analyzer.analyze(doc, analysis);
  std::vector<Found> found;
  for (const PercentMention& percent : analysis.percents) {
    found.push_back({text.substr(percent.span.start, percent.span.end - percent.span.start),
                     percent.value, percent.points});
  }
  return found;
}

struct Case {
  const char* text;
  std::vector<Found> expected;
};

class PercentCases : public ::testing::TestWithParam<Case> {};

TEST_P(PercentCases, FindsValues) {
  const Case& c = GetParam();
  EXPECT_EQ(find_percents(c.text), c.expected) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, PercentCases,
    ::testing::Values(
        Case{"Tariffs hit 145% on Friday.", {{"145%", 145, false}}},
        Case{"Tariffs hit 145 % on Friday.", {{"145 %", 145, false}}},
        Case{"Prices rose 46 percent.", {{"46 percent", 46, false}}},
        Case{"A levy of 145 per cent applies.", {{"145 per cent", 145, false}}},
        Case{"Growth slowed to 0.8 per cent.", {{"0.8 per cent", 0.8, false}}},
        Case{"Output rose 1.3 pct in March.", {{"1.3 pct", 1.3, false}}},
        Case{"About twenty percent agreed.", {{"twenty percent", 20, false}}},
        Case{"Rates fell by half a percent.", {{"half a percent", 0.5, false}}},
        Case{"Rates fell by a quarter of a percentage point.",
             {{"a quarter of a percentage point", 0.25, true}}},
        Case{"Stocks rose 1,250.5 percent.", {{"1,250.5 percent", 1250.5, false}}},
        Case{"Duties of 10-25% apply.", {{"10", 10, false}, {"25%", 25, false}}},
        Case{"Duties of 10 to 25 percent apply.", {{"10", 10, false}, {"25 percent", 25, false}}},
        Case{"Duties of 10%-25% apply.", {{"10%", 10, false}, {"25%", 25, false}}},
        Case{"China placed tariffs of up to 100 percent on canola.", {{"100 percent", 100, false}}},
        Case{"Yields rose 0.25 percentage points.", {{"0.25 percentage points", 0.25, true}}},
        Case{"Yields rose a percentage point.", {{"a percentage point", 1, true}}},
        Case{"Yields rose 2 pct points.", {{"2 pct points", 2, true}}},
        Case{"GDP shrank -0.5% last quarter.", {{"-0.5%", -0.5, false}}},
        Case{"GDP grew +1.5% last quarter.", {{"+1.5%", 1.5, false}}},
        Case{"Shares were down 3 percent.", {{"3 percent", 3, false}}},
        Case{"Stocks jumped 12PERCENT.", {{"12PERCENT", 12, false}}}));

INSTANTIATE_TEST_SUITE_P(NotPercents, PercentCases,
                         ::testing::Values(Case{"The Nikkei 225 fell 145 points.", {}},
                                           Case{"A percentage of buyers left.", {}},
                                           Case{"The G-7 met.", {}},
                                           Case{"Percent signs: a % b.", {}}));

// The unit scan reads eight bytes a step: a unit at every offset of a step, after other
// 'p' bytes, and at the very end of the text.
TEST(PercentScan, FindsUnitsAtEveryOffset) {
  for (std::size_t pad = 0; pad < 17; ++pad) {
    const std::string letters(pad, 'x');
    const std::string ps(pad, 'p');
    EXPECT_EQ(find_percents(letters + " 7%"), (std::vector<Found>{{"7%", 7, false}})) << pad;
    EXPECT_EQ(find_percents(ps + " 7 PCT ok"), (std::vector<Found>{{"7 PCT", 7, false}})) << pad;
    EXPECT_EQ(find_percents(ps + " 7 percent"), (std::vector<Found>{{"7 percent", 7, false}}))
        << pad;
    EXPECT_EQ(find_percents(ps + " 7 P"), std::vector<Found>{}) << pad;
  }
}

}  // namespace
}  // namespace newsmine
