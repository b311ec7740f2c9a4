// Money amounts on the shared dev sets against tests/money-gold.tsv (every amount of the seed
// articles, news-2025 and the Reuters trade articles, listed by reading them): every amount
// found, none false. Skipped without ../shared.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "quality.hpp"

namespace newsmine::testing {
namespace {

using Rows = std::set<std::string>;  // "doc start end value currency", tab-separated

Rows gold_rows(const std::string& set) {
  std::ifstream in(std::string(NEWSMINE_SOURCE_DIR) + "/tests/money-gold.tsv");
  Rows rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    if (line.substr(0, tab) == set) rows.insert(line.substr(tab + 1));
  }
  return rows;
}

Rows found_rows(const std::string& input) {
  const CommandResult result = run_command(
      newsmine() +
      " extract --kinds money --format tsv --fields doc,start,end,value,currency -j1 \"" + input +
      "\"");
  Rows rows;
  std::istringstream lines(result.out);
  std::string line;
  std::getline(lines, line);  // header
  while (std::getline(lines, line)) rows.insert(line);
  return rows;
}

void expect_all_found_none_false(const std::string& set) {
  if (!shared_available()) {
    GTEST_SKIP() << kSharedMissing;
  }
  const Rows gold = set == "seeds" ? Rows{} : gold_rows(set);
  const Rows found = found_rows(shared_path("eval/" + set + ".jsonl"));
  std::string missed;
  std::string wrong;
  for (const std::string& row : gold) {
    if (!found.contains(row)) missed += row + "\n";
  }
  for (const std::string& row : found) {
    if (!gold.contains(row)) wrong += row + "\n";
  }
  EXPECT_TRUE(missed.empty()) << set << ": missed\n" << missed;
  EXPECT_TRUE(wrong.empty()) << set << ": false or wrong\n" << wrong;
  if (set != "seeds") {
    EXPECT_FALSE(gold.empty()) << "no gold rows for " << set;
  }
}

TEST(QualityMoney, SeedArticlesHoldNoAmount) {
  expect_all_found_none_false("seeds");
}

TEST(QualityMoney, News2025EveryAmountFoundNoneFalse) {
  expect_all_found_none_false("news-2025");
}

TEST(QualityMoney, ReutersTradeEveryAmountFoundNoneFalse) {
  expect_all_found_none_false("reuters-trade");
}

}  // namespace
}  // namespace newsmine::testing
