// Sentence splitter: abbreviations, initials, decimals, quotes, paragraphs and line wraps.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "newsmine/text.hpp"

namespace newsmine {
namespace {

std::vector<std::string> sentences_of(std::string_view text) {
  std::vector<Token> tokens;
  tokenize(text, tokens);
  std::vector<Sentence> sentences;
  split_sentences(text, tokens, sentences);
  std::vector<std::string> out;
  for (const Sentence& sentence : sentences) {
    out.emplace_back(text.substr(sentence.start, sentence.end - sentence.start));
  }
  return out;
}

struct Case {
  const char* name;
  std::string text;
  std::vector<std::string> expected;
};

// Names the case in test output instead of dumping its bytes.
void PrintTo(const Case& c, std::ostream* os) {
  *os << c.name;
}

class SentenceCase : public ::testing::TestWithParam<Case> {};

TEST_P(SentenceCase, Splits) {
  const Case& c = GetParam();
  EXPECT_EQ(sentences_of(c.text), c.expected) << c.text;
}

const std::vector<Case> kCases = {
    {"Simple",
     "It rained. We stayed in! Why? Nobody knows.",
     {"It rained.", "We stayed in!", "Why?", "Nobody knows."}},
    {"Title",
     "Mr. Xi met Dr. Jones and Gen. Smith. They talked.",
     {"Mr. Xi met Dr. Jones and Gen. Smith.", "They talked."}},
    {"Initials",
     "J. R. R. Tolkien wrote it. He died in 1973.",
     {"J. R. R. Tolkien wrote it.", "He died in 1973."}},
    {"Decimal",
     "Shares rose 7.21 percent to 145.5 yuan. Bonds fell.",
     {"Shares rose 7.21 percent to 145.5 yuan.", "Bonds fell."}},
    {"MonthAbbreviation",
     "On Jan. 5 talks began. Then they ended.",
     {"On Jan. 5 talks began.", "Then they ended."}},
    {"AbbreviationInside",
     "U.S. President Trump spoke with Apple Inc. officials.",
     {"U.S. President Trump spoke with Apple Inc. officials."}},
    {"AbbreviationAtEnd",
     "Talks were held in the U.S. The ministry said so.",
     {"Talks were held in the U.S.", "The ministry said so."}},
    {"AbbreviationBeforeJoiningWord",
     "Exports to the U.S. And Europe rose. They fell in the U.S. To 5 pct.",
     {"Exports to the U.S. And Europe rose.", "They fell in the U.S. To 5 pct."}},
    {"QuoteWithComma",
     "\u201cWe will fight,\u201d he said. Others left.",
     {"\u201cWe will fight,\u201d he said.", "Others left."}},
    {"QuestionInQuote", "\u201cWhy?\u201d he asked.", {"\u201cWhy?\u201d he asked."}},
    {"EndInsideQuote",
     "He said: \u201cNo.\u201d Then he left.",
     {"He said: \u201cNo.\u201d", "Then he left."}},
    {"StraightQuotes",
     "She said: \"It is over.\" Then she left.",
     {"She said: \"It is over.\"", "Then she left."}},
    {"LowercaseAfterPeriod",
     "Prices rose approx. five percent.",
     {"Prices rose approx. five percent."}},
    {"EllipsisContinues", "And then... nothing happened.", {"And then... nothing happened."}},
    {"Parenthesis",
     "It grew (see above.) Then it fell.",
     {"It grew (see above.)", "Then it fell."}},
    {"BlankLine",
     "No final punctuation\n\nsecond paragraph here",
     {"No final punctuation", "second paragraph here"}},
    {"ParagraphPerLine",
     "China has warned countries against signing trade agreements with the United States.\n"
     "Negotiations with Trump\n"
     "The warning comes amid efforts by several countries to negotiate exemptions or changes.",
     {"China has warned countries against signing trade agreements with the United States.",
      "Negotiations with Trump",
      "The warning comes amid efforts by several countries to negotiate exemptions or changes."}},
    {"ReutersWrapped",
     "Showers continued throughout the week in\n"
     "the Bahia cocoa zone, alleviating the drought since early\n"
     "January and improving prospects for the coming temporao,\n"
     "although normal humidity levels have not been restored,\n"
     "Comissaria Smith said in its weekly review.\n"
     "    The dry period means the temporao will be late this year.\n"
     "    Arrivals for the week ended February 22 were 155,221 bags\n"
     "of 60 kilos making a cumulative total for the season of 5.93\n"
     "mln against 5.81 at the same stage last year.\n",
     {"Showers continued throughout the week in\n"
      "the Bahia cocoa zone, alleviating the drought since early\n"
      "January and improving prospects for the coming temporao,\n"
      "although normal humidity levels have not been restored,\n"
      "Comissaria Smith said in its weekly review.",
      "The dry period means the temporao will be late this year.",
      "Arrivals for the week ended February 22 were 155,221 bags\n"
      "of 60 kilos making a cumulative total for the season of 5.93\n"
      "mln against 5.81 at the same stage last year."}},
    {"WrappedCapitalAfterComma",
     "Taiwan plans another round of deep tariff cuts this year to help\n"
     "narrow its trade surplus with the U.S.,\n"
     "A senior economic planner said.\n",
     {"Taiwan plans another round of deep tariff cuts this year to help\n"
      "narrow its trade surplus with the U.S.,\n"
      "A senior economic planner said."}},
    {"WrappedShortFirstLine",
     "Acme Steel Corp said Northern\n"
     "Rail placed firm orders for twelve new locomotives with options\n"
     "for six more.\n"
     "    The company said the order was worth about 40 mln dlrs and\n"
     "deliveries would begin next year.\n"
     " reuter\n",
     {"Acme Steel Corp said Northern\n"
      "Rail placed firm orders for twelve new locomotives with options\n"
      "for six more.",
      "The company said the order was worth about 40 mln dlrs and\n"
      "deliveries would begin next year.",
      "reuter"}},
    {"WrappedProperNoun",
     "Officials of the two countries met on Tuesday with the Commerce\n"
     "Department to discuss the semiconductor pact and its future.\n"
     "The talks were described as frank by a spokesman for both.\n",
     {"Officials of the two countries met on Tuesday with the Commerce\n"
      "Department to discuss the semiconductor pact and its future.",
      "The talks were described as frank by a spokesman for both."}},
};

INSTANTIATE_TEST_SUITE_P(Rules, SentenceCase, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& param_info) {
                           return std::string(param_info.param.name);
                         });

TEST(Sentences, EmptyInput) {
  EXPECT_TRUE(sentences_of("").empty());
  EXPECT_TRUE(sentences_of(" \n\t ").empty());
}

TEST(Sentences, TokenIndicesMatchOffsets) {
  const std::string text = "One two. Three four.";
  std::vector<Token> tokens;
  tokenize(text, tokens);
  std::vector<Sentence> sentences;
  split_sentences(text, tokens, sentences);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].first_token, 0u);
  EXPECT_EQ(sentences[0].end_token, 3u);
  EXPECT_EQ(sentences[1].first_token, 3u);
  EXPECT_EQ(sentences[1].end_token, 6u);
  EXPECT_EQ(sentences[1].start, 9u);
  EXPECT_EQ(sentences[1].end, text.size());
}

