// Quality bars for tariff events (issue 6): `newsmine tariffs` scored with score.py against the
// seed articles and the Reuters 1987 trade articles. Skips when ../shared is absent.
//
// The shared helper tests/quality.hpp is being written on another branch; until it lands on
// main this file carries a minimal local one (run the pipeline, read score.py --json).
#include <gtest/gtest.h>
#include <simdjson.h>

#include <filesystem>
#include <string>

#include "process.hpp"

namespace newsmine::testing {
namespace {

std::string shared(const std::string& relative) {
  return std::string(NEWSMINE_SHARED_DIR) + "/" + relative;
}

bool shared_present() {
  return std::filesystem::exists(shared("eval/score.py")) &&
         std::filesystem::exists(shared("gold/seeds")) &&
         std::filesystem::exists(shared("gold/reuters-trade"));
}

struct TariffScores {
  bool ok = false;
  double f1 = -1;
  double action_acc = -1;
  std::string report;
};

// Runs `newsmine tariffs <input> | score.py --kinds tariff --json` and reads F1 and action
// accuracy.
TariffScores score_tariffs(const std::string& input, const std::string& gold) {
  const std::string command = "set -o pipefail; " + newsmine() + " tariffs \"" + input +
                              "\" | python3 \"" + shared("eval/score.py") + "\" --gold \"" + gold +
                              "\" --pred - --kinds tariff --json";
  CommandResult result = run_command(command);
  TariffScores scores;
  scores.report = result.err + "\n" + result.out;
  if (result.status != 0) return scores;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(result.out).get(root) != simdjson::SUCCESS) return scores;
  simdjson::dom::element tariff;
  if (root["tariff"].get(tariff) != simdjson::SUCCESS) return scores;
  double value = 0;
  if (tariff["f1"].get(value) == simdjson::SUCCESS) scores.f1 = value;
  if (tariff["action_acc"].get(value) == simdjson::SUCCESS) scores.action_acc = value;
  scores.ok = true;
  return scores;
}

TEST(QualityTariffs, SeedArticles) {
  if (!shared_present()) GTEST_SKIP() << "../shared (gold sets, score.py) absent: skipped";
  TariffScores scores = score_tariffs(shared("eval/seeds.jsonl"), shared("gold/seeds"));
  ASSERT_TRUE(scores.ok) << scores.report;
  EXPECT_GE(scores.f1, 0.85) << scores.report;
  EXPECT_GE(scores.action_acc, 0.85) << scores.report;
}

TEST(QualityTariffs, ReutersTradeArticles) {
  if (!shared_present()) GTEST_SKIP() << "../shared (gold sets, score.py) absent: skipped";
  TariffScores scores =
      score_tariffs(shared("eval/reuters-trade.jsonl"), shared("gold/reuters-trade"));
  ASSERT_TRUE(scores.ok) << scores.report;
  EXPECT_GE(scores.f1, 0.75) << scores.report;
  EXPECT_GE(scores.action_acc, 0.75) << scores.report;
}

}  // namespace
}  // namespace newsmine::testing
