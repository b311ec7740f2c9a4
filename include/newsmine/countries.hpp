// Countries: names, aliases, demonyms and capitals mapped to ISO 3166-1 alpha-2 codes.
//
// The table (data/gazetteer/countries.tsv, built from Debian's iso-codes plus hand-written
// news aliases; see docs/data.md) is compiled into the binary and parsed once, on first use.
// Look-ups are exact and case-sensitive ("China", "U.S.", "Chinese", "Beijing"); curly
// apostrophes are read as straight ones. "EU" stands for the European Union.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "newsmine/text.hpp"

namespace newsmine {

enum class CountryForm : unsigned char { Country, Alias, Demonym, Capital };

struct CountryMatch {
  std::string_view code;  // "CN", "US", "EU", ...
  CountryForm form = CountryForm::Country;
  std::size_t end_token = 0;  // with match_country_at: one past the last token matched
};

// The entry for exactly `name`, if any. O(1) on average.
std::optional<CountryMatch> find_country(std::string_view name);

// The longest entry (up to four tokens, e.g. "United States of America") that starts at
// tokens[first] in `text`, if any.
std::optional<CountryMatch> match_country_at(std::string_view text,
                                             const std::vector<Token>& tokens, std::size_t first);

}  // namespace newsmine
