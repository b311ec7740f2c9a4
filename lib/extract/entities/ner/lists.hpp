// Word lists that the entity rules of lib/extract/entities/entities.cpp consult after the model has
// tagged a sentence (data/entities/, docs/ner.md "Lists"): currencies, international
// organisations, acronyms of common nouns and the words that decide a name's type or extent.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "util/hash_table.hpp"

namespace newsmine::ner {

// What a word says about the name it ends or follows (data/entities/name-words.tsv).
enum class NameRole : std::uint8_t {
  None,
  Suffix,
  Org,
  Misc,
  Media,
  Wire,
  Company,
  CompanyOf,
  Office
};

class NameLists {
 public:
  // The lists compiled into the binary.
  static const NameLists& builtin();
  // From the contents of the four files (tests); the views must outlive the lists.
  static NameLists parse(std::string_view currencies, std::string_view organisations,
                         std::string_view acronyms, std::string_view name_words);

  // What the lists say about one form, looked up once.
  class Entry {
   public:
    explicit Entry(std::uint32_t bits) : bits_(bits) {}
    NameRole role() const { return static_cast<NameRole>(bits_ & kRoleMask); }
    bool organisation() const { return (bits_ & kOrganisation) != 0; }
    bool common_acronym() const { return (bits_ & kAcronym) != 0; }
    bool currency() const { return (bits_ & kCurrency) != 0; }
    bool none() const { return bits_ == 0; }

   private:
    std::uint32_t bits_;
  };
  Entry lookup(std::string_view form) const { return Entry(bits(form)); }

  // A currency code, abbreviation or name ("USD", "Rs", "dlrs", "Yen"); a name in capitals
  // ("YEN") is looked up in title case too.
  bool currency(std::string_view name) const {
    return (bits(name) & kCurrency) != 0 || currency_in_capitals(name);
  }
  // A currency name in capitals, looked up in title case ("YEN" -> "Yen").
  bool currency_in_capitals(std::string_view name) const;
  // A well-known international organisation ("IMF", "World Bank").
  bool organisation(std::string_view name) const { return (bits(name) & kOrganisation) != 0; }
  // An acronym of a common noun ("CEO", "GDP"), or its plural ("EVs").
  bool common_acronym(std::string_view name) const;
  // The role of a single word ("Corp" -> Suffix, "University" -> Org).
  NameRole role(std::string_view word) const {
    return static_cast<NameRole>(bits(word) & kRoleMask);
  }
  // The length of the company cue ("CEO", "chief executive", "shares") that `text` starts
  // with, or 0.
  std::size_t company_cue(std::string_view text) const;
  // Whether `text` ends with a cue that comes before a company's name ("chief executive of ").
  bool company_cue_before(std::string_view text) const;

 private:
  static constexpr std::uint32_t kRoleMask = 15;
  static constexpr std::uint32_t kCurrency = 16;
  static constexpr std::uint32_t kOrganisation = 32;
  static constexpr std::uint32_t kAcronym = 64;
  // What the lists say about a form (0: nothing).
  std::uint32_t bits(std::string_view form) const {
    if (form.empty() || form.size() > 63) return 0;
    // Most forms are in no list: their first byte and length tell so without hashing.
    auto first = static_cast<unsigned char>(form.front());
    if (((lengths_[first] >> form.size()) & 1) == 0) return 0;
    unsigned pair = first << 8 | static_cast<unsigned char>(form.back());
    if (((ends_[pair / 64] >> (pair % 64)) & 1) == 0) return 0;
    return words_.find(util::HashTable::key_of(form));
  }
  void add(std::string_view form, std::uint32_t bits);

  std::array<std::uint64_t, 256> lengths_{};  // per first byte, bit n: a form of n bytes
  std::array<std::uint64_t, 1024> ends_{};    // bit (first byte << 8 | last byte)
  util::HashTable words_;  // hash of a form -> role | kCurrency | kOrganisation | kAcronym
  std::vector<std::string_view> company_cues_;
  std::array<bool, 256> cue_first_{};  // first bytes of company_cues_
  std::vector<std::string_view> company_cues_before_;
};

}  // namespace newsmine::ner
