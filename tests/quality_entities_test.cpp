// CI check: entity F1 on the seed articles (../shared/gold/seeds) stays >= 0.85 (issue 4).
#include <gtest/gtest.h>

#include "quality.hpp"

namespace newsmine::testing {
namespace {

TEST(QualityEntities, SeedEntityF1AtLeast085) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  const Scores scores = score_command("extract --kinds entity -j1", shared_path("eval/seeds.jsonl"),
                                      shared_path("gold/seeds"), "entity");
  ASSERT_EQ(scores.status, 0) << scores.report;
  EXPECT_GE(scores.get("entity", "f1"), 0.85) << scores.report;
  EXPECT_GE(scores.get("entity", "p"), 0.80) << scores.report;
  EXPECT_GE(scores.get("entity", "r"), 0.80) << scores.report;
}

}  // namespace
}  // namespace newsmine::testing
