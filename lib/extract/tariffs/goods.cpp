#include "extract/tariffs/goods.hpp"

#include <utility>

#include "extract/money/money.hpp"
#include "extract/tariffs/lexicon.hpp"

namespace newsmine::tariffs {

namespace {

using Item = std::vector<std::size_t>;  // word indices; kNone marks an "and"

// The words [first, end) cut into items at commas and "and"/"or", up to where the noun
// phrase ends (a verb, a trigger, a stop word, punctuation). `had_comma`: a comma list.
std::vector<Item> split_items(const SentenceView& view, std::size_t first, std::size_t end,
                              bool& had_comma) {
  std::vector<Item> items(1);
  for (std::size_t k = first; k < end && k < first + 16; ++k) {
    const Word& word = view.words[k];
    const std::string& w = word.lower;
    if (word.punct) {
      if (w == ",") {
        had_comma = true;
        items.emplace_back();
        continue;
      }
      if (w == "\"" || w == "'") continue;
      break;
    }
    if (ends_goods(w) || trigger_of(w) != Trigger::None) {
      // "... on orange juice imports, Vastagh said": the last item is the speaker.
      if ((w == "said" || w == "says") && had_comma && items.size() > 1) items.pop_back();
      break;
    }
    ActWord act = act_of(w);
    if (act.act != Act::None && !act.noun && w != "frozen") break;
    if (w == "and" || w == "or") {
      items.emplace_back();
      items.back().push_back(kNone);  // marks "and": joined back unless it is a list
      continue;
    }
    items.back().push_back(k);
  }
  return items;
}

// Without a comma list, "vegetable and marine oils" is one item.
std::vector<Item> join_pairs(std::vector<Item> items, bool had_comma) {
  std::vector<Item> merged;
  for (auto& item : items) {
    if (!item.empty() && item.front() == kNone) {
      item.erase(item.begin());
      if (!had_comma && !merged.empty()) {
        merged.back().push_back(kNone);
        merged.back().insert(merged.back().end(), item.begin(), item.end());
        continue;
      }
    }
    merged.push_back(item);
  }
  return merged;
}

// Determiners, quantities, countries and "imports of" in front of an item.
bool skipped_lead(const SentenceView& view, const Item& item, std::size_t at) {
  const std::string& l = view.lower(item[at]);
  if (view.mention_at[item[at]] != kNone) return true;
  if ((l == "imports" || l == "exports" || l == "shipments") && at + 1 < item.size() &&
      item[at + 1] != kNone && view.lower(item[at + 1]) == "of") {
    return true;
  }
  if (!l.empty() && l[0] >= '0' && l[0] <= '9') return true;
  return l == "the" || l == "a" || l == "an" || l == "its" || l == "their" || l == "some" ||
         l == "certain" || l == "many" || l == "all" || l == "range" || l == "of" || l == "his" ||
         l == "her" || l == "mln" || l == "dlrs" || l == "tonnes" || l == "worth" ||
         l == "imported" || l == "us" || l == "u.s." || l == "such" || l == "those" ||
         l == "these" || l == "most" || l == "much" || l == "part" || l == "half" || l == "rest";
}

// An adjective that names no goods alone: "electronic", "agricultural", "manufactured".
bool modifier_only(std::string_view lower) {
  return lower.ends_with("ic") || lower.ends_with("al") || lower.ends_with("ed");
}

// The item's name as written, without its lead and trailing generic words ("steel
// imports" -> "steel"); empty when only generic words are left.
std::string item_name(std::string_view text, const SentenceView& view, const Item& item) {
  std::size_t start = 0;
  while (start < item.size() && (item[start] == kNone || skipped_lead(view, item, start))) {
    ++start;
  }
  std::size_t stop = item.size();
  while (stop > start && item[stop - 1] != kNone && is_generic_goods(view.lower(item[stop - 1])) &&
         stop - 1 > start) {
    --stop;
  }
  // "electronic goods", "farm products": a generic head stays after a modifier alone.
  if (stop < item.size() && stop == start + 1 && modifier_only(view.lower(item[start]))) ++stop;
  std::string name;
  bool content = false;
  for (std::size_t i = start; i < stop; ++i) {
    if (item[i] == kNone) {
      name += " and";
      continue;
    }
    const Word& word = view.words[item[i]];
    if (!name.empty()) name += ' ';
    name += text.substr(word.start, word.end - word.start);
    if (!is_generic_goods(word.lower)) content = true;
  }
  return content ? name : std::string();
}

// The first word after a money amount at `first` ("C$30 billion", "300 mln dlrs"): numbers,
// magnitudes and currency forms of the money lists, with a currency among them; `first` when
// the words there are no money amount.
std::size_t after_money(std::string_view text, const SentenceView& view, std::size_t first,
                        std::size_t end) {
  const money::Lexicon& money = money::Lexicon::builtin();
  bool number = false;
  bool currency = false;
  std::size_t k = first;
  for (; k < end; ++k) {
    const Word& word = view.words[k];
    const std::string_view written = text.substr(word.start, word.end - word.start);
    bool glued = false;
    if (!word.lower.empty() && word.lower[0] >= '0' && word.lower[0] <= '9') {
      number = true;
    } else if (money.before(written) || money.after(written)) {
      currency = true;
    } else if (k + 1 < end && view.lower(k + 1) == "$" &&
               money.before(std::string(written) + "$")) {
      currency = true;  // "C" of "C$30"
    } else if (money.magnitude(written, glued) < 0) {
      break;
    }
  }
  return number && currency ? k : first;
}

}  // namespace

std::vector<std::string> goods_after(std::string_view text, const SentenceView& view,
                                     std::size_t first, std::size_t end) {
  std::vector<std::string> goods;
  if (first == kNone || first >= end) return goods;
  // "C$30 billion worth of U.S. products": the goods come after the amount's "of".
  if (std::size_t rest = after_money(text, view, first, end); rest != first) {
    if (rest < end && view.lower(rest) == "worth") ++rest;
    if (rest >= end || view.lower(rest) != "of") return goods;
    first = rest + 1;
  }
  bool had_comma = false;
  std::vector<Item> items = split_items(view, first, end, had_comma);
  items = join_pairs(std::move(items), had_comma);
  for (const Item& item : items) {
    std::string name = item_name(text, view, item);
    if (!name.empty()) goods.push_back(std::move(name));
  }
  return goods;
}

}  // namespace newsmine::tariffs
