// CI check: date and percent quality on the seed articles stays above the bars.
#include <gtest/gtest.h>

#include "quality.hpp"

namespace newsmine::testing {
namespace {

TEST(QualityDates, SeedArticlesMeetTheBars) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  const Scores scores =
      score_command("extract --kinds date,percent -j1", shared_path("eval/seeds.jsonl"),
                    shared_path("gold/seeds"), "date,percent");
  ASSERT_EQ(scores.status, 0) << scores.report;
  EXPECT_GE(scores.get("percent", "f1"), 0.98) << scores.report;
  EXPECT_GE(scores.get("date", "f1"), 0.93) << scores.report;
  EXPECT_GE(scores.get("date", "value_acc"), 0.93) << scores.report;
}

}  // namespace
}  // namespace newsmine::testing
