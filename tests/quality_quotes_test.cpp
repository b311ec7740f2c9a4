// CI check: quote quality on the seed articles stays above the bars (quote F1 >= 0.95,
// speaker accuracy >= 0.92 with ../shared/eval/score.py). Skips when ../shared is absent.
#include <gtest/gtest.h>

#include "quality.hpp"

namespace newsmine::testing {
namespace {

TEST(QualityQuotes, SeedArticlesMeetTheBars) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  const Scores scores = score_command("quotes -j1", shared_path("eval/seeds.jsonl"),
                                      shared_path("gold/seeds"), "quote");
  ASSERT_EQ(scores.status, 0) << scores.report;
  EXPECT_GE(scores.get("quote", "f1"), 0.95) << scores.report;
  EXPECT_GE(scores.get("quote", "speaker_acc"), 0.92) << scores.report;
}

}  // namespace
}  // namespace newsmine::testing
