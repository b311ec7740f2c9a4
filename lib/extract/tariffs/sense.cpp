#include "extract/tariffs/sense.hpp"

#include <array>
#include <cctype>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "extract/tariffs/word_lists.hpp"
#include "text/word_table.hpp"

namespace newsmine::tariffs {

namespace {

// Where a word of a sense list counts (the second field of its line).
enum class Role : std::uint8_t {
  Before,  // sense-obligation.tsv
  OfHead,
  After,
  Pair,
  RateLead,
  Object,  // sense-domestic.tsv
  Local,
  Retail,
  Governor,  // sense-topic.tsv
  Marker,    // sense-conditions.tsv
  Inversion,
};

// How far around the trigger group each cue is looked for (words).
constexpr std::size_t kBorderBefore = 3;    // "import tariff", "customs and excise duty"
constexpr std::size_t kBorderAfter = 8;     // "a tax on an ad valorem basis on imports"
constexpr std::size_t kDomesticBefore = 2;  // "air passenger duty"
constexpr std::size_t kDomesticAfter = 4;   // "a levy of 0.1% on share transactions"
constexpr std::size_t kOriginWindow = 8;    // "a tax on both imported and domestic oils"
constexpr std::size_t kOriginJoin = 4;      // "imported and locally produced"
constexpr std::size_t kPriceBefore = 2;     // "mobile data tariffs"
constexpr std::size_t kPriceAfter = 3;      // "tariffs for electricity"

Role role_named(std::string_view file, std::string_view key, std::string_view name) {
  static const std::array<std::pair<std::string_view, Role>, 11> names = {
      {{"before", Role::Before},
       {"of-head", Role::OfHead},
       {"after", Role::After},
       {"pair", Role::Pair},
       {"rate-lead", Role::RateLead},
       {"object", Role::Object},
       {"local", Role::Local},
       {"retail", Role::Retail},
       {"governor", Role::Governor},
       {"marker", Role::Marker},
       {"inversion", Role::Inversion}}};
  for (const auto& [text, role] : names) {
    if (text == name) return role;
  }
  throw std::runtime_error(std::string(file) + ": \"" + std::string(key) +
                           "\" has no known role \"" + std::string(name) + "\"");
}

// A sense word that is also a trade word would both reject and support a border measure.
void reject_trade(std::string_view file, std::string_view key) {
  if (is_trade_word(key) || is_price_word(key) || is_domestic_tax_word(key)) {
    throw std::runtime_error(std::string(file) + ": \"" + std::string(key) +
                             "\" is also a trade, price or domestic-tax word");
  }
}

struct SenseLists {
  text::WordTable<Role> roles;  // the three .tsv files: one role per word across them
  text::WordTable<bool> origin;
  std::vector<std::string> origin_endings;  // "-produced": the end of a compound

  SenseLists() {
    // One table: a word with a role in two files is a conflict too.
    for (std::string_view file : {"sense-obligation.tsv", "sense-domestic.tsv",
                                  "sense-conditions.tsv", "sense-topic.tsv"}) {
      for (ListLine& line : embedded_rows(file)) {
        if (line.fields.size() != 1) {
          throw std::runtime_error(std::string(file) + ": \"" + std::string(line.key) +
                                   "\" needs one role");
        }
        Role role = role_named(file, line.key, line.fields[0]);
        if (role == Role::Object || role == Role::Local || role == Role::Retail) {
          reject_trade(file, line.key);
        }
        if (roles.find(line.key) != nullptr) {
          throw std::runtime_error(std::string(file) + ": \"" + std::string(line.key) +
                                   "\" is in another sense list");
        }
        roles.insert(line.key, role);
      }
    }
    for (const ListLine& line : embedded_rows("sense-origin.txt")) {
      reject_trade("sense-origin.txt", line.key);
      if (line.key.starts_with('-')) {
        origin_endings.emplace_back(line.key);
      } else {
        origin.insert(line.key, true);
      }
    }
  }
};

const SenseLists& lists() {
  static const SenseLists loaded;
  return loaded;
}

bool has_role(std::string_view lower, Role role) {
  const Role* found = lists().roles.find(lower);
  return found != nullptr && *found == role;
}

bool is_origin_word(std::string_view lower) {
  if (lists().origin.find(lower) != nullptr) return true;
  for (const std::string& ending : lists().origin_endings) {
    if (lower.size() > ending.size() && lower.ends_with(ending)) return true;
  }
  return false;
}

bool starts_with_digit(std::string_view lower) {
  return !lower.empty() && std::isdigit(static_cast<unsigned char>(lower.front())) != 0;
}

std::size_t back_from(std::size_t at, std::size_t span, std::size_t floor) {
  return at > floor + span ? at - span : floor;
}

class Reader {
 public:
  explicit Reader(const SenseInput& in) : in_(in), words_(in.words) {}

