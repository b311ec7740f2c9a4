#include "newsmine/countries.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "newsmine/embedded.hpp"
#include "util/hash_table.hpp"

namespace newsmine {

namespace {

constexpr std::size_t kMaxTokens = 4;

// Straight apostrophes for curly ones, so "People’s" finds "People's".
std::string normalize(std::string_view name) {
  if (name.find('\xE2') == std::string_view::npos) return std::string(name);
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
    } else {
      out += name[i];
    }
  }
  return out;
}

// Names and their entries, found through an open-addressing index of name hashes.
struct CountryTable {
  std::vector<std::pair<std::string, CountryMatch>> entries;
  util::HashTable index;  // key_of(name) -> position in entries + 1
  // Per first byte, bit n: a name of n bytes (n < 64); most names looked up are no country's,
  // and these tell so without hashing.
  std::array<std::uint64_t, 256> lengths{};

  CountryTable() {
    std::string_view data = embedded_data("gazetteer/countries.tsv");
    while (!data.empty()) {
      std::size_t newline = data.find('\n');
      std::string_view line = data.substr(0, newline);
      data = newline == std::string_view::npos ? std::string_view{} : data.substr(newline + 1);
      if (line.empty() || line.front() == '#') continue;
      std::size_t tab1 = line.find('\t');
      std::size_t tab2 = line.find('\t', tab1 + 1);
      if (tab1 == std::string_view::npos || tab2 == std::string_view::npos) continue;
      std::string_view form = line.substr(tab2 + 1);
      CountryMatch match;
      match.code = line.substr(tab1 + 1, tab2 - tab1 - 1);
      match.form = form == "alias"     ? CountryForm::Alias
                   : form == "demonym" ? CountryForm::Demonym
                   : form == "capital" ? CountryForm::Capital
                                       : CountryForm::Country;
      std::string name = normalize(line.substr(0, tab1));
      if (find(name) != nullptr) continue;  // the first entry of a name counts
      if (name.empty()) continue;
      if (name.size() < 64) {
        lengths[static_cast<unsigned char>(name.front())] |= std::uint64_t{1} << name.size();
      } else {
        lengths[static_cast<unsigned char>(name.front())] |= std::uint64_t{1};  // long ones
      }
      entries.emplace_back(std::move(name), match);
      index.insert(util::HashTable::key_of(entries.back().first),
                   static_cast<std::uint32_t>(entries.size()));
    }
  }

  const CountryMatch* find(std::string_view name) const {
    if (name.empty()) return nullptr;
    const std::uint64_t lengths_of_first = lengths[static_cast<unsigned char>(name.front())];
    if (((lengths_of_first >> (name.size() < 64 ? name.size() : 0)) & 1) == 0) return nullptr;
    std::uint32_t position = index.find(util::HashTable::key_of(name));
    if (position == 0 || entries[position - 1].first != name) return nullptr;
    return &entries[position - 1].second;
  }
};

const CountryTable& table() {
  static const CountryTable instance;
  return instance;
}

}  // namespace

std::optional<CountryMatch> find_country(std::string_view name) {
  const CountryTable& countries = table();
  const CountryMatch* found = name.find('\xE2') == std::string_view::npos
                                  ? countries.find(name)
                                  : countries.find(normalize(name));
  if (found == nullptr) return std::nullopt;
  return *found;
}

std::optional<CountryMatch> match_country_at(std::string_view text,
                                             const std::vector<Token>& tokens, std::size_t first) {
  if (first >= tokens.size()) return std::nullopt;
  std::optional<CountryMatch> best;
  for (std::size_t last = first; last < tokens.size() && last < first + kMaxTokens; ++last) {
    if (last > first && tokens[last].breaks_before > 0) break;
    std::string_view name =
        text.substr(tokens[first].start, tokens[last].end - tokens[first].start);
    if (auto match = find_country(name)) {
      best = match;
      best->end_token = last + 1;
    }
  }
  return best;
}

}  // namespace newsmine
