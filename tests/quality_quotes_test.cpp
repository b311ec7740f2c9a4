// CI check: quote quality stays above the issues' bars with ../shared/eval/score.py: seed
// articles (quote F1 >= 0.95, speaker accuracy >= 0.92), 2025 news (the same bars, full
// pipeline with entities), PolNeAR test (recall 1.00, speaker accuracy >= 0.92, with and without
// entities), and no speaker that is a function word or pronoun over PolNeAR and Reuters-21578.
// Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

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

TEST(QualityQuotes, NewsOf2025MeetsTheBars) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  const Scores scores =
      score_command("extract --kinds entity,quote -j1", shared_path("eval/news-2025.jsonl"),
                    shared_path("gold/news-2025"), "quote");
  ASSERT_EQ(scores.status, 0) << scores.report;
  EXPECT_GE(scores.get("quote", "f1"), 0.95) << scores.report;
  EXPECT_GE(scores.get("quote", "speaker_acc"), 0.92) << scores.report;
}

TEST(QualityQuotes, PolnearTestMeetsTheBars) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  const Scores scores = score_command("quotes -j1", shared_path("eval/polnear-test.jsonl"),
                                      shared_path("gold/polnear-test"), "quote");
  ASSERT_EQ(scores.status, 0) << scores.report;
  EXPECT_GE(scores.get("quote", "r"), 0.995) << scores.report;
  EXPECT_GE(scores.get("quote", "speaker_acc"), 0.92) << scores.report;
}

// The same with the entity annotator and canonical names (what `newsmine FILE` runs): its
// speakers are no worse than the quote stage's own beyond the bar.
TEST(QualityQuotes, PolnearTestWithEntitiesMeetsTheBars) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  const Scores scores =
      score_command("extract --kinds entity,quote -j1", shared_path("eval/polnear-test.jsonl"),
                    shared_path("gold/polnear-test"), "quote");
  ASSERT_EQ(scores.status, 0) << scores.report;
  EXPECT_GE(scores.get("quote", "r"), 0.995) << scores.report;
  EXPECT_GE(scores.get("quote", "speaker_acc"), 0.92) << scores.report;
}

// Speakers made only of these words (any case, a clitic dropped) are function words.
bool function_words_only(std::string_view speaker) {
  static const std::vector<std::string_view> kWords = {
      "the",    "a",    "an",    "it",   "its",   "his", "her",   "their", "our",
      "that",   "this", "he",    "she",  "they",  "we",  "i",     "one",   "another",
      "please", "pls",  "being", "here", "there", "all", "other", "never", "some"};
  std::string lowered;
  bool any = false;
  std::size_t at = 0;
  while (at < speaker.size()) {
    std::size_t end = speaker.find(' ', at);
    if (end == std::string_view::npos) end = speaker.size();
    lowered.clear();
    for (char c : speaker.substr(at, end - at)) {
      lowered += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    for (std::string_view clitic : {"'m", "\xE2\x80\x99m", "'s", "\xE2\x80\x99s"}) {
      if (lowered.size() > clitic.size() && lowered.ends_with(clitic)) {
        lowered.resize(lowered.size() - clitic.size());
      }
    }
    if (std::find(kWords.begin(), kWords.end(), lowered) == kWords.end()) return false;
    any = true;
    at = end + 1;
  }
  return any;
}

TEST(QualityQuotes, NoSpeakerIsAFunctionWord) {
  if (!shared_available()) GTEST_SKIP() << kSharedMissing;
  ASSERT_TRUE(function_words_only("The"));
  ASSERT_TRUE(function_words_only("I\xE2\x80\x99m"));
  ASSERT_FALSE(function_words_only("the ministry"));
  for (const char* input :
       {"eval/polnear-dev.jsonl", "eval/polnear-test.jsonl", "data/news/reuters21578.jsonl.gz"}) {
    CommandResult result = run_command(newsmine() + " quotes -j2 \"" + shared_path(input) + "\"");
    ASSERT_EQ(result.status, 0) << input << ": " << result.err;
    simdjson::ondemand::parser parser;
    std::size_t lines = 0;
    std::size_t start = 0;
    while (start < result.out.size()) {
      std::size_t end = result.out.find('\n', start);
      if (end == std::string::npos) end = result.out.size();
      simdjson::padded_string line(std::string_view(result.out).substr(start, end - start));
      start = end + 1;
      simdjson::ondemand::document record;
      ASSERT_EQ(parser.iterate(line).get(record), simdjson::SUCCESS) << input;
      std::string_view speaker;
      if (record["speaker"].get_string().get(speaker) != simdjson::SUCCESS) continue;
      ++lines;
      EXPECT_FALSE(function_words_only(speaker)) << input << ": " << line;
    }
    EXPECT_GT(lines, 100u) << input;
  }
}

}  // namespace
}  // namespace newsmine::testing
