// The word view the tariff annotator reads a sentence through: tokens with surrounding
// punctuation split off, possessive 's folded into a flag, lower-cased forms, and country
// mentions (gazetteer names, demonyms, capitals, leaders, "the White House").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsmine/text.hpp"

namespace newsmine::tariffs {

struct Word {
  std::uint32_t start = 0;  // byte offsets into the document (without a possessive 's)
  std::uint32_t end = 0;
  std::string lower;  // lower-cased ASCII, curly apostrophes straightened
  bool capitalized = false;
  bool possessive = false;  // followed by 's
  bool punct = false;       // a punctuation mark (its text is in `lower`)
};

// Appends the words of tokens [first, end) of `text` to `words`. Works on any tokenizer's
// output: it splits off punctuation the tokenizer left attached ("tariffs," "145%").
void split_words(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                 std::size_t end, std::vector<Word>& words);

struct Mention {
  std::size_t first = 0;  // word range [first, last)
  std::size_t last = 0;
  std::string code;  // ISO 3166-1 alpha-2, "EU"
  bool possessive = false;
  bool pronoun = false;  // "its", "their": code is filled in by resolution, may stay empty
  bool plural = false;
  bool bare_name = false;  // a country's name ("China"), not an alias, demonym or capital
};

// Country mentions in `words`, in order.
void find_mentions(std::string_view text, const std::vector<Word>& words,
                   std::vector<Mention>& mentions);

// Reads into `value` the percent written as words [i, ...): "145 %", "46 percent", "145 per cent",
// "20 pct". Returns the number of words used, 0 when there is none.
std::size_t parse_percent(const std::vector<Word>& words, std::size_t i, double& value);

}  // namespace newsmine::tariffs