// --- Seed articles (in the repository) -----------------------------------------------------

std::string read_corpus(std::string_view prefix) {
  const std::filesystem::path folder = std::filesystem::path(NEWSMINE_SOURCE_DIR) / "corpus";
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().filename().string().starts_with(prefix)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream out;
      out << in.rdbuf();
      return out.str();
    }
  }
  return {};
}

bool contains(const std::vector<std::string>& sentences, std::string_view sentence) {
  return std::find(sentences.begin(), sentences.end(), sentence) != sentences.end();
}

TEST(SentencesCorpus, HeadingLineIsItsOwnSentence) {
  const std::string text = read_corpus("000_");
  ASSERT_FALSE(text.empty());
  const auto sentences = sentences_of(text);
  EXPECT_TRUE(contains(sentences, "Negotiations with Trump"));
  EXPECT_TRUE(contains(sentences, "What you should know"));
  EXPECT_TRUE(contains(
      sentences,
      "The ministry also called for greater coordination among countries to resist what it "
      "described as \u201cunilateral bullying acts.\u201d"));
}

TEST(SentencesCorpus, QuoteOpensSentence) {
  const std::string text = read_corpus("003_");
  ASSERT_FALSE(text.empty());
  const auto sentences = sentences_of(text);
  EXPECT_TRUE(
      contains(sentences,
               "\u201cThere are absolutely no negotiations on the economy and trade between "
               "China and the U.S.,\u201d said He Yadong, spokesperson for China\u2019s "
               "Ministry of Commerce, during a press briefing."));
}

TEST(SentencesCorpus, HeadlineLineWithoutBlankLine) {
  const std::string text = read_corpus("002_");
  ASSERT_FALSE(text.empty());
  const auto sentences = sentences_of(text);
  ASSERT_GE(sentences.size(), 2u);
  EXPECT_EQ(sentences[0],
            "China accuses US of \"serious\" trade truce breach, threatens firm response");
}

TEST(SentencesCorpus, AbbreviationBeforeBlankLine) {
  const std::string text = read_corpus("004_");
  ASSERT_FALSE(text.empty());
  const auto sentences = sentences_of(text);
  EXPECT_TRUE(contains(sentences,
                       "China has said it will pursue closer ties with North Korea, following a "
                       "reignition of trade tensions with the U.S."));
  EXPECT_TRUE(contains(sentences, "Hugh Cameron"));
}

}  // namespace
}  // namespace newsmine
