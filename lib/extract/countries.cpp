#include "newsmine/countries.hpp"

#include <string>
#include <unordered_map>

#include "newsmine/embedded.hpp"

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

// Hashes names as string views, so a look-up needs no string.
struct NameHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view name) const {
    return std::hash<std::string_view>{}(name);
  }
};

struct CountryTable {
  std::unordered_map<std::string, CountryMatch, NameHash, std::equal_to<>> by_name;

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
      by_name.emplace(normalize(line.substr(0, tab1)), match);
    }
  }
};

const CountryTable& table() {
  static const CountryTable instance;
  return instance;
}

}  // namespace

std::optional<CountryMatch> find_country(std::string_view name) {
  const auto& by_name = table().by_name;
  auto found = name.find('\xE2') == std::string_view::npos ? by_name.find(name)
                                                           : by_name.find(normalize(name));
  if (found == by_name.end()) return std::nullopt;
  return found->second;
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
