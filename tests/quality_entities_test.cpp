// Quality bar: entity F1 on the seed articles (../shared/gold/seeds) stays >= 0.85.
// Skips when ../shared is absent. Uses a minimal local run-and-score helper (a shared
// tests/quality.hpp is planned on the dates branch).
#include <gtest/gtest.h>
#include <simdjson.h>

#include <filesystem>

#include "process.hpp"

namespace newsmine::testing {
namespace {

// Runs `extract --kinds entity` on the seeds and scores it with score.py --json; returns the
// parsed JSON text.
std::string score_seed_entities(const std::filesystem::path& shared) {
  std::string command = newsmine() + " extract --kinds entity " +
                        (shared / "eval/seeds.jsonl").string() + " | python3 " +
                        (shared / "eval/score.py").string() + " --gold " +
                        (shared / "gold/seeds").string() + " --pred - --kinds entity --json";
  CommandResult result = run_command(command);
  EXPECT_EQ(result.status, 0) << result.err;
  return result.out;
}

TEST(QualityEntities, SeedEntityF1AtLeast085) {
  std::filesystem::path shared = NEWSMINE_SHARED_DIR;
  if (!std::filesystem::exists(shared / "gold/seeds") ||
      !std::filesystem::exists(shared / "eval/score.py")) {
    GTEST_SKIP() << "../shared/gold/seeds or ../shared/eval/score.py absent: seed entity F1 not "
                    "checked";
  }
  std::string json = score_seed_entities(shared);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(json).get(root), simdjson::SUCCESS) << json;
  double f1 = 0;
  ASSERT_EQ(root["entity"]["f1"].get(f1), simdjson::SUCCESS) << json;
  EXPECT_GE(f1, 0.85) << "seed entity F1 fell below the bar";
  double person_f1 = 0;
  ASSERT_EQ(root["entity"]["types"]["PERSON"]["f1"].get(person_f1), simdjson::SUCCESS);
  EXPECT_GE(person_f1, 0.75);
}

}  // namespace
}  // namespace newsmine::testing
