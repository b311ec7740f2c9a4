// Quality bars for tariff events (issue 6): `newsmine tariffs` scored with score.py against the
// seed articles and the Reuters 1987 trade articles. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include "quality.hpp"

namespace newsmine::testing {
namespace {

TEST(QualityTariffs, SeedArticles) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  Scores scores = score_command("tariffs", shared_path("eval/seeds.jsonl"),
                                shared_path("gold/seeds"), "tariff");
  ASSERT_EQ(scores.status, 0) << scores.report;
  EXPECT_GE(scores.get("tariff", "f1"), 0.85) << scores.report;
  EXPECT_GE(scores.get("tariff", "action_acc"), 0.85) << scores.report;
}

TEST(QualityTariffs, ReutersTradeArticles) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  Scores scores = score_command("tariffs", shared_path("eval/reuters-trade.jsonl"),
                                shared_path("gold/reuters-trade"), "tariff");
  ASSERT_EQ(scores.status, 0) << scores.report;
  EXPECT_GE(scores.get("tariff", "f1"), 0.75) << scores.report;
  EXPECT_GE(scores.get("tariff", "action_acc"), 0.75) << scores.report;
}

}  // namespace
}  // namespace newsmine::testing
