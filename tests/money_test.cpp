// Money amounts (lib/extract/money): every form of issue 19, ranges, currencies by context,
// and what is no amount. Sentences written for these tests.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "extract/money/money.hpp"
#include "newsmine/embedded.hpp"
#include "newsmine/text.hpp"

namespace newsmine::money {
namespace {

struct Found {
  std::string text;
  double value;
  std::string currency;
  std::string unit;
  bool operator==(const Found&) const = default;
};

void PrintTo(const Found& found, std::ostream* out) {
  *out << "{\"" << found.text << "\", " << std::fixed << found.value << ", \"" << found.currency
       << "\", \"" << found.unit << "\"}";
}

std::vector<Found> find(const std::string& text) {
  std::vector<Token> tokens;
  tokenize(text, tokens);
  std::vector<Amount> amounts;
  find_amounts(Lexicon::builtin(), text, tokens, amounts);
  std::vector<Found> found;
  for (const Amount& amount : amounts) {
    found.push_back({text.substr(amount.span.start, amount.span.end - amount.span.start),
                     amount.value, std::string(amount.currency), std::string(amount.unit)});
  }
  return found;
}

using List = std::vector<Found>;

TEST(Money, SymbolsAndPrefixes) {
  EXPECT_EQ(find("Sales reached $94.9 billion in the year."),
            (List{{"$94.9 billion", 94900000000.0, "USD", "billion"}}));
  EXPECT_EQ(find("Ottawa set aside C$30bn for rail."), (List{{"C$30bn", 3e10, "CAD", "bn"}}));
  EXPECT_EQ(find("The foundry will spend NT$88 billion."),
            (List{{"NT$88 billion", 8.8e10, "TWD", "billion"}}));
  EXPECT_EQ(find("Bonds worth US$1.6bn were sold."), (List{{"US$1.6bn", 1.6e9, "USD", "bn"}}));
  EXPECT_EQ(find("A stimulus of ¥2 trillion was approved."),
            (List{{"¥2 trillion", 2e12, "JPY", "trillion"}}));
  EXPECT_EQ(find("The striker cost £3m."), (List{{"£3m", 3e6, "GBP", "m"}}));
  EXPECT_EQ(find("Reserves of €1.2 trillion are held."),
            (List{{"€1.2 trillion", 1.2e12, "EUR", "trillion"}}));
  EXPECT_EQ(find("Canberra pledged A$2.5 billion."),
            (List{{"A$2.5 billion", 2.5e9, "AUD", "billion"}}));
  EXPECT_EQ(find("It sold for HK$12.5 million, S$4bn and R$5 billion."),
            (List{{"HK$12.5 million", 1.25e7, "HKD", "million"},
                  {"S$4bn", 4e9, "SGD", "bn"},
                  {"R$5 billion", 5e9, "BRL", "billion"}}));
  EXPECT_EQ(find("A ticket is $1.50 and a meal $12."),
            (List{{"$1.50", 1.5, "USD", ""}, {"$12", 12, "USD", ""}}));
  EXPECT_EQ(find("The fund has U.S.$5 bn."), (List{{"U.S.$5 bn", 5e9, "USD", "bn"}}));
  EXPECT_EQ(find("Startups raised $10k and $2b."),
            (List{{"$10k", 1e4, "USD", "k"}, {"$2b", 2e9, "USD", "b"}}));
}

TEST(Money, CodesBeforeAndAfter) {
  EXPECT_EQ(find("The deal is worth USD 3 million, or EUR 2.7 million."),
            (List{{"USD 3 million", 3e6, "USD", "million"},
                  {"EUR 2.7 million", 2.7e6, "EUR", "million"}}));
  EXPECT_EQ(find("It paid 40 million GBP."), (List{{"40 million GBP", 4e7, "GBP", "million"}}));
  EXPECT_EQ(find("Loans of RM5bn and USD3m."),
            (List{{"RM5bn", 5e9, "MYR", "bn"}, {"USD3m", 3e6, "USD", "m"}}));
  EXPECT_EQ(find("A grant of EUR2.7m was paid."), (List{{"EUR2.7m", 2.7e6, "EUR", "m"}}));
}

TEST(Money, WordsAfter) {
  EXPECT_EQ(find("The bloc earmarked 3.2 billion euros."),
            (List{{"3.2 billion euros", 3.2e9, "EUR", "billion"}}));
  EXPECT_EQ(find("Beijing offered 500 million yuan."),
            (List{{"500 million yuan", 5e8, "CNY", "million"}}));
  EXPECT_EQ(find("A fee of 3,000 rupees applies in India."),
            (List{{"3,000 rupees", 3000, "INR", ""}}));
  EXPECT_EQ(find("Exports fell to 20 billion yen."),
            (List{{"20 billion yen", 2e10, "JPY", "billion"}}));
  EXPECT_EQ(find("It costs 5 million Canadian dollars."),
            (List{{"5 million Canadian dollars", 5e6, "CAD", "million"}}));
  EXPECT_EQ(find("Aid of 7 billion Sri Lankan rupees came."),
            (List{{"7 billion Sri Lankan rupees", 7e9, "LKR", "billion"}}));
  EXPECT_EQ(find("The firm owes 2 million Swiss francs and 9 billion won."),
            (List{{"2 million Swiss francs", 2e6, "CHF", "million"},
                  {"9 billion won", 9e9, "KRW", "billion"}}));
  EXPECT_EQ(find("Exports were two billion dollars, imports a trillion yen."),
            (List{{"two billion dollars", 2e9, "USD", "billion"},
                  {"a trillion yen", 1e12, "JPY", "trillion"}}));
}

TEST(Money, WireStyle) {
  EXPECT_EQ(
      find("Profit was 50 mln dlrs against 1.5 billion dlrs."),
      (List{{"50 mln dlrs", 5e7, "USD", "mln"}, {"1.5 billion dlrs", 1.5e9, "USD", "billion"}}));
  // Ties between countries go to the first code listed; none named: null.
  EXPECT_EQ(find("Sri Lanka and India paid Rs 5 million."),
            (List{{"Rs 5 million", 5e6, "INR", "million"}}));
  EXPECT_EQ(find("Reserves rose to 3.2 billion stg."),
            (List{{"3.2 billion stg", 3.2e9, "GBP", "billion"}}));
  EXPECT_EQ(find("Shipments worth 270 million\nU.S. dlrs left."),
            (List{{"270 million\nU.S. dlrs", 2.7e8, "USD", "million"}}));
  EXPECT_EQ(find("a duty of about 85\ncts per bushel"), (List{{"85\ncts", 0.85, "USD", ""}}));
  EXPECT_EQ(find("a record 169-billion-dlr deficit"),
            (List{{"169-billion-dlr", 1.69e11, "USD", "billion"}}));
  EXPECT_EQ(find("a $50-million plan"), (List{{"$50-million", 5e7, "USD", "million"}}));
  EXPECT_EQ(find("Bonn lent 400 mln marks."), (List{{"400 mln marks", 4e8, "DEM", "mln"}}));
  EXPECT_EQ(find("Shr 45 cts vs 1.05 dlrs. Net 5.2 mln N.Z. Dlrs."),
            (List{{"45 cts", 0.45, "USD", ""},
                  {"1.05 dlrs", 1.05, "USD", ""},
                  {"5.2 mln N.Z. Dlrs", 5.2e6, "NZD", "mln"}}));
  EXPECT_EQ(find("He gave 20,000 marks (dlrs 11,000) and the dollar fell to 1.83 marks."),
            (List{{"20,000 marks", 20000, "DEM", ""},
                  {"dlrs 11,000", 11000, "USD", ""},
                  {"1.83 marks", 1.83, "DEM", ""}}));
  EXPECT_EQ(find("The deficit is 2.8 billion Egyptian pounds."),
            (List{{"2.8 billion Egyptian pounds", 2.8e9, "EGP", "billion"}}));
}

TEST(Money, RupeesByDocument) {
  EXPECT_EQ(find("Delhi allocated Rs. 500 million for roads in India."),
            (List{{"Rs. 500 million", 5e8, "INR", "million"}}));
  EXPECT_EQ(find("Sri Lanka set Rs 40 crore aside. Sri Lankan and Indian officials met."),
            (List{{"Rs 40 crore", 4e8, "LKR", "crore"}}));
  // No country named: the currency stays open.
  EXPECT_EQ(find("The council paid Rs. 500 million."),
            (List{{"Rs. 500 million", 5e8, "", "million"}}));
}

TEST(Money, Ranges) {
  // Two amounts; the first takes the magnitude (and currency) the second gives.
  EXPECT_EQ(find("Costs of $3 to $5 billion loom."),
            (List{{"$3", 3e9, "USD", "billion"}, {"$5 billion", 5e9, "USD", "billion"}}));
  EXPECT_EQ(find("Costs of $3-5 billion loom."),
            (List{{"$3", 3e9, "USD", "billion"}, {"5 billion", 5e9, "USD", "billion"}}));
  EXPECT_EQ(find("between 3 and 4 billion euros"),
            (List{{"3", 3e9, "EUR", "billion"}, {"4 billion euros", 4e9, "EUR", "billion"}}));
  EXPECT_EQ(find("$5bn-$6bn"), (List{{"$5bn", 5e9, "USD", "bn"}, {"$6bn", 6e9, "USD", "bn"}}));
  EXPECT_EQ(find("Shares rose from $30 to $35."),
            (List{{"$30", 30, "USD", ""}, {"$35", 35, "USD", ""}}));
}

TEST(Money, NoAmounts) {
  for (const char* text : {
           "In 2025 output rose.",
           "Prices rose 5% and 3 percent.",
           "The $ sign alone, and a dollar.",
           "Call +1 555 010 0199 or 020 7946 0958.",
           "Some 3 billion people live there.",
           "More than 21,000 pounds of fentanyl were seized.",
           "He weighs 200 pounds.",
           "Capacity rises to 600 mln pounds a year.",
           "Rates: SKR     10.26 and 2770\n SFR, a 1/2 cts cut.",
           "NEW ZEALAND CLOSE - April 7\n    N.Z. Dlr....0.5698",
           "Leaders met at COP 28 and ALL 3 teams won 5 won.",
           "in 1986 to 2025",
           "The G20 and the A380, the US dollar and euros.",
       }) {
    std::vector<Found> found = find(text);
    EXPECT_TRUE(found.empty()) << text << ": " << (found.empty() ? "" : found[0].text);
  }
  EXPECT_EQ(find("Tariffs on $200 billion to 25 pct"),
            (List{{"$200 billion", 2e11, "USD", "billion"}}));
}

TEST(Money, NamesOfCurrencies) {
  const Lexicon& lexicon = Lexicon::builtin();
  auto names = [&](std::string_view text, std::string_view name) {
    const auto start = static_cast<std::uint32_t>(text.find(name));
    return names_currency(lexicon, text, {start, start + static_cast<std::uint32_t>(name.size())});
  };
  EXPECT_TRUE(names("Bonds worth US$1.6bn were sold.", "US"));
  EXPECT_TRUE(names("It sold for HK$ 12 each.", "HK"));
  EXPECT_TRUE(names("Turnover was 657 mln H.K. Dlrs today.", "H.K. Dlrs"));
  EXPECT_TRUE(names("It closed at 3.25 H.K. Dlrs.", "H.K. Dlrs."));
  EXPECT_FALSE(names("It costs 5 million Canadian dollars.", "Canadian"));
  EXPECT_FALSE(names("Sales of 270 million U.S. dlrs rose.", "U.S."));
  EXPECT_FALSE(names("The US $ sign and US exports.", "US"));
  EXPECT_FALSE(names("Sterling rose against the dollar.", "Sterling"));
}

TEST(Money, LexiconRejectsBadData) {
  const std::string_view iso = "USD\nEUR\n";
  EXPECT_NO_THROW(Lexicon::parse("$\tbefore\tUSD\n", "bn\t9\n", "", iso));
  EXPECT_THROW(Lexicon::parse("$\tbefore\tUSD\n$\tbefore\tEUR\n", "", "", iso),
               std::runtime_error);                                                   // conflicting
  EXPECT_THROW(Lexicon::parse("USD\tboth\tUSD\n", "", "", iso), std::runtime_error);  // repeats
  EXPECT_THROW(Lexicon::parse("$\tbefore\tdollar\n", "", "", iso), std::runtime_error);
  EXPECT_THROW(Lexicon::parse("$\tsomewhere\tUSD\n", "", "", iso), std::runtime_error);
  EXPECT_THROW(Lexicon::parse("", "bn\t9\nbn\t9\n", "", iso), std::runtime_error);
  EXPECT_THROW(Lexicon::parse("", "bn\tnine\n", "", iso), std::runtime_error);
  EXPECT_THROW(Lexicon::parse("", "", "TOP\n", iso), std::runtime_error);  // unknown code
  EXPECT_NO_THROW(Lexicon::builtin());
}

}  // namespace
}  // namespace newsmine::money
