#include "extract/tariffs/word_lists.hpp"

#include <array>
#include <stdexcept>
#include <string>

#include "text/word_table.hpp"
#include "util/list_lines.hpp"

namespace newsmine::tariffs {

namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(List::Count)> kListNames = {
    "modal",
    "realized",
    "negation",
    "request",
    "clause-openers",
    "prepositions",
    "specific",
    "planned",
    "non-event-heads",
    "generic-goods",
    "goods-ends",
    "trade",
    "domestic-tax",
    "origin",
    "price",
    "list-links",
    "phrasal-call-off",
    "phrasal-ward-off",
    "phrasal-react-back",
    "phrasal-lower-back",
    "phrasal-hit-with",
    "phrasal-in-effect",
    "opposition",
    "abstract-frames",
    "universal-scope",
    "subject-faces",
    "stance-verbs",
    "stacking",
    "level-nouns",
    "untargeted",
    "unfair-practice",
    "exporter-nouns",
    "aimed"};

struct Lists {
  std::array<std::vector<ListLine>, kListNames.size()> lines;
  std::array<text::WordTable<bool>, kListNames.size()> tables;
  std::vector<ListLine> actions;
  std::vector<ListLine> leaders;
  std::vector<ListLine> currencies;

  Lists() {
    for (std::size_t i = 0; i < kListNames.size(); ++i) {
      lines[i] = embedded_rows(std::string(kListNames[i]) + ".txt");
      for (const ListLine& line : lines[i]) tables[i].insert(line.key, true);
    }
    actions = embedded_rows("actions.tsv");
    leaders = embedded_rows("leaders.tsv");
    currencies = embedded_rows("currencies.tsv");
    // A word is a trade word, a domestic tax word or a price word, never two of them.
    const auto at = [this](List list) -> const std::vector<ListLine>& {
      return lines[static_cast<std::size_t>(list)];
    };
    reject_overlap(at(List::Trade), "trade", at(List::DomesticTax), "domestic-tax");
    reject_overlap(at(List::Trade), "trade", at(List::Price), "price");
    reject_overlap(at(List::DomesticTax), "domestic-tax", at(List::Price), "price");
  }
};

const Lists& lists() {
  static const Lists loaded;
  return loaded;
}

}  // namespace

std::vector<ListLine> embedded_rows(std::string_view file) {
  const std::string path = "tariffs/" + std::string(file);
  return parse_list(util::embedded_list(path), path);
}

std::vector<ListLine> parse_list(std::string_view text, std::string_view name) {
  std::vector<ListLine> out;
  util::for_each_list_line(name, text, [&](std::string_view line, std::size_t number) {
    ListLine entry;
    entry.number = number;
    std::size_t tab = line.find('\t');
    entry.key = line.substr(0, tab);
    while (tab != std::string_view::npos) {
      line = line.substr(tab + 1);
      tab = line.find('\t');
      entry.fields.push_back(line.substr(0, tab));
    }
    out.push_back(std::move(entry));
  });
  return out;
}

void reject_overlap(const std::vector<ListLine>& one, std::string_view one_name,
                    const std::vector<ListLine>& other, std::string_view other_name) {
  text::WordTable<bool> keys;
  for (const ListLine& line : one) keys.insert(line.key, true);
  for (const ListLine& line : other) {
    if (keys.find(line.key) != nullptr) {
      throw std::runtime_error("\"" + std::string(line.key) + "\" is in both " +
                               std::string(one_name) + " and " + std::string(other_name));
    }
  }
}

bool in_list(List list, std::string_view word) {
  return lists().tables[static_cast<std::size_t>(list)].find(word) != nullptr;
}

const std::vector<ListLine>& action_rows() {
  return lists().actions;
}
const std::vector<ListLine>& leader_rows() {
  return lists().leaders;
}
const std::vector<ListLine>& currency_rows() {
  return lists().currencies;
}

}  // namespace newsmine::tariffs
