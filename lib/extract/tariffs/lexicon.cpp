#include "extract/tariffs/lexicon.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "extract/tariffs/word_lists.hpp"
#include "text/word_table.hpp"
#include "util/list_lines.hpp"

namespace newsmine::tariffs {

namespace {

using text::WordTable;

constexpr std::string_view kActions = "tariffs/actions.tsv";

Act act_named(const ListLine& row) {
  static const std::array<std::pair<std::string_view, Act>, 9> names = {
      {{"impose", Act::Impose},
       {"threaten", Act::Threaten},
       {"raise", Act::Raise},
       {"lower", Act::Lower},
       {"pause", Act::Pause},
       {"lift", Act::Lift},
       {"avert", Act::Avert},
       {"ward", Act::Ward},
       {"react", Act::React}}};
  for (const auto& [text, act] : names) {
    if (text == row.fields[0]) return act;
  }
  util::throw_list_error(kActions, row.number,
                         "unknown class \"" + std::string(row.fields[0]) + "\"");
}

struct ActTable {
  WordTable<ActWord> by_word;

  ActTable() {
    for (const ListLine& row : action_rows()) by_word.insert(row.key, read_act_row(row));
  }
};

const ActTable& act_table() {
  static const ActTable table;
  return table;
}

}  // namespace

ActWord read_act_row(const ListLine& row) {
  if (row.fields.size() != 2) {
    util::throw_list_error(kActions, row.number, "needs word<TAB>class<TAB>roles");
  }
  bool verb = false;
  bool noun = false;
  util::for_each_item(row.fields[1], [&](std::string_view role) {
    bool& flag = role == "verb" ? verb : noun;
    if ((role != "verb" && role != "noun") || flag) {
      util::throw_list_error(kActions, row.number, "roles are verb, noun or verb,noun");
    }
    flag = true;
  });
  return ActWord{act_named(row), noun && !verb, noun && verb};
}

// Every word this accepts must pass may_start_trigger.
Trigger trigger_of(std::string_view lower) {
  if (lower.size() < 3 || lower.size() > 15) return Trigger::None;
  // Second letters first: this runs on many tokens ("the", "to", "company").
  const char second = lower[1];
  if (second != 'a' && second != 'u' && second != 'e' && second != 'o') return Trigger::None;
  switch (lower[0]) {
    case 't':
      if (lower == "tariff" || lower == "tariffs") return Trigger::Tariff;
      if (lower == "tax" || lower == "taxes") return Trigger::Tax;
      if (lower == "tariff-free") return Trigger::DutyFree;
      return Trigger::None;
    case 'd':
      if (lower == "duty" || lower == "duties") return Trigger::Tariff;
      if (lower == "duty-free") return Trigger::DutyFree;
      return Trigger::None;
    case 'l':
      if (lower == "levy" || lower == "levies") return Trigger::Tariff;
      return Trigger::None;
    case 's':
      if (lower == "surtax" || lower == "surtaxes" || lower == "surcharge" ||
          lower == "surcharges") {
        return Trigger::Tax;
      }
      return Trigger::None;
    case 'f':
      // "import fee", "a fee on imported oil": a trigger only in trade use, as "tax".
      if (lower == "fee" || lower == "fees") return Trigger::Tax;
      return Trigger::None;
    case 'c':
      if (lower == "countermeasure" || lower == "countermeasures") return Trigger::Countermeasure;
      // "counter-tariffs": tariffs imposed in return.
      if (lower == "counter-tariff" || lower == "counter-tariffs" || lower == "countertariff" ||
          lower == "countertariffs") {
        return Trigger::Tariff;
      }
      return Trigger::None;
    default:
      return Trigger::None;
  }
}

ActWord act_of(std::string_view lower) {
  const ActWord* found = act_table().by_word.find(lower);
  return found ? *found : ActWord{};
}

Act phrasal_act(std::string_view lower, std::string_view next_lower) {
  if (next_lower == "off" && in_list(List::PhrasalCallOff, lower)) return Act::Avert;
  if (next_lower == "off" && in_list(List::PhrasalWardOff, lower)) return Act::Ward;
  if (next_lower == "back" && in_list(List::PhrasalReactBack, lower)) return Act::React;
  if (next_lower == "back" && in_list(List::PhrasalLowerBack, lower)) return Act::Lower;
  // "Cambodia was hit with duties", "goods subject to the levy": the subject is the target.
  if ((next_lower == "with" || next_lower == "by") && in_list(List::PhrasalHitWith, lower)) {
    return Act::React;
  }
  if (next_lower == "to" && (lower == "subject" || lower == "subjected")) return Act::React;
  // "took effect", "in force", "kick in": the measure is in force.
  std::array<char, 24> phrase{};
  if (lower.size() + next_lower.size() + 1 <= phrase.size() && !lower.empty()) {
    auto end = std::copy(lower.begin(), lower.end(), phrase.begin());
    *end++ = ' ';
    end = std::copy(next_lower.begin(), next_lower.end(), end);
    std::string_view joined(phrase.data(), static_cast<std::size_t>(end - phrase.begin()));
    if (in_list(List::PhrasalInEffect, joined)) return Act::Impose;
  }
  return Act::None;
}

bool is_universal_scope(std::string_view lower) {
  return in_list(List::UniversalScope, lower);
}

bool is_facing(std::string_view lower) {
  return in_list(List::SubjectFaces, lower);
}

bool is_stance_verb(std::string_view lower) {
  return in_list(List::StanceVerbs, lower);
}

bool is_stacking(std::string_view lower) {
  return in_list(List::Stacking, lower);
}

bool is_level_noun(std::string_view lower) {
  return in_list(List::LevelNouns, lower);
}

bool is_untargeted_modifier(std::string_view lower) {
  return in_list(List::Untargeted, lower);
}

bool is_modal(std::string_view lower) {
  return in_list(List::Modal, lower);
}

bool is_realized(std::string_view lower) {
  return in_list(List::Realized, lower);
}

bool is_negation(std::string_view lower) {
  return in_list(List::Negation, lower) || lower.ends_with("n't");
}

bool is_request(std::string_view lower) {
  return in_list(List::Request, lower);
}

bool is_clause_opener(std::string_view lower) {
  return in_list(List::ClauseOpeners, lower);
}

bool is_preposition(std::string_view lower) {
  return in_list(List::Prepositions, lower);
}

bool is_specific(std::string_view lower) {
  return in_list(List::Specific, lower);
}

bool is_planned_modifier(std::string_view lower) {
  return in_list(List::Planned, lower);
}

bool is_non_event_head(std::string_view lower) {
  return in_list(List::NonEventHeads, lower);
}

std::optional<bool> pronoun_plural(std::string_view lower) {
  if (lower == "its" || lower == "it" || lower == "his" || lower == "he" || lower == "her" ||
      lower == "she") {
    return false;
  }
  if (lower == "their" || lower == "they" || lower == "them") return true;
  return std::nullopt;
}

bool is_generic_goods(std::string_view lower) {
  return in_list(List::GenericGoods, lower);
}

bool ends_goods(std::string_view lower) {
  return in_list(List::GoodsEnds, lower);
}

bool is_trade_word(std::string_view lower) {
  return in_list(List::Trade, lower);
}

bool is_domestic_tax_word(std::string_view lower) {
  return in_list(List::DomesticTax, lower);
}

bool is_origin_verb(std::string_view lower) {
  return in_list(List::Origin, lower);
}

bool is_unfair_practice(std::string_view lower) {
  return in_list(List::UnfairPractice, lower);
}

bool is_exporter_noun(std::string_view lower) {
  return in_list(List::ExporterNouns, lower);
}

bool is_aimed_modifier(std::string_view lower) {
  return in_list(List::Aimed, lower);
}

bool is_price_word(std::string_view lower) {
  return in_list(List::Price, lower);
}

bool is_opposition(std::string_view lower) {
  return in_list(List::Opposition, lower);
}

bool is_abstract_frame(std::string_view lower) {
  return in_list(List::AbstractFrames, lower);
}

bool is_list_link(std::string_view lower) {
  return in_list(List::ListLinks, lower);
}

bool is_mutual(std::string_view lower) {
  return lower == "mutual" || lower == "tit-for-tat";
}

namespace {

// Word -> country code from the rows of a two-column list (currencies.tsv, leaders.tsv).
WordTable<std::string_view> code_table(const std::vector<ListLine>& rows, std::string_view list) {
  WordTable<std::string_view> made;
  for (const ListLine& row : rows) {
    if (row.fields.size() != 1) util::throw_list_error(list, row.number, "needs word<TAB>code");
    made.insert(row.key, row.fields[0]);
  }
  return made;
}

std::optional<std::string_view> code_in(const WordTable<std::string_view>& codes,
                                        std::string_view word) {
  const std::string_view* code = codes.find(word);
  if (!code) return std::nullopt;
  return *code;
}

}  // namespace

std::optional<std::string_view> currency_code(std::string_view lower) {
  static const WordTable<std::string_view> codes =
      code_table(currency_rows(), "tariffs/currencies.tsv");
  return code_in(codes, lower);
}

std::optional<std::string_view> leader_or_bloc_code(std::string_view word) {
  static const WordTable<std::string_view> codes = code_table(leader_rows(), "tariffs/leaders.tsv");
  return code_in(codes, word);
}

}  // namespace newsmine::tariffs
