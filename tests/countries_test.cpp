#include <gtest/gtest.h>

#include "newsmine/countries.hpp"

namespace newsmine {
namespace {

TEST(Countries, FindsNamesAliasesDemonymsAndCapitals) {
  struct Case {
    const char* name;
    const char* code;
    CountryForm form;
  };
  for (const Case& c :
       {Case{"China", "CN", CountryForm::Country}, Case{"U.S.", "US", CountryForm::Alias},
        Case{"European Union", "EU", CountryForm::Alias},
        Case{"Chinese", "CN", CountryForm::Demonym}, Case{"Beijing", "CN", CountryForm::Capital},
        Case{"Ottawa", "CA", CountryForm::Capital}, Case{"South Korea", "KR", CountryForm::Country},
        Case{"People’s Republic of China", "CN", CountryForm::Alias}}) {
    auto match = find_country(c.name);
    ASSERT_TRUE(match.has_value()) << c.name;
    EXPECT_EQ(match->code, c.code) << c.name;
    EXPECT_EQ(match->form, c.form) << c.name;
  }
  EXPECT_FALSE(find_country("china").has_value());
  EXPECT_FALSE(find_country("Trump").has_value());
}

TEST(Countries, MatchesTheLongestNameAtAToken) {
  std::string_view text = "the United States of America and Korea";
  std::vector<Token> tokens;
  tokenize(text, tokens);
  auto match = match_country_at(text, tokens, 1);
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->code, "US");
  EXPECT_EQ(match->end_token, 5u);
  EXPECT_FALSE(match_country_at(text, tokens, 0).has_value());
}

}  // namespace
}  // namespace newsmine
