// The word lists of the tariff annotator, read from data/tariffs/ (embedded, see data/EMBED)
// once, on first use. A list with a word twice, an action word in two classes or a word in
// two lists that exclude each other is a data error: loading throws util::ListError.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsmine::tariffs {

// One entry a line: the first tab-separated field of every line that is not empty or a
// '#' comment, with its other fields. Throws util::ListError when a first field repeats
// (util::for_each_list_line).
struct ListLine {
  std::string_view key;
  std::vector<std::string_view> fields;  // the fields after the key
  std::size_t number = 0;                // line number in the file, from 1
};
std::vector<ListLine> parse_list(std::string_view text, std::string_view name);
// The rows of the embedded list data/tariffs/<file>.
std::vector<ListLine> embedded_rows(std::string_view file);

// Throws when a key of `one` is also a key of `other` (lists that must not overlap).
void reject_overlap(const std::vector<ListLine>& one, std::string_view one_name,
                    const std::vector<ListLine>& other, std::string_view other_name);

// The plain word lists, by file name under data/tariffs/ (without ".txt").
enum class List : std::uint8_t {
  Modal,
  Realized,
  Negation,
  Request,
  ClauseOpeners,
  Prepositions,
  Specific,
  Planned,
  NonEventHeads,
  GenericGoods,
  GoodsEnds,
  Trade,
  DomesticTax,
  Origin,
  Price,
  ListLinks,
  PhrasalCallOff,
  PhrasalWardOff,
  PhrasalReactBack,
  PhrasalLowerBack,
  PhrasalHitWith,
  PhrasalInEffect,
  Opposition,
  AbstractFrames,
  UniversalScope,
  SubjectFaces,
  StanceVerbs,
  Stacking,
  LevelNouns,
  Untargeted,
  UnfairPractice,
  ExporterNouns,
  Aimed,
  Count,
};

// Whether `word` is in `list` (the lists are loaded on the first call).
bool in_list(List list, std::string_view word);

// The rows of actions.tsv (word, class, verb|noun) and leaders.tsv (name, code).
const std::vector<ListLine>& action_rows();
const std::vector<ListLine>& leader_rows();
// The rows of currencies.tsv (currency, code).
const std::vector<ListLine>& currency_rows();

}  // namespace newsmine::tariffs
