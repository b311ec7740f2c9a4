#include "text/word_table.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/abbreviations.hpp"

namespace newsmine::text {
namespace {

TEST(WordTable, FindsEveryInsertedWordAndNothingElse) {
  WordTable<int> table;
  // Enough words to grow the table several times; mixed case and non-letters.
  std::vector<std::string> words;
  for (int i = 0; i < 500; ++i) words.push_back((i % 2 ? "Word" : "word") + std::to_string(i));
  words.push_back("U.S.");
  words.push_back("n't");
  for (std::size_t i = 0; i < words.size(); ++i) table.insert(words[i], static_cast<int>(i));
  for (std::size_t i = 0; i < words.size(); ++i) {
    const int* value = table.find(words[i]);
    ASSERT_NE(value, nullptr) << words[i];
    EXPECT_EQ(*value, static_cast<int>(i));
  }
  EXPECT_EQ(table.find("word1"), nullptr);  // inserted as "Word1"
  EXPECT_EQ(table.find("word500"), nullptr);
  EXPECT_EQ(table.find("U.S"), nullptr);
  EXPECT_EQ(table.find(""), nullptr);
}

TEST(WordTable, KeepsTheFirstValueOfARepeatedWord) {
  WordTable<std::string_view> table;
  table.insert("Brussels", "EU");
  table.insert("Brussels", "BE");
  ASSERT_NE(table.find("Brussels"), nullptr);
  EXPECT_EQ(*table.find("Brussels"), "EU");
}

TEST(WordSet, IsCaseSensitive) {
  const WordSet set = {"the", "Mr", "vs"};
  EXPECT_TRUE(set.contains("the"));
  EXPECT_TRUE(set.contains("Mr"));
  EXPECT_FALSE(set.contains("The"));
  EXPECT_FALSE(set.contains("mr"));
  EXPECT_FALSE(set.contains("th"));
  EXPECT_FALSE(set.contains("them"));
}

// One abbreviation list serves the tokenizer (case as written), quotes and tariffs.
TEST(Abbreviations, OneListInAnyCase) {
  EXPECT_TRUE(is_abbreviation("Mr"));
  EXPECT_FALSE(is_abbreviation("MR"));
  for (std::string_view word : {"Mr", "MR", "mr", "ETC", "etc", "Wash", "WASH", "Gens", "co"}) {
    EXPECT_TRUE(is_abbreviation_any_case(word)) << word;
  }
  for (std::string_view word : {"", "Mister", "M", "said", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}) {
    EXPECT_FALSE(is_abbreviation_any_case(word)) << word;
  }
}

}  // namespace
}  // namespace newsmine::text