  SenseEvidence read() const {
    SenseEvidence out;
    out.border = border();
    out.obligation = obligation();
    out.domestic = domestic();
    out.taxed_at_home = taxed_at_home();
    out.origin_neutral = origin_neutral();
    out.price = price();
    out.topical = topical();
    out.governed = governed_as_topic();
    out.retail = retail();
    out.hypothetical = hypothetical();
    out.in_name = in_name();
    return out;
  }

 private:
  const std::string& lower(std::size_t k) const { return words_[k].lower; }
  std::size_t size() const { return words_.size(); }

  // A trade word that is not itself a trigger, in lower case (not a name: "General Agreement
  // on Tariffs and Trade"), around the trigger group, or a compound of one ("import-duty").
  bool trade_at(std::size_t k) const {
    if (words_[k].punct || words_[k].capitalized) return false;
    return is_trade_word(lower(k)) && trigger_of(lower(k)) == Trigger::None;
  }
  bool border() const {
    for (std::size_t k = in_.first; k <= in_.last; ++k) {
      if (is_trade_word(lower(k)) && trigger_of(lower(k)) == Trigger::None) return true;
    }
    const std::size_t from = back_from(in_.first, kBorderBefore, in_.begin);
    const std::size_t to = std::min(in_.end, in_.last + 1 + kBorderAfter);
    for (std::size_t k = from; k < to; ++k) {
      if (k >= in_.first && k <= in_.last) continue;
      if (trade_at(k)) return true;
    }
    return false;
  }

  bool is_duty(std::size_t k) const { return lower(k) == "duty" || lower(k) == "duties"; }

  // "to"/"of" followed by a word, not by a rate: "duty to protect", "duties of president".
  bool obligation_after(std::size_t k) const {
    if (k + 1 >= size() || !has_role(lower(k), Role::After)) return false;
    if (lower(k) != "to" && lower(k) != "of") return true;  // "duty-bound", "duty roster"
    const Word& next = words_[k + 1];
    return !next.punct && !next.capitalized && !starts_with_digit(next.lower) &&
           !has_role(next.lower, Role::RateLead);
  }
  bool obligation() const {
    if (!is_duty(in_.first) && !is_duty(in_.last)) return false;
    if (in_.first > 0) {
      const std::string& before = lower(in_.first - 1);
      if (has_role(before, Role::Before)) return true;
      if (before == "of" && in_.first > 1 && has_role(lower(in_.first - 2), Role::OfHead)) {
        return true;
      }
      if ((before == "and" || before == "or") && in_.first > 1 &&
          has_role(lower(in_.first - 2), Role::Pair)) {
        return true;
      }
    }
    if (in_.last + 1 < size()) {
      const std::size_t next = in_.last + 1;
      if (obligation_after(next)) return true;
      if ((lower(next) == "and" || lower(next) == "or") && next + 1 < size() &&
          has_role(lower(next + 1), Role::Pair)) {
        return true;
      }
    }
    return false;
  }

  // A domestic-tax word next to the trigger ("income tax", "tax on salaries"), something
  // taxed at home after it ("a levy on hotel rooms"), or a local government as its subject.
  // A home object in the phrase right after the trigger, no trade word before it: "a tax on
  // share transactions", "a border tax on remittances".
  bool taxed_at_home() const {
    const std::size_t to = std::min(in_.end, in_.last + 1 + kDomesticAfter);
    for (std::size_t k = in_.last + 1; k < to; ++k) {
      if (words_[k].punct || words_[k].capitalized || trade_at(k)) return false;
      if (has_role(lower(k), Role::Object)) return true;
    }
    return false;
  }

  // "the duty-free shop", "a duty-free allowance": travel retail, not a measure.
  bool retail() const {
    return in_.kind == Trigger::DutyFree && in_.last + 1 < size() &&
           has_role(lower(in_.last + 1), Role::Retail);
  }

  // "despite tariffs", "amid the new levies": a governor of the trigger's phrase, at most three
  // words before it with no punctuation or action word between.
  bool governed_as_topic() const {
    const std::size_t from = back_from(in_.first, 3, in_.begin);
    for (std::size_t k = in_.first; k-- > from;) {
      if (words_[k].punct || act_of(lower(k)).act != Act::None) return false;
      if (has_role(lower(k), Role::Governor)) return true;
    }
    return false;
  }

  bool domestic() const {
    const std::size_t from = back_from(in_.first, kDomesticBefore, in_.begin);
    const std::size_t to = std::min(in_.end, in_.last + 1 + kDomesticAfter);
    for (std::size_t k = from; k < to; ++k) {
      if (k >= in_.first && k <= in_.last) continue;
      if (words_[k].punct && k > in_.last) break;
      if (is_domestic_tax_word(lower(k)) || has_role(lower(k), Role::Object)) return true;
    }
    if (in_.named_side) return false;  // a city taxes no other country's goods
    for (std::size_t k = in_.begin; k < in_.first; ++k) {
      if (!words_[k].capitalized && has_role(lower(k), Role::Local)) return true;
    }
    return false;
  }

