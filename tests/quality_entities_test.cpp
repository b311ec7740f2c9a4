// CI checks of entity quality against ../shared (issues 4, 18, 23): F1 on the seed articles and
// on news-2025, and over the outputs of Reuters-21578 and PolNeAR: no currencies, acronyms of
// common nouns or wire sign-offs as names, international organisations typed ORG.
#include <gtest/gtest.h>

#include <sstream>

#include "quality.hpp"

namespace newsmine::testing {
namespace {

TEST(QualityEntities, SeedEntityF1AtLeast0935) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  const Scores scores = score_command("extract --kinds entity -j1", shared_path("eval/seeds.jsonl"),
                                      shared_path("gold/seeds"), "entity");
  ASSERT_EQ(scores.status, 0) << scores.report;
  EXPECT_GE(scores.get("entity", "f1"), 0.935) << scores.report;
  EXPECT_GE(scores.get("entity", "p"), 0.90) << scores.report;
  EXPECT_GE(scores.get("entity", "r"), 0.90) << scores.report;
}

TEST(QualityEntities, News2025EntityF1AtLeast090) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  const Scores scores =
      score_command("extract --kinds entity -j1", shared_path("eval/news-2025.jsonl"),
                    shared_path("gold/news-2025"), "entity");
  ASSERT_EQ(scores.status, 0) << scores.report;
  EXPECT_GE(scores.get("entity", "f1"), 0.90) << scores.report;
}

// Counts over the entity records of Reuters-21578 and PolNeAR: currency forms not written as
// an organisation's bracketed acronym or ticker, common-noun acronyms, wire tags on a line of
// their own or at the end of a story, and the mentions of six organisations not typed ORG.
TEST(QualityEntities, NoCurrenciesAcronymsOrSignOffsOverReutersAndPolnear) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  std::ostringstream command;
  std::ostringstream inputs;
  for (const char* input :
       {"data/news/reuters21578.jsonl.gz", "eval/polnear-dev.jsonl", "eval/polnear-test.jsonl"}) {
    inputs << " \"" << shared_path(input) << '"';
  }
  command << "set -o pipefail; " << newsmine() << " extract --kinds entity" << inputs.str()
          << " | python3 \"" << NEWSMINE_SOURCE_DIR << "/scripts/entity-bars.py\"" << inputs.str();
  CommandResult result = run_command(command.str());
  ASSERT_EQ(result.status, 0) << result.err;
  std::istringstream in(result.out);
  std::map<std::string, int> counts;
  std::string key;
  int value = 0;
  while (in >> key >> value) counts[key] = value;
  EXPECT_EQ(counts["currency"], 0) << result.out;
  EXPECT_EQ(counts["acronym"], 0) << result.out;
  EXPECT_EQ(counts["signoff"], 0) << result.out;
  EXPECT_GT(counts["org"], 1000) << result.out;
  EXPECT_GE(counts["org"] * 100, (counts["org"] + counts["not_org"]) * 95) << result.out;
}

}  // namespace
}  // namespace newsmine::testing
