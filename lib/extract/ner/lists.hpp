// Word lists that the entity rules of lib/extract/entities.cpp consult after the model has
// tagged a sentence (data/entities/, docs/ner.md "Lists"): currencies, international
// organisations, acronyms of common nouns and the words that decide a name's type or extent.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace newsmine::ner {

// What a word says about the name it ends or follows (data/entities/name-words.tsv).
enum class NameRole : std::uint8_t { None, Suffix, Org, Misc, Media, Wire, Company, CompanyOf, Office };

class NameLists {
 public:
  // The lists compiled into the binary.
  static const NameLists& builtin();
  // From the contents of the four files (tests); the views must outlive the lists.
  static NameLists parse(std::string_view currencies, std::string_view organisations,
                         std::string_view acronyms, std::string_view name_words);

  // A currency code, abbreviation or name ("USD", "Rs", "dlrs", "Yen"); a name in capitals
  // ("YEN") is looked up in title case too.
  bool currency(std::string_view name) const;
  // A well-known international organisation ("IMF", "World Bank").
  bool organisation(std::string_view name) const { return contains(organisations_, name); }
  // An acronym of a common noun ("CEO", "GDP"), or its plural ("EVs").
  bool common_acronym(std::string_view name) const;
  // The role of a single word ("Corp" -> Suffix, "University" -> Org).
  NameRole role(std::string_view word) const;
  // The length of the company cue ("CEO", "chief executive", "shares") that `text` starts
  // with, or 0.
  std::size_t company_cue(std::string_view text) const;
  // Whether `text` ends with a cue that comes before a company's name ("chief executive of ").
  bool company_cue_before(std::string_view text) const;

 private:
  static bool contains(const std::vector<std::string_view>& list, std::string_view word);

  std::vector<std::string_view> currencies_;
  std::vector<std::string_view> organisations_;
  std::vector<std::string_view> acronyms_;
  std::vector<std::pair<std::string_view, NameRole>> roles_;  // sorted by word
  std::vector<std::string_view> company_cues_;
  std::vector<std::string_view> company_cues_before_;
};

}  // namespace newsmine::ner
