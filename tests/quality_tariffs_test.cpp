// Quality floors for tariff events (issues 6, 17, 23): `newsmine tariffs` scored with score.py
// against the seed articles, the Reuters 1987 trade articles, the 2024-2025 news set and the
// tariff paragraphs. Skips when ../shared is absent. The floors sit a little under the figures
// measured when they were set (docs/tariffs.md); they hold the issues' bars (news-2025 F1
// 0.75, tariff-paras P 0.90 / R 0.80).
#include <gtest/gtest.h>

#include <string>

#include "quality.hpp"

namespace newsmine::testing {
namespace {

Scores tariff_scores(const std::string& set) {
  return score_command("tariffs", shared_path("eval/" + set + ".jsonl"), shared_path("gold/" + set),
                       "tariff");
}

TEST(QualityTariffs, SeedArticles) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  Scores scores = tariff_scores("seeds");
  ASSERT_EQ(scores.status, 0) << scores.report;
  EXPECT_GE(scores.get("tariff", "f1"), 0.93) << scores.report;
  EXPECT_GE(scores.get("tariff", "action_acc"), 0.85) << scores.report;
  EXPECT_GE(scores.get("tariff", "specific.f1"), 0.92) << scores.report;
}

TEST(QualityTariffs, ReutersTradeArticles) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  Scores scores = tariff_scores("reuters-trade");
  ASSERT_EQ(scores.status, 0) << scores.report;
  EXPECT_GE(scores.get("tariff", "f1"), 0.86) << scores.report;
  // 0.889 in the first round: "announced the tariffs" now reads as imposed, and topical
  // sentences that matched a gold triple by chance are gone (docs/tariffs.md).
  EXPECT_GE(scores.get("tariff", "action_acc"), 0.83) << scores.report;
  EXPECT_GE(scores.get("tariff", "specific.f1"), 0.92) << scores.report;
}

TEST(QualityTariffs, News2025Articles) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  Scores scores = tariff_scores("news-2025");
  ASSERT_EQ(scores.status, 0) << scores.report;
  // Issue 17's bars: F1 and specific F1 >= 0.75, action >= 0.85 (measured 0.752, 0.777, 0.866).
  EXPECT_GE(scores.get("tariff", "f1"), 0.75) << scores.report;
  EXPECT_GE(scores.get("tariff", "action_acc"), 0.85) << scores.report;
  EXPECT_GE(scores.get("tariff", "specific.f1"), 0.76) << scores.report;
}

TEST(QualityTariffs, TariffParagraphs) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  Scores scores = tariff_scores("tariff-paras");
  ASSERT_EQ(scores.status, 0) << scores.report;
  // Issue 23's bars: precision >= 0.90, recall >= 0.80 (measured 0.968, 0.857).
  EXPECT_GE(scores.get("tariff", "p"), 0.90) << scores.report;
  EXPECT_GE(scores.get("tariff", "r"), 0.80) << scores.report;
}

}  // namespace
}  // namespace newsmine::testing