  // "domestic and imported", "imported and EC-produced": home-made goods joined to imports.
  bool origin_neutral() const {
    const std::size_t to = std::min(in_.end, in_.last + 1 + kOriginWindow);
    std::size_t origin = kNoWord;
    std::size_t trade = kNoWord;
    for (std::size_t k = in_.last + 1; k < to; ++k) {
      if (is_origin_word(lower(k))) origin = k;
      if (trade_at(k)) trade = k;
      if (origin == kNoWord || trade == kNoWord) continue;
      const std::size_t low = std::min(origin, trade);
      const std::size_t high = std::max(origin, trade);
      if (high - low > kOriginJoin) continue;
      for (std::size_t j = low + 1; j < high; ++j) {
        if (lower(j) == "and" || lower(j) == "or") return true;
      }
    }
    return false;
  }

  // A price word near a trigger: "electricity tariffs", "data tariffs", "insurance surcharges".
  bool price() const {
    const std::size_t from = back_from(in_.first, kPriceBefore, in_.begin);
    const std::size_t to = std::min(in_.end, in_.last + 1 + kPriceAfter);
    for (std::size_t k = from; k < to; ++k) {
      if (is_price_word(lower(k))) return true;
    }
    return false;
  }

  // "the tariffs' impact on", "the levy's effect": the trigger is the possessor of a noun.
  bool topical() const {
    const Word& trigger = words_[in_.last];
    if (trigger.possessive) return in_.last + 1 < size() && !words_[in_.last + 1].punct;
    const std::size_t next = in_.last + 1;
    return trigger.lower.ends_with('s') && next + 1 < size() && words_[next].punct &&
           words_[next].lower == "'" && !words_[next + 1].punct && !words_[next + 1].capitalized;
  }

  // A condition anywhere in the sentence: "if", "unless", or "should" + subject.
  bool hypothetical() const {
    for (std::size_t k = 0; k < size(); ++k) {
      if (words_[k].punct) continue;
      if (has_role(lower(k), Role::Marker)) return true;
      if (has_role(lower(k), Role::Inversion) && k + 1 < size()) {
        const Word& next = words_[k + 1];
        if (next.capitalized || is_specific(next.lower) || next.lower == "a" ||
            next.lower == "an") {
          return true;
        }
      }
    }
    return false;
  }

  // A capitalized trigger inside a name: "Agreement on Tariffs and Trade", "Tariff
  // Commission"; not in a headline written in title case.
  bool in_name() const {
    const Word& trigger = words_[in_.first];
    if (!trigger.capitalized || in_.first == 0 || title_case()) return false;
    const std::size_t next = in_.last + 1;
    auto name_word = [this](std::size_t k) {
      return k < size() && !words_[k].punct && words_[k].capitalized;
    };
    if (name_word(next)) return true;
    if (next < size() && lower(next) == "and" && name_word(next + 1)) return true;
    const std::string& before = lower(in_.first - 1);
    return (before == "on" || before == "of") && in_.first > 1 && name_word(in_.first - 2);
  }
  bool title_case() const {
    std::size_t words = 0;
    std::size_t capitalized = 0;
    for (const Word& word : words_) {
      if (word.punct) continue;
      ++words;
      if (word.capitalized) ++capitalized;
    }
    return capitalized * 3 > words * 2;
  }

  static constexpr std::size_t kNoWord = static_cast<std::size_t>(-1);
  const SenseInput& in_;
  const std::vector<Word>& words_;
};

}  // namespace

SenseEvidence sense_evidence(const SenseInput& in) {
  if (in.first > in.last || in.last >= in.words.size()) return {};
  return Reader(in).read();
}

Sense decide_sense(const SenseInput& in, const SenseEvidence& evidence) {
  if (evidence.in_name) return Sense::Name;
  if (evidence.obligation) return Sense::Obligation;
  if (evidence.origin_neutral || evidence.taxed_at_home) return Sense::Domestic;
  if (evidence.domestic && !evidence.border) return Sense::Domestic;
  if (evidence.price && !evidence.border && !in.named_side) return Sense::Price;
  if (evidence.retail) return Sense::Domestic;
  // "despite tariffs": whatever acts or rates the clause has belong to something else.
  if (evidence.governed) return Sense::Topical;
  // "the levy's impact on ...": a topic when nothing else says it is a measure; in trade news
  // "the tariffs' impact on Singapore" mostly accompanies a measure on that country.
  if (evidence.topical && !in.act && !in.rate && !in.named_side) return Sense::Topical;
  // "tax", "fee", "surcharge": a border measure only with a border cue of its own.
  if (in.kind == Trigger::Tax && !evidence.border && !in.named_side) return Sense::Domestic;
  if (evidence.hypothetical && !in.definite && !in.rate && !in.any_side &&
      !in.country_in_sentence) {
    return Sense::Hypothetical;
  }
  return Sense::Border;
}

Sense sense_of(const SenseInput& in) {
  return decide_sense(in, sense_evidence(in));
}

bool is_condition_marker(std::string_view lower) {
  return has_role(lower, Role::Marker);
}

}  // namespace newsmine::tariffs
