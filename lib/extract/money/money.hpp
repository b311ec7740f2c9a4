// Money amounts: "$94.9 billion", "C$30bn", "3.2 billion euros", "Rs. 500 million", "50 mln
// dlrs", "USD 3 million", ranges ("$3 to $5 billion": two amounts, the first taking the
// second's magnitude). The forms come from data/money/ and the ISO codes from
// data/entities/currencies.txt; docs/records.md ("money") has the rules.
//
// Cost: one test per token (a number, or a word starting with a capital and holding a digit,
// or a spelled magnitude); the tables are read only around those.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsmine/analysis.hpp"
#include "newsmine/text.hpp"
#include "util/hash.hpp"

namespace newsmine::money {

struct Amount {
  Span span;
  double value = 0;           // the full value: "$94.9 billion" -> 94900000000
  std::string_view currency;  // ISO 4217 code; empty when the form leaves it open ("Rs")
  std::string_view unit;      // the magnitude as written ("billion", "bn", "m"); empty: none
};

// What a currency form means (one line of data/money/currencies.tsv, or an ISO code).
struct Currency {
  std::vector<std::string_view> codes;  // the first: the form alone; empty view: null
  bool context = false;                 // alone: by the countries the document names
  // Also a word ("won", "marks") or, for an ISO code, an acronym ("TOP", "COP"): needs a
  // magnitude, a number with separators ("1,000 won") or a country before it.
  bool word = false;
  bool not_of = false;   // not before "of" ("pounds of beef")
  bool country = false;  // only with a country before it ("Egyptian pounds")
  bool cents = false;    // counts hundredths ("45 cts")
};

class Lexicon {
 public:
  // The compiled-in lists. Throws std::runtime_error when they are inconsistent.
  static const Lexicon& builtin();
  // Parses the data files' contents (currencies.tsv, magnitudes.tsv, code-words.txt and the
  // entity stage's currencies.txt). Throws std::runtime_error naming the file and line of a
  // bad, repeated or conflicting entry.
  static Lexicon parse(std::string_view currencies, std::string_view magnitudes,
                       std::string_view code_words, std::string_view iso_codes);

  // The currency written before a number as `form` (exact), or nullptr.
  const Currency* before(std::string_view form) const { return find(before_, form); }
  // The currency written after a number as `form` (exact for codes, else in lower case).
  const Currency* after(std::string_view form) const;
  // The power of ten of a magnitude word (any case), or -1; `glued`: only right after digits.
  int magnitude(std::string_view word, bool& glued) const;
  // How many tokens the longest before-form ending with the token `last` has / the longest
  // after-form starting with the token `first` (any case; a final period left out); 0: none.
  // A test of the first byte and the length comes before any hashing.
  std::size_t before_tokens(std::string_view last) const;
  std::size_t after_tokens(std::string_view first) const;

 private:
  using Hash = util::StringHash;
  using Table = std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>>;
  const Currency* find(const Table& table, std::string_view form) const {
    auto it = table.find(form);
    return it == table.end() ? nullptr : &currencies_[it->second];
  }
  void add_line(std::string_view line, std::size_t number);
  void add_form(Table& table, std::string_view form, std::uint32_t index, std::size_t number);

  std::deque<std::string> strings_;  // codes the Currency views point into (stable)
  std::deque<Currency> currencies_;
  Table before_;
  Table after_;
  // Edge tokens of the forms -> the most tokens of a form with that edge.
  struct Edges {
    Table tokens;
    std::array<std::uint32_t, 256> lengths{};  // by first byte: bit n, a token of n bytes
    void add(std::string_view token, std::size_t count);
    std::size_t find(std::string_view token) const;
  };
  Edges before_last_;  // last token of each before-form (exact)
  Edges after_first_;  // first token of each after-form, lower case (codes: as written)
  Edges magnitude_words_;
  std::unordered_map<std::string, std::pair<int, bool>, Hash, std::equal_to<>> magnitudes_;
};

// Appends the money amounts of `text`, cut into `tokens`, to `out`, in increasing order, none
// overlapping.
void find_amounts(const Lexicon& lexicon, std::string_view text, const std::vector<Token>& tokens,
                  std::vector<Amount>& out);

// Whether the name at `span` (an entity) is the currency of an amount: glued to a dollar sign
// before a number ("US" of "US$1.6bn"), or ending in a currency word right after a number
// ("H.K. Dlrs" of "3.25 H.K. Dlrs"). A country written as its own word before the currency
// ("Canadian" of "5 million Canadian dollars") is not.
bool names_currency(const Lexicon& lexicon, std::string_view text, Span span);

}  // namespace newsmine::money
