// Tariff events (docs/tariffs.md). Per sentence with a trigger word (tariff, duty, levy, tax,
// countermeasure): split into clauses, group adjacent triggers into one event per clause,
// attach the governing action word, its modality and negation, the rate (a percent next to the
// trigger or its verb) and the countries in argument roles (premodifier and possessive ->
// actor; "on/against ..." -> target; "from/by ..." -> actor; the clause subject). Missing
// actors and targets come from earlier events of the document.
#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/tariffs/actions.hpp"
#include "extract/tariffs/goods.hpp"
#include "extract/tariffs/lexicon.hpp"
#include "extract/tariffs/rates.hpp"
#include "extract/tariffs/roles.hpp"
#include "extract/tariffs/sense.hpp"
#include "extract/tariffs/words.hpp"
#include "newsmine/countries.hpp"
#include "newsmine/extractors.hpp"

namespace newsmine {

namespace {

using tariffs::Act;
using tariffs::ActWord;
using tariffs::is_rate_filler;
using tariffs::kNone;
using tariffs::Mention;
using tariffs::PercentAt;
using tariffs::RateChoice;
using tariffs::Role;
using tariffs::Trigger;
using tariffs::Word;

constexpr std::string_view kEmDash = "\xE2\x80\x94";
// How far (bytes) a missing target is carried from an earlier event of the same actor.
constexpr std::uint32_t kTargetCarry = 800;

struct Candidate {
  TariffEvent event;
  bool fill = true;         // may take actor/target from other events of the document
  bool untargeted = false;  // "sweeping tariffs", "global tariffs": no target to fill in
  bool unanchored = false;  // no country, rate, goods or trade word: needs an event nearby
  bool both_sides = false;  // "mutual tariffs" with no side named: one event each way
  bool aimed = false;       // "retaliatory tariffs": at one country, even when lifted
  // The one country besides the actor that the sentence names, when it names it only in other
  // clauses than the trigger's ("Japan would end the pact if the U.S. imposes the tariffs").
  std::optional<std::string> other_clause_side;
};

// Lower-cased letters and hyphens at the front of `token` (after up to 4 other bytes), into
// `buffer`; empty when longer than the buffer.
std::string_view letters_of(std::string_view token, std::array<char, 16>& buffer) {
  std::size_t i = 0;
  while (i < token.size() && i < 4 && !((token[i] | 0x20) >= 'a' && (token[i] | 0x20) <= 'z')) {
    ++i;
  }
  std::size_t length = 0;
  for (; i < token.size(); ++i) {
    char c = token[i];
    bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (!letter && c != '-') break;
    if (length == buffer.size()) return {};
    buffer[length++] = letter ? static_cast<char>(c | 0x20) : c;
  }
  return {buffer.data(), length};
}

// The first bytes (lower-cased with | 0x20) a token holding a trigger word can start with: the
// initials of the trigger words, an opening bracket or quote, any non-ASCII byte (a curly quote).
constexpr std::array<bool, 256> kTriggerStart = [] {
  std::array<bool, 256> table{};
  for (char c : {'t', 'd', 'l', 'c', 's', 'f', '(', '"'}) {
    table[static_cast<unsigned char>(c)] = true;
  }
  for (std::size_t b = 0x80; b < table.size(); ++b) table[b] = true;
  return table;
}();

// Cheap test run on every token: could this token hold a trigger word?
Trigger token_trigger(std::string_view token) {
  if (token.size() < 3 || token.size() > 24) return Trigger::None;
  const auto first = static_cast<unsigned char>(token[0] | 0x20);
  if (!kTriggerStart[first]) return Trigger::None;
  // Most words end here, without being copied.
  if (first >= 'a' && first <= 'z' && !tariffs::may_start_trigger(token)) return Trigger::None;
  std::array<char, 16> buffer{};
  return tariffs::trigger_of(letters_of(token, buffer));
}

// "pre-tax profit", "income tax", "tax credits": the words around a "tax" in business news
// that are never a trade tax. Lets the skip test pass over earnings reports.
bool financial_tax(std::string_view previous, std::string_view next) {
  static const std::array<std::string_view, 14> before = {
      "pre",      "after",   "before", "income",  "corporate", "sales",    "profit",
      "property", "capital", "estate", "payroll", "net",       "deferred", "withholding"};
  static const std::array<std::string_view, 14> after = {
      "credit",  "credits", "loss",     "losses", "benefit", "benefits",  "charge",
      "charges", "rate",    "purposes", "return", "returns", "provision", "provisions"};
  return std::find(before.begin(), before.end(), previous) != before.end() ||
         std::find(after.begin(), after.end(), next) != after.end();
}

bool is_auxiliary(std::string_view lower) {
  static const std::array<std::string_view, 16> words = {
      "is",   "are", "was",  "were",  "be",    "been", "being", "has",
      "have", "had", "will", "would", "could", "may",  "might", "should"};
  return std::find(words.begin(), words.end(), lower) != words.end();
}

bool is_determiner(std::string_view lower) {
  return lower == "the" || lower == "a" || lower == "an" || lower == "its" || lower == "their";
}

bool is_generic_agent(std::string_view lower) {
  static const std::array<std::string_view, 9> words = {"nations",   "countries", "partners",
                                                        "allies",    "others",    "governments",
                                                        "economies", "neighbors", "neighbours"};
  return std::find(words.begin(), words.end(), lower) != words.end();
}

class SentenceAnalysis {
 public:
  SentenceAnalysis(const Document& doc, const Analysis& analysis, const Sentence& sentence,
                   const std::vector<std::string>& previous_codes,
                   std::vector<Candidate>& candidates)
      : text_(doc.text),
        analysis_(analysis),
        previous_codes_(previous_codes),
        candidates_(candidates),
        sentence_(sentence) {
    tariffs::split_words(text_, analysis.tokens, sentence.first_token, sentence.end_token, words_);
    tariffs::find_mentions(text_, words_, mentions_);
    drop_round_names();
    mention_at_.assign(words_.size(), kNone);
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      for (std::size_t k = mentions_[m].first; k < mentions_[m].last; ++k) mention_at_[k] = m;
    }
    split_clauses();
    find_percents();
  }

  void run() {
    std::vector<std::pair<std::size_t, std::size_t>> groups;  // trigger word ranges
    std::vector<Trigger> kinds;
    for (std::size_t i = 0; i < words_.size(); ++i) {
      Trigger kind = trigger_at(i);
      if (kind == Trigger::None) continue;
      if (!groups.empty() && joins(groups.back().second, i)) {
        groups.back().second = i;
        if (kinds.back() != Trigger::Tariff && kind != Trigger::Countermeasure) {
          kinds.back() = kind;
        }
        continue;
      }
      groups.emplace_back(i, i);
      kinds.push_back(kind);
    }
    const std::size_t before = candidates_.size();
    for (std::size_t g = 0; g < groups.size(); ++g) {
      std::size_t limit = g + 1 < groups.size() ? groups[g + 1].first : words_.size();
      evaluate(groups[g].first, groups[g].second, kinds[g], limit);
    }
    if (!groups.empty()) add_rate_list(before, nullptr);
  }

  // A line of a rate table under a tariff announcement ("Lesotho: 50%"): one event per
  // country, with the actor and action of the document's last event.
  void run_rate_line() {
    if (candidates_.empty()) return;
    Candidate model = candidates_.back();
    model.event.span = {sentence_.start, sentence_.end};
    model.event.goods.clear();
    model.event.date.reset();
    add_rate_list(candidates_.size(), &model);
  }

  // A percent tied to a country: "Vietnam 46 per cent", "China (at 54%)", "Lesotho: 50%",
  // "46% on Vietnam", "20% to the EU". Returns the percent's index or kNone.
  std::size_t percent_of_country(const Mention& mention) const {
    // "Chile's 9% levy": the possessive names who imposes, it is no row of a list.
    if (words_[mention.last - 1].possessive) return kNone;
    std::size_t k = mention.last;
    for (std::size_t steps = 0; k < words_.size() && steps < 5; ++steps, ++k) {
      if (percent_index_at(k) != kNone) return percent_index_at(k);
      if (!tariffs::is_list_link(lower(k))) break;
    }
    std::size_t j = mention.first;
    while (j > 0 && is_determiner(lower(j - 1))) --j;
    if (j >= 2 && (lower(j - 1) == "on" || lower(j - 1) == "to" || lower(j - 1) == "for")) {
      for (std::size_t p = 0; p < percents_.size(); ++p) {
        if (percents_[p].last == j - 1) return old_level(p) ? kNone : p;
      }
    }
    return kNone;
  }

  bool has_action_word() const {
    for (std::size_t k = 0; k < words_.size(); ++k) {
      std::size_t width = 1;
      if (act_at(k, width).act != Act::None) return true;
    }
    return false;
  }

  std::size_t percent_index_at(std::size_t k) const {
    for (std::size_t p = 0; p < percents_.size(); ++p) {
      if (percents_[p].first == k) return old_level(p) ? kNone : p;
    }
    return kNone;
  }

  // "from (about) 5 pct", "by 10 pct": an old level or a change, not the tariff's rate.
  bool old_level(std::size_t p) const { return tariffs::old_level(view(), p); }

  // One event per country-rate pair of a list in a sentence that reports a tariff: "Cambodia
  // 49 percent, Laos 48 percent". The sentence's first event gives actor and action; an event
  // with the same rate takes the pair's country instead of getting a twin.
  void add_rate_list(std::size_t from, const Candidate* given) {
    std::vector<std::pair<std::string, double>> pairs;
    for (const Mention& mention : mentions_) {
      if (mention.pronoun) continue;
      std::size_t p = percent_of_country(mention);
      if (p != kNone) pairs.emplace_back(mention.code, percents_[p].value);
    }
    if (pairs.empty()) return;
    Candidate model;
    model.event.span = {sentence_.start, sentence_.end};
    if (given != nullptr) {
      model = *given;
    } else if (from < candidates_.size()) {
      model = candidates_[from];
    } else if (!has_action_word()) {
      return;  // "X (14%) and Y (13%) keep similar tariffs": levels, not measures
    }
    for (const auto& [code, value] : pairs) {
      bool merged = false;
      for (std::size_t c = from; c < candidates_.size() && !merged; ++c) {
        TariffEvent& event = candidates_[c].event;
        if (event.rate && *event.rate == value && (!event.target || *event.target == code)) {
          event.target = code;
          merged = true;
        }
      }
      if (merged) continue;
      Candidate candidate = model;
      candidate.event.target = code;
      candidate.event.rate = value;
      candidate.untargeted = false;
      if (candidate.event.actor && *candidate.event.actor == code) candidate.event.actor.reset();
      candidates_.push_back(candidate);
    }
  }

  // Country codes of this sentence, for pronouns in the next one.
  std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const Mention& mention : mentions_) {
      if (!mention.pronoun) out.push_back(mention.code);
    }
    return out;
  }

 private:
  const std::string& lower(std::size_t i) const { return words_[i].lower; }

  void split_clauses() {
    clause_of_.assign(words_.size(), 0);
    std::size_t clause = 0;
    clause_start_.push_back(0);
    std::size_t bridged_dash = kNone;
    for (std::size_t i = 0; i < words_.size(); ++i) {
      const Word& word = words_[i];
      bool opener = !word.punct && i > 0 &&
                    (tariffs::is_clause_opener(word.lower) ||
                     (word.lower == "now" && i + 1 < words_.size() && lower(i + 1) == "that"));
      if (opener && clause_start_.back() != i) {
        ++clause;
        clause_start_.push_back(i);
      }
      clause_of_[i] = clause;
      if (i == bridged_dash) {
        // "the Philippines—its closest ally—is proposing": the apposition stays in the clause.
        bridged_dash = appositive_dash(i);
        continue;
      }
      if (word.punct && word.lower == kEmDash) {
        bridged_dash = appositive_dash(i);
        if (bridged_dash != kNone) continue;
      }
      if (word.punct && (word.lower == ";" || word.lower == ":" || word.lower == "." ||
                         word.lower == "!" || word.lower == "?" || word.lower == kEmDash)) {
        ++clause;
        clause_start_.push_back(i + 1);
      }
    }
    clause_start_.push_back(words_.size());
  }

  // "the Tokyo round", "the Uruguay trade round": a negotiation named after a place, not a
  // country acting.
  void drop_round_names() {
    std::erase_if(mentions_, [this](const Mention& mention) {
      std::size_t k = mention.last;
      if (k < words_.size() && lower(k) == "trade") ++k;
      return k < words_.size() && (lower(k) == "round" || lower(k) == "rounds");
    });
  }

  // The closing dash of an apposition opened by the dash at `open` and followed by the
  // clause's verb ("X—the region's largest economy—is"), else kNone.
  std::size_t appositive_dash(std::size_t open) const {
    if (open == kNone || open == 0 || mention_at_[open - 1] == kNone) return kNone;
    for (std::size_t k = open + 1; k < words_.size() && k <= open + 10; ++k) {
      if (!words_[k].punct) continue;
      if (words_[k].lower != kEmDash) return kNone;
      if (k + 1 >= words_.size()) return kNone;
      const std::string& next = lower(k + 1);
      return is_auxiliary(next) || tariffs::is_modal(next) ? k : kNone;
    }
    return kNone;
  }

  std::size_t clause_begin(std::size_t i) const { return clause_start_[clause_of_[i]]; }
  std::size_t clause_end(std::size_t i) const {
    std::size_t clause = clause_of_[i];
    std::size_t end = words_.size();
    for (std::size_t c = clause + 1; c < clause_start_.size(); ++c) {
      if (clause_start_[c] > clause_start_[clause]) {
        end = clause_start_[c];
        break;
      }
    }
    return std::min(end, words_.size());
  }

  void find_percents() {
    for (const PercentMention& percent : analysis_.percents) {
      if (percent.span.end <= sentence_.start || percent.span.start >= sentence_.end) continue;
      if (percent.points) continue;
      PercentAt at;
      at.first = kNone;
      for (std::size_t i = 0; i < words_.size(); ++i) {
        if (words_[i].start >= percent.span.end) break;
        if (words_[i].end <= percent.span.start) continue;
        if (at.first == kNone) at.first = i;
        at.last = i + 1;
      }
      if (at.first == kNone) continue;
      at.value = percent.value;
      percents_.push_back(at);
    }
    // Percents the annotator missed ("20 pct"), read from the text; the annotator's win.
    const std::size_t found = percents_.size();
    for (std::size_t i = 0; i < words_.size(); ++i) {
      double value = 0;
      if (std::size_t used = tariffs::parse_percent(words_, i, value)) {
        bool overlaps = false;
        for (std::size_t p = 0; p < found; ++p) {
          if (percents_[p].first < i + used && i < percents_[p].last) overlaps = true;
        }
        if (!overlaps && !(i + used < words_.size() && lower(i + used) == "points")) {
          percents_.push_back({i, i + used, value});
        }
        i += used - 1;
      }
    }
    std::sort(percents_.begin(), percents_.end(),
              [](const PercentAt& a, const PercentAt& b) { return a.first < b.first; });
  }

  const PercentAt* percent_starting_in(std::size_t first, std::size_t last) const {
    return tariffs::percent_starting_in(view(), first, last);
  }

  tariffs::SentenceView view() const { return {words_, mentions_, mention_at_, percents_}; }

  // Whether the verb "levy" at i has an object followed by "on" and a country's goods within
  // a few words ("levy a bond on the Japanese goods", "levy fees on imports from Chile"; not
  // "a charge on French tourists").
  bool levies_on_country(std::size_t i) const {
    const std::size_t end = std::min(words_.size(), i + 6);
    for (std::size_t k = i + 2; k < end; ++k) {
      if (words_[k].punct) return false;
      if (lower(k) != "on") continue;
      bool country = false;
      bool goods = false;
      for (std::size_t m = k + 1; m < std::min(words_.size(), k + 6) && !words_[m].punct; ++m) {
        country = country || (mention_at_[m] != kNone && !mentions_[mention_at_[m]].pronoun);
        goods = goods || tariffs::is_trade_word(lower(m)) || tariffs::is_generic_goods(lower(m));
      }
      return country && goods;
    }
    return false;
  }

  Trigger trigger_at(std::size_t i) const {
    const Word& word = words_[i];
    if (word.punct) return Trigger::None;
    Trigger kind = tariffs::trigger_of(word.lower);
    if (kind == Trigger::None) return kind;
    const std::string empty;
    const std::string& previous = i > 0 ? lower(i - 1) : empty;
    const std::string& next = i + 1 < words_.size() ? lower(i + 1) : empty;
    if (word.lower == "levy" && (previous == "to" || tariffs::is_modal(previous))) {
      // The verb: "agreed to levy the new tax"; but "to levy a bond on Korean goods" puts a
      // charge on a country's goods at the border.
      return levies_on_country(i) ? kind : Trigger::None;
    }
    // "General Agreement on Tariffs and Trade" (GATT).
    if (word.capitalized && previous == "on" && i > 1 && lower(i - 2) == "agreement") {
      return Trigger::None;
    }
    if (word.capitalized && next == "and" && i + 2 < words_.size() && lower(i + 2) == "trade") {
      return Trigger::None;
    }
    if (i + 1 < words_.size() && !words_[i + 1].punct && tariffs::is_non_event_head(next)) {
      return Trigger::None;  // "tariff war", "duty law"
    }
    if ((word.lower == "duty" || word.lower == "duties") &&
        (next == "to" || previous == "on" || previous == "off" || previous == "heavy")) {
      return Trigger::None;
    }
    return kind;
  }

  // Triggers `previous` and `next` name the same tariff: "tariffs or import duties".
  bool joins(std::size_t previous, std::size_t next) const {
    if (clause_of_[previous] != clause_of_[next]) return false;
    if (next - previous - 1 > 3) return false;
    for (std::size_t k = previous + 1; k < next; ++k) {
      if (words_[k].punct && words_[k].lower != ",") return false;
      if (tariffs::is_stacking(lower(k))) return false;  // "new duties atop old levies"
      ActWord act = tariffs::act_of(lower(k));
      if (act.act != Act::None && !act.noun) return false;
    }
    return true;
  }

  // Start of the noun phrase that ends with the trigger at `first`.
  std::size_t premodifier_start(std::size_t first, std::size_t clause_start) const {
    std::size_t j = first;
    for (std::size_t steps = 0; j > clause_start && steps < 7; ++steps) {
      const Word& word = words_[j - 1];
      if (word.punct) {
        if (word.lower == "%" || word.lower == "\"" || word.lower == "'") {
          --j;
          continue;
        }
        break;
      }
      const std::string& w = word.lower;
      if (w == "of" || w == "and" || w == "or" || w == "off" || tariffs::is_preposition(w) ||
          is_auxiliary(w) || tariffs::is_clause_opener(w) || w == "that" ||
          tariffs::is_stacking(w)) {
        break;
      }
      if (tariffs::act_of(w).act != Act::None && w != "lower" && w != "higher") break;
      // "Singapore fears tariffs", "Ottawa hopes duties": a verb after the subject's name.
      if (j >= clause_start + 2 && !word.capitalized && w.size() > 3 && w.ends_with('s') &&
          !w.ends_with("ss") && mention_at_[j - 2] != kNone && !words_[j - 2].possessive &&
          !tariffs::is_generic_goods(w)) {
        break;
      }
      if (w == "lower") break;
      if (tariffs::pronoun_plural(w) && w != "its" && w != "their" && w != "his" && w != "her") {
        break;
      }
      --j;
      if (word.possessive) {
        if (mention_at_[j] != kNone) j = mentions_[mention_at_[j]].first;
        break;
      }
    }
    return j;
  }

  // The word before the mention that says its role, skipping determiners.
  std::string_view role_word(const Mention& mention, std::size_t clause_start) const {
    std::size_t k = mention.first;
    while (k > clause_start) {
      --k;
      if (k == clause_start && tariffs::is_clause_opener(lower(k))) return {};
      if (words_[k].punct) {
        if (words_[k].lower == "\"" || words_[k].lower == "'") continue;
        return words_[k].lower;
      }
      const std::string& w = lower(k);
      if (is_determiner(w) || w == "president" || w == "prime" || w == "minister" ||
          w == "donald" || w == "ronald" || w == "mr." || w == "himself") {
        continue;
      }
      return w;
    }
    return {};
  }

  // The country codes a pronoun mention stands for.
  std::vector<std::string> resolve(std::size_t m, std::size_t clause_start) const {
    const Mention& pronoun = mentions_[m];
    std::vector<std::string> codes;
    if (pronoun.plural) {
      for (std::size_t k = m; k-- > 0;) {
        const Mention& second = mentions_[k];
        if (second.pronoun || second.first < 2) continue;
        if (lower(second.first - 1) != "and") continue;
        std::size_t before = mention_at_[second.first - 2];
        if (before == kNone || mentions_[before].pronoun) continue;
        codes.push_back(mentions_[before].code);
        if (second.code != mentions_[before].code) codes.push_back(second.code);
        return codes;
      }
    } else if ((pronoun.last < words_.size() && lower(pronoun.last) == "own") ||
               lower(pronoun.first) == "his" || lower(pronoun.first) == "he" ||
               lower(pronoun.first) == "its") {
      // "China ... its own tariffs", "Trump ... his pause": the clause subject.
      for (std::size_t k = 0; k < m; ++k) {
        const Mention& subject = mentions_[k];
        if (subject.pronoun || subject.first < clause_start) continue;
        std::string_view role = role_word(subject, clause_start);
        if (role == "of") continue;
        if (role.empty() || !tariffs::is_preposition(role)) {
          codes.push_back(subject.code);
          return codes;
        }
        break;
      }
    }
    for (std::size_t k = m; k-- > 0;) {
      if (!mentions_[k].pronoun) {
        codes.push_back(mentions_[k].code);
        return codes;
      }
    }
    if (!previous_codes_.empty()) codes.push_back(previous_codes_.back());
    return codes;
  }

  struct Attachment {
    std::size_t at = kNone;
    Act act = Act::None;
    bool noun = false;
  };

  ActWord act_at(std::size_t k, std::size_t& width) const {
    width = 1;
    if (words_[k].punct) return {};
    if (k + 1 < words_.size()) {
      Act phrasal = tariffs::phrasal_act(lower(k), lower(k + 1));
      if (phrasal != Act::None) {
        width = 2;
        return {phrasal, false};
      }
    }
    if (lower(k) == "lower" && !lower_is_verb(k)) return {};  // "faces lower tariffs"
    return tariffs::act_of(lower(k));
  }

  // "to lower", "will lower", "they lower": a verb; "significantly lower tariffs": a comparative.
  bool lower_is_verb(std::size_t k) const {
    if (k == 0) return true;
    const std::string& previous = lower(k - 1);
    return previous == "to" || previous == "and" || previous == "or" || previous == "not" ||
           tariffs::is_modal(previous) || tariffs::pronoun_plural(previous).has_value() ||
           (mention_at_[k - 1] != kNone && !words_[k - 1].possessive);
  }

  // The action word governing the trigger group [first, last] inside [begin, end).
  // Whether the word at k starts an object noun phrase of the verb before it ("raise prices",
  // "reduce the deficit"), not a rate, a preposition or an adverb ("rose to 25%", "fell
  // sharply").
  bool takes_object(std::size_t k, std::size_t end) const {
    if (k >= end || words_[k].punct) return false;
    const std::string& w = lower(k);
    if (is_determiner(w) || w == "this" || w == "these" || w == "those") return true;
    if (tariffs::is_preposition(w) || is_auxiliary(w) || w.ends_with("ly")) return false;
    if (std::isdigit(static_cast<unsigned char>(w.front())) || percent_starting_in(k, k + 1)) {
      return false;
    }
    return !words_[k].capitalized && w != "again" && w != "further" && w != "and" && w != "or";
  }

  Attachment attach(std::size_t first, std::size_t last, std::size_t begin, std::size_t end) const {
    Attachment before;
    for (std::size_t k = first; k-- > begin;) {
      std::size_t width = 1;
      ActWord act = act_at(k, width);
      if (act.act == Act::None || act.act == Act::React) {
        if (k + 1 < first) {
          const Word& word = words_[k];
          const std::string& w = word.lower;
          bool blocks = (word.punct && w != "%" && w != "\"" && w != "'" && w != ",") ||
                        w == "them" || w == "it" || w == "him" || w == "us" || w == "that" ||
                        (tariffs::is_preposition(w) && w != "to" && w != "up" && w != "about" &&
                         w != "in" && w != "on" && w != "from" && w != "for");
          if (blocks) break;
        }
        if (first - k > 8) break;
        continue;
      }
      if (!act.noun && k > begin) {
        // "his 90-day pause on", "a cut in": a noun after a determiner.
        const Word& previous = words_[k - 1];
        const std::string& p = previous.lower;
        act.noun = previous.possessive || is_determiner(p) || p == "his" || p == "her" ||
                   p == "this" || p == "another" || p.ends_with("-day") || p.ends_with("-month") ||
                   p.ends_with("-week");
      }
      std::size_t gap = first - k - width;
      bool ok = gap <= (act.noun ? 7u : 6u);
      for (std::size_t g = k + width; ok && g < first; ++g) {
        const std::string& w = lower(g);
        if (!act.noun && (w == "on" || w == "for")) ok = false;
        if (!act.noun && w == "from" && act.act != Act::Lift) ok = false;  // "excluded from"
        if (words_[g].punct && w == ",") ok = false;
      }
      if (ok) before = {k, act.act, act.noun};
      break;
    }
    Attachment after;
    for (std::size_t k = last + 1; k < end && k <= last + 10; ++k) {
      const std::string& w = lower(k);
      // "than the rates imposed on others": the verb of what the tariff is compared with.
      if (w == "and" || w == "or" || w == "," || w == "but" || w == "with" || w == "than") break;
      if (words_[k].punct && w != "\"" && w != "'" && w != "%" && w != "-") break;

      std::size_t width = 1;
      ActWord act = act_at(k, width);
      if (act.act == Act::None || act.act == Act::React || act.noun) continue;
      if (takes_object(k + width, end) && (act.act == Act::Raise || act.act == Act::Lower)) {
        break;  // "tariffs are likely to raise prices": the tariffs act on something else
      }
      after = {k, act.act, act.noun};
      break;
    }
    if (before.at == kNone) return after;
    if (after.at == kNone) return before;
    return (after.at - last) < (first - before.at) ? after : before;
  }

  // The state of one trigger group while its roles are decided, phase by phase.
  struct Draft {
    std::size_t first = 0;  // the trigger group, words [first, last]
    std::size_t last = 0;
    Trigger kind = Trigger::None;
    std::size_t limit = 0;  // where the next trigger group starts
    std::size_t begin{};    // the clause: [begin, clause_stop)
    std::size_t end{};      // where roles after the trigger are read up to
    std::size_t clause_stop{};
    std::size_t premod{};  // first word of the trigger's noun phrase
    std::optional<std::string> actor{};
    std::optional<std::string> target{};
    std::vector<std::string> pronoun_actors{};
    std::optional<double> rate{};
    tariffs::RateSource rate_source{};  // where the rate was read
    bool definite{};
    bool planned{};
    bool mutual{};
    bool zero{};
    bool negated{};
    bool untargeted{};
    bool aimed{};
    bool indefinite{};
    bool pronoun_owner{};    // the actor is the owner of "its"/"their" in the noun phrase
    bool owner_is_target{};  // ... and was found to be the target (owner_without_action)
    bool everyone{};         // "every country", "all imports": no one target
    bool named_actor{};      // the noun phrase names the actor ("US tariffs")
    bool reciprocal{};       // "zero-for-zero": a deal between two sides
    Act compound{};          // "tariff hikes", "tariff cuts"
    std::vector<std::string> more_targets{};  // "on Canada and Mexico": the others
    std::vector<std::string> goods{};
    bool stated_target{};  // a target named after the trigger, before any filling
    Attachment attached{};
    Act act{};
    TariffAction action{};
    tariffs::Modality modality{};
    bool close_reaction{};  // "China responded to new US tariffs"
  };

  // One event (or none) for the trigger group [first, last] of a clause; `limit` is where
  // the next group starts.
  void evaluate(std::size_t first, std::size_t last, Trigger kind, std::size_t limit) {
    Draft d;
    d.first = first;
    d.last = last;
    d.kind = kind;
    d.limit = limit;
    read_noun_phrase(d);
    read_after_trigger(d);
    if (!read_action(d)) return;
    owner_without_action(d);
    read_subject(d);
    finish(d);
  }

  // The clause, the trigger's noun phrase and the roles and rate it names.
  void read_noun_phrase(Draft& d) {
    d.begin = clause_begin(d.first);
    d.clause_stop = clause_end(d.first);
    d.end = std::min(d.clause_stop, std::max(d.limit, d.last + 1));
    d.premod = premodifier_start(d.first, d.begin);
    const tariffs::Modifiers marks = tariffs::modifiers_of(view(), d.premod, d.first);
    d.definite = marks.definite;
    d.planned = marks.planned;
    d.mutual = marks.mutual;
    d.zero = marks.zero || d.kind == Trigger::DutyFree;
    d.reciprocal = marks.reciprocal;
    d.negated = marks.negated;
    d.everyone = universal_scope(d.begin, d.clause_stop);
    d.untargeted = marks.untargeted || d.everyone;
    d.aimed = marks.aimed;
    d.indefinite = marks.indefinite;
    read_noun_phrase_sides(d);
    d.named_actor = d.actor.has_value();  // "US tariffs", "China's duties"
    take_rate(d, tariffs::rate_in_noun_phrase(view(), d.premod, d.first));
    if (!d.rate) take_rate(d, tariffs::rate_of_level(view(), d.premod, d.begin));
  }

  // "every country should pay a 10% tariff", "duties on all imports": the measure hits
  // everyone; no target is carried in from elsewhere.
  bool universal_scope(std::size_t begin, std::size_t end) const {
    for (std::size_t k = begin; k + 1 < end; ++k) {
      if (lower(k) != "every" && lower(k) != "all") continue;
      for (std::size_t j = k + 1; j < end && j <= k + 3; ++j) {
        if (tariffs::is_universal_scope(lower(j))) return true;
      }
    }
    return false;
  }

  // The countries of the noun phrase; the owner of "its" is resolved here, and when it
  // cannot be, the mentions before it are read on.
  void read_noun_phrase_sides(Draft& d) const {
    std::size_t below = mentions_.size();
    for (;;) {
      tariffs::NounPhraseSides sides = tariffs::noun_phrase_sides(view(), d.premod, d.first, below);
      if (sides.target) d.target = sides.target;
      if (sides.owner == kNone) {
        d.actor = sides.actor;
        break;
      }
      d.pronoun_actors = resolve(sides.owner, d.begin);
      if (!d.pronoun_actors.empty()) break;
      below = sides.owner;
    }
    if (!d.actor && !d.pronoun_actors.empty()) {
      d.actor = d.pronoun_actors.front();
      d.pronoun_owner = true;
    }
  }

  // A country after the trigger takes the role its preposition gives.
  void take_role(Draft& d, Role role, const std::string& code, std::size_t k) const {
    if (tariffs::names_actor(role) && !d.actor) d.actor = code;
    if (!tariffs::names_target(role)) return;
    if (!d.target) {
      d.target = code;
      return;
    }
    if (k > 0 && (lower(k - 1) == "and" || lower(k - 1) == ",") && code != *d.target &&
        std::find(d.more_targets.begin(), d.more_targets.end(), code) == d.more_targets.end()) {
      d.more_targets.push_back(code);  // "on Canada and Mexico": one event each
    }
  }

  void read_after_trigger(Draft& d) {
    // After the trigger: rate, compound action, prepositional roles, goods.
    d.compound = Act::None;
    for (std::size_t k = d.first; k <= d.last && k + 1 < d.end; ++k) {
      ActWord next = tariffs::act_of(lower(k + 1));
      if (next.noun && (next.act == Act::Raise || next.act == Act::Lower)) {
        d.compound = next.act;  // "tariff hikes", "tariff cuts"
        break;
      }
    }
    if (!d.rate) take_rate(d, tariffs::rate_after_trigger(view(), d.last, d.end));
    Role role = Role::None;
    bool seen_on = false;
    std::size_t goods_first = kNone;
    if (d.last > 0 && lower(d.last - 1) == "to" && words_[d.last].lower.starts_with("tax")) {
      goods_first = d.last + 1;  // "a proposal to tax vegetable oils"
    }
    for (std::size_t k = d.last + 1; k < d.end && k <= d.last + 16; ++k) {
      const Word& word = words_[k];
      const std::string& w = word.lower;
      if (w == "(") {  // skip an aside: "orange juice (FCOJ) from Brazil"
        while (k + 1 < d.end && lower(k) != ")") ++k;
        continue;
      }
      if (word.punct && w != "," && w != "\"" && w != "'" && w != "%") break;
      if (w == "said" || w == "says" || w == "than") break;  // "than the rates on others"
      if (w == "on") {
        role = Role::On;
        // Goods only from the trigger's own "on": "tariffs of up to 100 percent on canola".
        bool own = true;
        for (std::size_t g = d.last + 1; g < k; ++g) {
          const std::string& between = lower(g);
          if (!is_rate_filler(between) && between != "%" && between != "percent" &&
              between != "pct" && between != "per" && between != "cent" &&
              !(between[0] >= '0' && between[0] <= '9')) {
            own = false;
          }
        }
        if (!seen_on && goods_first == kNone && own) goods_first = k + 1;
        seen_on = true;
        continue;
      }
      if (std::optional<Role> next = tariffs::role_of(view(), k, d.end, seen_on)) {
        role = *next;
        continue;
      }
      std::size_t m = mention_at_[k];
      if (m == kNone || mentions_[m].first != k) continue;
      const Mention& mention = mentions_[m];
      std::string code = mention.code;
      if (mention.pronoun) {
        if (role != Role::On || (w != "its" && w != "their")) continue;
        auto codes = resolve(m, d.begin);
        if (codes.empty()) continue;
        code = codes.front();
      }
      take_role(d, role, code, k);
      k = mention.last - 1;
    }
    d.goods = tariffs::goods_after(text_, view(), goods_first, d.end);
    d.stated_target = d.target.has_value();
  }

  // "on a list of products worth $2 billion in American exports": the first country after the
  // trigger, when a noun of its goods or sellers follows it and it is not `actor`.
  std::optional<std::string> exporter_after(std::size_t last, std::size_t end,
                                            const std::string& actor) const {
    for (std::size_t k = last + 1; k + 1 < end; ++k) {
      std::size_t m = mention_at_[k];
      if (m == kNone || mentions_[m].pronoun) continue;
      const Mention& mention = mentions_[m];
      if (mention.last >= end || mention.code == actor ||
          !tariffs::is_exporter_noun(lower(mention.last))) {
        return std::nullopt;
      }
      return mention.code;
    }
    return std::nullopt;
  }

  // The action word, its modality and negation; false when the clause reports no action
  // (negated, requested, prevented).
  bool read_action(Draft& d) {
    d.attached = attach(d.first, d.last, d.begin, d.clause_stop);
    const std::size_t anchor = d.attached.at != kNone ? d.attached.at : d.first;
    actor_near_verb(d);
    if (!d.rate) {
      take_rate(d, tariffs::rate_after_verb(view(), d.attached.at, d.attached.act, d.first, d.last,
                                            d.end));
    }
    if (blocked(d, anchor)) return false;
    d.modality = tariffs::modality_of(view(), {d.first, d.last, d.begin, d.clause_stop},
                                      d.attached.at, anchor, d.planned);
    d.act = d.attached.act;
    if (d.act == Act::None && d.compound != Act::None) d.act = d.compound;
    // "the zero duty", "duty-free", "offered zero tariffs": the tariffs are gone. "The pact
    // involves zero tariffs" names no action on them: lifted if anything, but no action word.
    Act lifted = d.act;
    if (d.zero && (d.act != Act::Lower ||
                   (d.attached.at != kNone && lower(d.attached.at).starts_with("offer")))) {
      lifted = Act::Lift;
    }
    const bool zero_levels = d.kind != Trigger::DutyFree && words_[d.last].lower.ends_with('s');
    if (!(zero_levels && d.act == Act::None)) d.act = lifted;
    d.action = tariffs::action_of(lifted, d.modality, averted(d));
    if (!d.rate) take_rate(d, tariffs::rate_starting_at(view(), d.last, d.clause_stop));
    // "a zero duty", "duty-free": a rate of 0; "zero tariffs": the tariffs are gone, no rate.
    if (d.zero && !words_[d.last].lower.ends_with('s') && !d.rate) {
      take_rate(d, {0.0, tariffs::RateSource::Zero, kNone});
    }
    return true;
  }

  // The actor named around the action word: "Mr Trump's imposition of", "the tariff Trump
  // set", "the tariff threatened by Japan".
  void actor_near_verb(Draft& d) const {
    if (!d.actor && d.attached.noun && d.attached.at != kNone && d.attached.at < d.first) {
      // "Mr Trump's unilateral imposition of ... tariffs": the possessive names the actor.
      for (std::size_t k = d.attached.at; k-- > d.begin && k + 3 >= d.attached.at;) {
        std::size_t m = mention_at_[k];
        if (m != kNone && words_[mentions_[m].last - 1].possessive && !mentions_[m].pronoun) {
          d.actor = mentions_[m].code;
          break;
        }
      }
    }
    if (d.attached.at != kNone && d.attached.at > d.last && !d.actor) {
      for (std::size_t k = d.last + 1; k < d.attached.at; ++k) {
        std::size_t m = mention_at_[k];
        if (m != kNone && !mentions_[m].pronoun &&
            !tariffs::is_preposition(role_word(mentions_[m], d.begin))) {
          d.actor = mentions_[m].code;
          break;
        }
      }
    }
    if (d.attached.at != kNone && d.attached.at > d.last) {
      // "the tariff threatened by Trump", "duties were cut to 20 pct": roles after the verb.
      for (std::size_t k = d.attached.at + 1; k < d.clause_stop && k <= d.attached.at + 6; ++k) {
        if (lower(k) != "by") continue;
        if (k + 1 < words_.size()) {
          for (std::size_t m = 0; m < mentions_.size(); ++m) {
            if (mentions_[m].first > k && mentions_[m].first <= k + 4 && !mentions_[m].pronoun) {
              if (!d.actor) d.actor = mentions_[m].code;
              break;
            }
          }
        }
        break;
      }
    }
  }

  // The rate a decision found, with where it was read.
  static void take_rate(Draft& d, const RateChoice& choice) {
    if (!choice.value) return;
    d.rate = choice.value;
    d.rate_source = choice.source;
  }

  // Whether the clause reports no action: negated, requested, or kept from happening.
  bool blocked(Draft& d, std::size_t anchor) const {
    for (std::size_t k = anchor > d.begin + 3 ? anchor - 3 : d.begin; k < anchor; ++k) {
      if (k >= d.first && k <= d.last) continue;
      if (tariffs::is_negation(lower(k))) d.negated = true;
    }
    for (std::size_t k = d.begin; k < anchor; ++k) {
      if (lower(k) == "neither") d.negated = true;
    }
    // "threats of high tariffs are not the right way", "the tariffs will not provoke".
    bool verb_after = d.attached.at != kNone && d.attached.at > d.last;
    for (std::size_t k = d.last + 1; k < d.clause_stop && k <= d.last + 3 && !verb_after; ++k) {
      if (tariffs::is_negation(lower(k))) d.negated = true;
    }
    // "an appeal for lower tariffs", "demanding a cut": asked for, not done.
    bool requested = false;
    bool easing =
        d.attached.act == Act::Lower || d.attached.act == Act::Lift || d.attached.act == Act::Pause;
    for (std::size_t k = anchor > d.begin + 4 ? anchor - 4 : d.begin; k < anchor && easing; ++k) {
      if (tariffs::is_request(lower(k))) requested = true;
    }
    if (d.attached.at == kNone) {
      for (std::size_t k = d.begin; k < d.first; ++k) {
        if (!tariffs::is_request(lower(k))) continue;
        for (std::size_t e = k + 1; e < d.first && e <= k + 3; ++e) {
          Act asked = tariffs::act_of(lower(e)).act;
          if (asked == Act::Lower || asked == Act::Lift) requested = true;
        }
      }
    }
    if (anchor >= d.begin + 1 && lower(anchor - 1) == "from" && d.attached.at != kNone &&
        lower(anchor).ends_with("ing")) {
      return true;  // "keep countries from slapping tariffs"
    }
    if (anchor >= d.begin + 2 && lower(anchor - 1) == "to" && is_generic_agent(lower(anchor - 2))) {
      return true;  // "asking other nations to impose tariffs"
    }
    if (anchor >= d.begin + 2 && (lower(anchor - 1) == "to" || lower(anchor - 1) == "of") &&
        tariffs::is_abstract_frame(lower(anchor - 2))) {
      return true;  // "the tendency to impose duties": tariffs in the abstract
    }
    return d.negated || requested || counterfactual(d, std::max(anchor, d.last));
  }

  // "what would happen if America were to slap tariffs", "if a 10% tariff were imposed": an
  // if-clause with "were to", or "were" and an indefinite measure, is imagined, not reported.
  bool counterfactual(const Draft& d, std::size_t through) const {
    for (std::size_t k = d.begin > 0 ? d.begin - 1 : 0; k < through; ++k) {
      if (lower(k) != "if") continue;
      for (std::size_t j = k + 1; j < through; ++j) {
        if (lower(j) == "were" && (lower(j + 1) == "to" || d.indefinite)) return true;
      }
    }
    return false;
  }

  // "efforts to avert the threat of tariffs": an action noun warded off stays a threat.
  bool averted(const Draft& d) const {
    bool averted = false;
    if (d.attached.noun && d.attached.at != kNone) {
      for (std::size_t k = d.attached.at > d.begin + 4 ? d.attached.at - 4 : d.begin;
           k < d.attached.at; ++k) {
        std::size_t width = 1;
        Act before = act_at(k, width).act;
        if (before == Act::Avert || before == Act::Ward) averted = true;
      }
    }
    return averted;
  }

  // "Norway was less worried about its own 10% tariff": with no action or reaction word
  // before the tariff, only a state ("was", "is"), the owner of "its" is whose goods the tariff
  // hits, not who imposes it.
  void owner_without_action(Draft& d) const {
    if (!d.pronoun_owner || d.attached.at != kNone || d.compound != Act::None || d.target) {
      return;
    }
    bool state = false;
    for (std::size_t k = d.begin; k < d.first; ++k) {
      std::size_t width = 1;
      if (act_at(k, width).act != Act::None) return;
      const std::string& w = lower(k);
      if (w == "was" || w == "is" || w == "were" || w == "are") state = true;
    }
    if (!state) return;
    d.target = d.actor;
    d.actor.reset();
    d.pronoun_actors.clear();
    d.owner_is_target = true;
  }

  // Countries before the noun phrase: the subject, "against X", "for X"; they fill the
  // roles the noun phrase and the words after the trigger left open.
  void read_subject(Draft& d) {
    Subjects found = find_subjects(d);
    std::vector<std::size_t>& subjects = found.mentions;
    std::vector<std::string>& subject_codes = found.first_codes;
    const std::optional<std::string>& against = found.against;
    const std::optional<std::string>& for_target = found.for_target;
    auto [chosen, reaction_at] = choose_subject(d, subjects);
    // "China, which will see a higher tariff": without a verb of its own the antecedent of a
    // relative clause is whose goods are taxed.
    if (chosen != kNone && mentions_[subjects[chosen]].first < d.begin && !d.actor && !d.target &&
        (d.attached.at == kNone || d.attached.noun)) {
      d.target = mentions_[subjects[chosen]].code;
      chosen = kNone;
    }
    std::optional<std::string> subject;
    if (chosen != kNone) {
      const Mention& chosen_mention = mentions_[subjects[chosen]];
      subject =
          chosen_mention.pronoun ? resolve(subjects[chosen], d.begin).front() : chosen_mention.code;
      if (chosen != 0) {
        std::swap(subjects[0], subjects[chosen]);
        subject_codes.assign(1, *subject);
      }
    }
    const bool reaction_after_subject = reaction_at != kNone && subject.has_value();
    // "China responded to new US tariffs": the reacting country right before its verb is a
    // stated target.
    d.close_reaction =
        reaction_after_subject && chosen != kNone && mentions_[subjects[0]].last + 3 >= reaction_at;
    if (against && !d.target) d.target = against;
    // The subject the owner of "its" named as target has no other role.
    if (subject && !(d.owner_is_target && subject == d.target)) {
      assign_subject(d, subjects, *subject, reaction_after_subject);
    }
    // "Norway faces steep tariffs": the subject of a facing verb is the stated target.
    if (d.close_reaction && d.target == subject && faces_noun_phrase(reaction_at, d.premod) &&
        !generic_source(d.last, d.clause_stop)) {
      d.stated_target = true;
    }
    // "responds to the universal tariffs": a measure on everyone has no one target.
    if (d.untargeted && !d.stated_target && (reaction_after_subject || d.everyone) &&
        d.target == subject) {
      d.target.reset();
    }
    if (for_target && !d.target && d.actor && *d.actor != *for_target) d.target = for_target;
    if (d.actor && !d.target) {
      // "the trade war between the U.S. and China": the other side of a pair.
      for (std::size_t m = 0; m + 1 < mentions_.size(); ++m) {
        const Mention& one = mentions_[m];
        const Mention& two = mentions_[m + 1];
        if (one.pronoun || two.pronoun || one.first < d.begin || two.last > d.clause_stop) continue;
        if (two.first != one.last + 1 || lower(one.last) != "and") continue;
        if (one.code == *d.actor && two.code != *d.actor) d.target = two.code;
        if (two.code == *d.actor && one.code != *d.actor) d.target = one.code;
        if (d.target) break;
      }
    }
    // "them ... to reduce tariffs" after "Spain and Portugal": one event per side.
    if (d.pronoun_actors.size() < 2 && subject_codes.size() > 1 && d.actor &&
        *d.actor == subject_codes.front()) {
      d.pronoun_actors = subject_codes;
    }
  }

  // Whether the word at `verb` is a facing verb whose object is the noun phrase at `premod`
  // ("faces (significantly) higher tariffs").
  bool faces_noun_phrase(std::size_t verb, std::size_t premod) const {
    if (verb == kNone || verb >= premod || premod - verb > 3) return false;
    if (!tariffs::is_facing(lower(verb))) return false;
    for (std::size_t k = verb + 1; k < premod; ++k) {
      if (words_[k].punct) return false;
    }
    return true;
  }

  // "tariffs from its trading partners", "duties by other nations": many actors, none named.
  bool generic_source(std::size_t last, std::size_t end) const {
    for (std::size_t k = last + 1; k < end && k <= last + 3; ++k) {
      if (lower(k) != "from" && lower(k) != "by") continue;
      for (std::size_t j = k + 1; j < end && j <= k + 4; ++j) {
        if (is_generic_agent(lower(j))) return true;
      }
    }
    return false;
  }

  struct Subjects {
    std::vector<std::size_t> mentions;      // mention indices in subject position, in order
    std::vector<std::string> first_codes;   // the codes of the first (a pronoun may stand for two)
    std::optional<std::string> against;     // "against X"
    std::optional<std::string> for_target;  // "for X"
  };

  // The countries before the trigger's noun phrase, by the word before each.
  Subjects find_subjects(const Draft& d) const {
    Subjects found;
    std::vector<std::size_t>& subjects = found.mentions;
    std::vector<std::string>& subject_codes = found.first_codes;
    std::optional<std::string>& against = found.against;
    std::optional<std::string>& for_target = found.for_target;
    // A speaker is no subject: "The United States has said the island's tariffs ...".
    std::size_t subjects_from = d.begin;
    if (d.begin >= 2 && (lower(d.begin) == "which" || lower(d.begin) == "who") &&
        lower(d.begin - 1) == "," && mention_at_[d.begin - 2] != kNone) {
      // "South Korea, which faces 26% tariffs": the relative clause's subject.
      subjects_from = mentions_[mention_at_[d.begin - 2]].first;
    }
    for (std::size_t k = d.begin; k < d.premod; ++k) {
      const std::string& w = lower(k);
      if (tariffs::is_stance_verb(w)) subjects_from = k + 1;
    }
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      const Mention& mention = mentions_[m];
      if (mention.first < subjects_from || mention.last > d.premod) continue;
      if (mention.first < d.begin && mention.last + 2 != d.begin + 1 &&
          mention.last != d.begin - 1) {
        continue;
      }
      std::vector<std::string> codes{mention.code};
      if (mention.pronoun) {
        if (lower(mention.first) == "its" || lower(mention.first) == "their" ||
            lower(mention.first) == "his" || lower(mention.first) == "her") {
          continue;  // a possessive outside the noun phrase: "its trade surplus"
        }
        if (lower(mention.first) == "it") {
          // "it" is too often a thing; but in "Taiwan said it plans" it is the speaker.
          const std::size_t at = mention.first;
          const bool speaker_it = at >= 2 && mention_at_[at - 2] != kNone &&
                                  !mentions_[mention_at_[at - 2]].pronoun &&
                                  (lower(at - 1) == "said" || lower(at - 1) == "says");
          if (!speaker_it) continue;
          codes.assign(1, mentions_[mention_at_[at - 2]].code);
        } else {
          codes = resolve(m, d.begin);
        }
        if (codes.empty()) continue;
      }
      const std::string& code = codes.front();
      std::string_view role_before = role_word(mention, d.begin);
      if (role_before == "against") {
        against = code;
      } else if (role_before == "for") {
        for_target = code;
      } else if (role_before.empty() || !tariffs::is_preposition(role_before)) {
        if (role_before == "of") continue;
        subjects.push_back(m);
        if (subjects.size() == 1) subject_codes = codes;
      }
    }
    return found;
  }

  // The subject among `subjects` (kNone for none) and the reaction word before the trigger.
  std::pair<std::size_t, std::size_t> choose_subject(
      const Draft& d, const std::vector<std::size_t>& subjects) const {
    // The subject: the first candidate, or one right before "to" + the verb ("encourage
    // Washington to cancel the tariffs"); before a reaction word ("China responded to", "Japan
    // ... to stave off") the nearest one, which is the target.
    std::size_t chosen = subjects.empty() ? kNone : 0;
    std::size_t reaction_at = kNone;
    for (std::size_t k = d.begin; k < d.premod; ++k) {
      std::size_t width = 1;
      Act between = act_at(k, width).act;
      if (between == Act::React || between == Act::Ward) reaction_at = k;
    }
    for (std::size_t n = 0; n < subjects.size(); ++n) {
      const Mention& candidate_mention = mentions_[subjects[n]];
      if (reaction_at != kNone) {
        if (candidate_mention.last <= reaction_at) chosen = n;
        continue;
      }
      // "convince America to call off", "encourage Washington to cancel".
      std::size_t after_to = candidate_mention.last + 1;
      std::size_t width = 1;
      if (after_to < d.first && lower(candidate_mention.last) == "to" &&
          act_at(after_to, width).act != Act::None) {
        chosen = n;
      }
    }
    if (reaction_at != kNone && chosen != kNone && mentions_[subjects[chosen]].last > reaction_at) {
      chosen = kNone;
    }
    return {chosen, reaction_at};
  }

  // The subject's role: actor with its own verb, target when it reacts or has no verb.
  void assign_subject(Draft& d, const std::vector<std::size_t>& subjects,
                      const std::string& subject, bool reaction_after_subject) const {
    if (reaction_after_subject) {
      // "China responded to new US tariffs", "Japan's move ... to stave off the tariffs".
      if (!d.target && (!d.actor || *d.actor != subject)) {
        d.target = subject;
      } else if (!d.actor && d.target && *d.target != subject) {
        d.actor = subject;
      }
    } else if (!d.actor && d.attached.at == kNone && d.compound == Act::None && !d.target) {
      // "Singapore, with the 10% tariff": no action word, so the subject is whose goods
      // the tariff hits.
      d.target = subject;
    } else if (!d.actor) {
      d.actor = subject;
      // "the United States and Japan": the other side of a pair is the target.
      const Mention& second = mentions_[subjects.front()];
      if (!d.target && subjects.size() == 1 && second.last + 1 < words_.size() &&
          lower(second.last) == "and" && mention_at_[second.last + 1] != kNone &&
          !mentions_[mention_at_[second.last + 1]].pronoun) {
        const std::string& other = mentions_[mention_at_[second.last + 1]].code;
        if (other != *d.actor) d.target = other;
      }
      if (d.target && subjects.size() >= 2 && d.pronoun_actors.size() < 2) {
        // "the US and the EU raised tariffs on Chinese cars": one event per actor.
        const Mention& one = mentions_[subjects[0]];
        const Mention& two = mentions_[subjects[1]];
        if (coordinated(one, two) && two.code != *d.actor && two.code != *d.target &&
            !two.pronoun) {
          d.pronoun_actors = {*d.actor, two.code};
        }
      }
    } else if (!d.target && *d.actor != subject) {
      d.target = subject;
    }
    // Another country in subject position: "Japan's offers ... to aid EC exports".
    for (std::size_t n = 1; n < subjects.size() && d.actor && !d.target; ++n) {
      const Mention& other = mentions_[subjects[n]];
      if (other.pronoun || other.code == *d.actor) continue;
      // "Washington asked Seoul to lower tariffs": who asks before the chosen subject is
      // no target.
      if (other.first < mentions_[subjects[0]].first) continue;
      d.target = other.code;
    }
  }

  // "the US and the EU", "the US and, of late, the EU": two mentions joined by "and", with
  // an aside between commas and a determiner allowed after it.
  bool coordinated(const Mention& one, const Mention& two) const {
    if (one.last >= two.first || lower(one.last) != "and") return false;
    std::size_t k = one.last + 1;
    if (k < two.first && lower(k) == ",") {
      std::size_t close = k + 1;
      while (close < two.first && close <= k + 4 && lower(close) != ",") ++close;
      if (close >= two.first || lower(close) != ",") return false;
      k = close + 1;
    }
    if (k < two.first && is_determiner(lower(k))) ++k;
    return k == two.first;
  }

  // Whether a draft is an event, with the evidence the decision used.
  struct Acceptance {
    bool accept = false;
    bool stated = false;   // a rate, a stated target, goods, or a close reaction to a named actor
    bool has_act = false;  // an action word on the measure
    bool opposed = false;  // the object of an opposing word ("fight the proposed tax")
  };

  Acceptance accept_of(Draft& d) const {
    Acceptance out;
    bool explicit_role = d.actor.has_value() || d.target.has_value();
    out.has_act = d.act != Act::None && d.act != Act::React;
    bool imposing = d.act == Act::Impose || d.act == Act::Threaten || d.act == Act::Raise;
    // An event has an action on the measure or states its target, rate or goods; a bare
    // "the tariffs" used as a topic is none.
    out.stated = d.rate.has_value() || d.stated_target || !d.goods.empty() ||
                 (d.close_reaction && d.named_actor);
    bool accept =
        out.stated || (out.has_act && (explicit_role || d.mutual || imposing || d.definite));
    out.opposed = opposed(d.premod, d.begin) && !d.named_actor;
    if (out.opposed) {
      // "objections to the tax", "fight the proposed levy": someone else's measure as a topic;
      // the opponent is not its actor.
      accept = accept && (d.rate.has_value() || d.stated_target);
      d.actor.reset();
      d.pronoun_actors.clear();
    }
    if (d.kind == Trigger::Countermeasure) {
      accept = d.rate.has_value() || (out.has_act && explicit_role);
    } else if (d.kind == Trigger::Tax) {
      accept = accept && !domestic_tax(d.first, d.last, d.clause_stop) &&
               (d.stated_target || trade_context(d.first, d.last, d.begin, d.clause_stop)) &&
               tax_on_trade(d.first, d.last, d.begin, d.clause_stop);
    } else if (words_[d.first].lower.starts_with("tariff")) {
      accept = accept && !price_tariff(d.first, d.last);
    } else {
      // "duty", "levy": an obligation or a domestic charge unless the clause is about trade.
      accept = accept && !domestic_tax(d.first, d.last, d.clause_stop) &&
               (d.stated_target || d.rate.has_value() || !d.goods.empty() ||
                trade_context(d.first, d.last, d.begin, d.clause_stop) ||
                country_in(d.begin, d.clause_stop));
    }
    // "Chinese tariffs were about 23% overall": a statistic, not a measure.
    if (!out.has_act && statistic_in(d.begin, d.clause_stop)) accept = false;
    // Not an obligation, a domestic tax, a price list, a name or a hypothesis (sense.hpp).
    tariffs::SenseInput sense{words_, d.first, d.last, d.begin, d.clause_stop, d.kind};
    sense.rate = d.rate.has_value();
    sense.act = out.has_act;
    sense.named_side = d.stated_target || d.named_actor;
    sense.any_side = d.actor || d.target || !d.pronoun_actors.empty();
    sense.country_in_sentence = country_in(0, words_.size());
    sense.definite = d.definite;
    accept = accept && tariffs::sense_of(sense) == tariffs::Sense::Border;
    out.accept = accept;
    return out;
  }

  // "levies charged to that country": the last country of the previous sentence that is not
  // the actor.
  std::optional<std::string> that_country(std::size_t begin, std::size_t end,
                                          const std::optional<std::string>& actor) const {
    for (std::size_t k = begin + 1; k < end; ++k) {
      if (lower(k) != "country" || (lower(k - 1) != "that" && lower(k - 1) != "this")) continue;
      for (auto code = previous_codes_.rbegin(); code != previous_codes_.rend(); ++code) {
        if (*code != actor) return *code;
      }
    }
    return std::nullopt;
  }

  // "action against the dumping of components (by Japan)", "Korean dumping": the country
  // the sentence names as the one trading unfairly, other than `actor`.
  std::optional<std::string> dumper(const std::optional<std::string>& actor) const {
    auto other = [&](std::size_t m) {
      return m != kNone && !mentions_[m].pronoun && mentions_[m].code != actor;
    };
    for (std::size_t k = 0; k + 1 < words_.size(); ++k) {
      if (tariffs::is_unfair_practice(lower(k + 1)) && other(mention_at_[k])) {
        return mentions_[mention_at_[k]].code;  // "Korean dumping"
      }
      if (tariffs::names_unfair_trader(view(), k) && other(mention_at_[k + 1])) {
        return mentions_[mention_at_[k + 1]].code;  // "dumping of components (by Japan)"
      }
    }
    return std::nullopt;
  }

  // Sides an accepted draft still lacks: the actor of a one-country currency amount, the
  // target "that country" names, the other side of a zero-for-zero deal.
  void fill_sides(Draft& d) const {
    if (!d.actor && d.pronoun_actors.empty()) {
      d.actor = currency_actor(d.begin, d.clause_stop, d.target);
    }
    if (!d.target) d.target = that_country(d.begin, d.clause_stop, d.actor);
    if (!d.target) d.target = dumper(d.actor);
    if (!d.target && d.actor) d.target = exporter_after(d.last, d.end, *d.actor);
    if (d.reciprocal && d.actor && !d.target) {
      // "Europe was ready to negotiate with the U.S. and offered zero-for-zero tariffs": the
      // deal's other side is the other country of the sentence.
      for (const Mention& mention : mentions_) {
        if (mention.pronoun || mention.code == *d.actor) continue;
        d.target = mention.code;
        break;
      }
    }
  }

  // Whether the draft is an event; if so, its candidate records.
  void finish(Draft& d) {
    Candidate candidate{};
    const Acceptance acceptance = accept_of(d);
    if (!acceptance.accept) return;
    fill_sides(d);
    // "future tariff increases would cover rising costs": nothing says goods cross a border;
    // kept only after another event of the sentence (drop_unanchored).
    candidate.unanchored = !d.actor && !d.target && d.pronoun_actors.empty() && !d.mutual &&
                           !d.rate && d.goods.empty() && !country_in(0, words_.size()) &&
                           !border_word_in(d.begin, d.clause_stop);

    candidate.untargeted = d.untargeted;
    candidate.aimed = d.aimed;
    candidate.other_clause_side = other_clause_side(d.first, d.actor);
    candidate.event.span = {sentence_.start, sentence_.end};
    candidate.event.rate = d.rate;
    candidate.event.action = d.action;
    candidate.event.goods = std::move(d.goods);
    candidate.event.date = date_in(d.begin, d.clause_stop, d.first);
    if (d.mutual && !d.actor && !d.target) {
      candidate.both_sides = true;  // filled in by the annotator from the document
      candidates_.push_back(candidate);
      relative_clause_rate(d.clause_stop, d.rate.has_value());
      return;
    }
    candidate.event.actor = d.actor;
    candidate.event.target = d.target;
    candidates_.push_back(candidate);
    for (const std::string& other : d.more_targets) {
      if (d.actor && *d.actor == other) continue;
      candidate.event.target = other;
      candidates_.push_back(candidate);
    }
    candidate.event.target = d.target;
    // "them ... to reduce tariffs" after "Spain and Portugal": one event per side.
    for (std::size_t p = 1; p < d.pronoun_actors.size() && d.actor == d.pronoun_actors.front();
         ++p) {
      candidate.event.actor = d.pronoun_actors[p];
      candidates_.push_back(candidate);
    }
    relative_clause_rate(d.clause_stop, d.rate.has_value());
  }

  // Whether the clause around triggers [first, last] speaks of goods crossing a border:
  // "export tax", "a tax on imports", "duties on foreign steel".
  bool trade_context(std::size_t first, std::size_t last, std::size_t begin,
                     std::size_t end) const {
    const std::size_t from = first > begin + 8 ? first - 8 : begin;
    const std::size_t to = std::min(end, last + 10);
    for (std::size_t k = from; k < to; ++k) {
      // Not the words of a name: "General Agreement on Tariffs and Trade".
      if (tariffs::is_trade_word(lower(k)) && !words_[k].capitalized) return true;
    }
    for (std::size_t k = first; k <= last; ++k) {
      if (tariffs::is_trade_word(lower(k))) return true;  // "import-duty"
    }
    return false;
  }

  // "export duty ... at 16 ringgit per tonne": an amount in a one-country currency names
  // whose duty it is.
  std::optional<std::string> currency_actor(std::size_t begin, std::size_t end,
                                            const std::optional<std::string>& target) const {
    for (std::size_t k = begin + 1; k < end; ++k) {
      const std::string& amount = lower(k - 1);
      if (amount.empty() || !std::isdigit(static_cast<unsigned char>(amount.back()))) continue;
      if (auto code = tariffs::currency_code(lower(k)); code && *code != target) {
        return std::string(*code);
      }
    }
    return std::nullopt;
  }

  // Whether the trigger at `premod` (its noun phrase's first word) is the object of an
  // opposing word: "fight the tax", "objections to the levy", "opposition against the duty".
  bool opposed(std::size_t premod, std::size_t begin) const {
    if (premod <= begin) return false;
    std::size_t k = premod - 1;
    if ((lower(k) == "to" || lower(k) == "against") && k > begin) --k;
    return tariffs::is_opposition(lower(k));
  }

  // A "tax" is a tariff only when its own noun phrase or the phrase right after it speaks of
  // trade ("export tax", "a tax on imports of steel", "a tax on Japanese cars"), not when a
  // trade word is further off ("objections to the tax, ... fears for soybean exports").
  bool tax_on_trade(std::size_t first, std::size_t last, std::size_t begin, std::size_t end) const {
    const std::size_t from = first > begin + 3 ? first - 3 : begin;
    for (std::size_t k = from; k <= last; ++k) {
      if (tariffs::is_trade_word(lower(k)) && !words_[k].capitalized) return true;
    }
    for (std::size_t k = first; k <= last; ++k) {
      if (tariffs::is_trade_word(lower(k))) return true;  // "import-tax", "Export tax"
    }
    for (std::size_t k = last + 1; k < end && k <= last + 7; ++k) {
      if (words_[k].punct && lower(k) != "-") break;
      // Not the words of a name: "the tax in the General Agreement on Tariffs".
      if ((tariffs::is_trade_word(lower(k)) && !words_[k].capitalized) || mention_at_[k] != kNone) {
        return true;
      }
    }
    return false;
  }

  // "income tax", "stamp duty", "a tax on salaries": a tax on what is earned or consumed at
  // home.
  bool domestic_tax(std::size_t first, std::size_t last, std::size_t end) const {
    if (first > 0 && tariffs::is_domestic_tax_word(lower(first - 1))) return true;
    if (first > 1 && tariffs::is_domestic_tax_word(lower(first - 2))) return true;
    for (std::size_t k = last + 1; k < end && k <= last + 4; ++k) {
      if (tariffs::is_domestic_tax_word(lower(k))) return true;
    }
    return false;
  }

  bool statistic_in(std::size_t begin, std::size_t end) const {
    for (std::size_t k = begin; k < end; ++k) {
      const std::string& w = lower(k);
      if (w == "average" || w == "overall" || w == "averaged" || w == "weighted") return true;
    }
    return false;
  }

  // Whether a stance or speech verb follows word i in its clause: "Singapore fears",
  // "Ruritania's trade minister told reporters": i is the speaker, not a side of the measure.
  bool speaker_at(std::size_t i) const {
    for (std::size_t k = i + 1; k < words_.size() && clause_of_[k] == clause_of_[i]; ++k) {
      if (tariffs::is_stance_verb(lower(k))) return true;
    }
    return false;
  }

  // The one country other than `actor` the sentence names, when none of its mentions is in
  // the clause of the trigger at `first` or speaks.
  std::optional<std::string> other_clause_side(std::size_t first,
                                               const std::optional<std::string>& actor) const {
    std::optional<std::string> only;
    for (const Mention& mention : mentions_) {
      if (mention.pronoun || mention.code.empty() || mention.code == actor) continue;
      if (clause_of_[mention.first] == clause_of_[first] || speaker_at(mention.first)) {
        return std::nullopt;
      }
      if (only && *only != mention.code) return std::nullopt;
      only = mention.code;
    }
    return only;
  }

  bool country_in(std::size_t begin, std::size_t end) const {
    for (const Mention& mention : mentions_) {
      if (!mention.pronoun && mention.first >= begin && mention.last <= end) return true;
    }
    return false;
  }

  // A trade word that is not itself a trigger ("imports", "customs", "foreign") in [begin, end).
  bool border_word_in(std::size_t begin, std::size_t end) const {
    for (std::size_t k = begin; k < end; ++k) {
      if (tariffs::is_trade_word(lower(k)) && tariffs::trigger_of(lower(k)) == Trigger::None) {
        return true;
      }
    }
    return false;
  }

  // "electricity tariffs", "tariff for power": a price list, not a customs duty.
  bool price_tariff(std::size_t first, std::size_t last) const {
    const std::size_t from = first > 2 ? first - 2 : 0;
    const std::size_t to = std::min(words_.size(), last + 4);
    for (std::size_t k = from; k < to; ++k) {
      if (tariffs::is_price_word(lower(k))) return true;
    }
    return false;
  }

  // ", some of which had climbed as high as 145 per cent": a rate for the same tariffs.
  void relative_clause_rate(std::size_t stop, bool has_rate) {
    if (has_rate || stop >= words_.size() || lower(stop) != "which") return;
    if (!(stop >= 2 && lower(stop - 1) == "of") && !(stop >= 1 && lower(stop - 1) == ",")) {
      return;
    }
    std::size_t end = clause_end(stop);
    Act act = Act::None;
    for (std::size_t k = stop + 1; k < end; ++k) {
      ActWord word = tariffs::act_of(lower(k));
      if (!word.noun && (word.act == Act::Raise || word.act == Act::Lower)) {
        act = word.act;
        break;
      }
    }
    if (act == Act::None) return;
    const PercentAt* percent = percent_starting_in(stop + 1, end);
    if (percent == nullptr) return;
    Candidate candidate;
    candidate.event.span = {sentence_.start, sentence_.end};
    candidate.event.rate = percent->value;
    candidate.event.action = act == Act::Raise ? TariffAction::Raised : TariffAction::Lowered;
    candidate.fill = false;
    candidates_.push_back(candidate);
  }

  std::optional<std::string> date_in(std::size_t begin, std::size_t end,
                                     std::size_t trigger) const {
    if (begin >= end) return std::nullopt;
    std::uint32_t from = words_[begin].start;
    std::uint32_t to = words_[end - 1].end;
    std::uint32_t at = words_[trigger].start;
    const DateMention* best = nullptr;
    std::uint32_t best_distance = 0;
    for (const DateMention& date : analysis_.dates) {
      if (date.span.start < from) continue;
      if (date.span.start >= to) break;
      if (date.value.empty()) continue;
      std::uint32_t distance = date.span.start > at ? date.span.start - at : at - date.span.start;
      if (best == nullptr || distance < best_distance) {
        best = &date;
        best_distance = distance;
      }
    }
    if (best == nullptr) return std::nullopt;
    return best->value;
  }

  std::string_view text_;
  const Analysis& analysis_;
  const std::vector<std::string>& previous_codes_;
  std::vector<Candidate>& candidates_;
  const Sentence& sentence_;
  std::vector<Word> words_;
  std::vector<Mention> mentions_;
  std::vector<std::size_t> mention_at_;
  std::vector<std::size_t> clause_of_;
  std::vector<std::size_t> clause_start_;
  std::vector<PercentAt> percents_;
};

// A country a document mentions, with how often.
struct CountryCount {
  std::string code;
  int count = 0;
};
using RankedCountries = std::vector<CountryCount>;

// The countries a document mentions, most mentioned first.
RankedCountries ranked_countries(const Document& doc, const Analysis& analysis) {
  std::map<std::string, int> counts;
  std::vector<Word> words;
  tariffs::split_words(doc.text, analysis.tokens, 0, analysis.tokens.size(), words);
  std::vector<Mention> mentions;
  tariffs::find_mentions(doc.text, words, mentions);
  for (const Mention& mention : mentions) {
    if (!mention.pronoun) ++counts[mention.code];
  }
  RankedCountries ranked;
  for (const auto& [code, count] : counts) ranked.push_back({code, count});
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const CountryCount& a, const CountryCount& b) { return a.count > b.count; });
  return ranked;
}

// The first of `ranked` that is not `other`.
std::optional<std::string> first_other(const RankedCountries& ranked,
                                       const std::optional<std::string>& other) {
  for (const CountryCount& country : ranked) {
    if (!other || country.code != *other) return country.code;
  }
  return std::nullopt;
}

using RankedSource = std::function<const RankedCountries&()>;

// The one target the events of `actor` name themselves, if they name only one.
std::optional<std::string> only_target_of(const std::vector<Candidate>& candidates,
                                          const std::string& actor) {
  std::optional<std::string> only;
  for (const Candidate& candidate : candidates) {
    const TariffEvent& event = candidate.event;
    if (!candidate.fill || event.actor != actor || !event.target) continue;
    if (only && *only != *event.target) return std::nullopt;
    only = event.target;
  }
  return only;
}

// Whether the events of the document name one target only ("the U.S.-Japan chip dispute").
bool single_target(const std::vector<Candidate>& candidates) {
  std::optional<std::string> any_target;
  for (const Candidate& candidate : candidates) {
    const auto& target = candidate.event.target;
    if (!candidate.fill || !target) continue;
    if (any_target && *any_target != *target) return false;
    any_target = target;
  }
  return true;
}

// A missing actor of candidate i: the nearest earlier event's (with its target when i has
// none), else the country the document mentions most that is not the target.
void fill_actor(std::vector<Candidate>& candidates, std::size_t i, const RankedSource& ranked) {
  TariffEvent& event = candidates[i].event;
  if (event.actor) return;
  for (std::size_t j = i; j-- > 0;) {
    const TariffEvent& earlier = candidates[j].event;
    if (!candidates[j].fill || !earlier.actor) continue;
    if (event.target && earlier.target && earlier.target != event.target) continue;
    event.actor = earlier.actor;
    if (!event.target && earlier.target && !candidates[i].untargeted) {
      event.target = earlier.target;
    }
    break;
  }
  if (!event.actor) event.actor = first_other(ranked(), event.target);
  if (event.actor && event.target && *event.actor == *event.target) {
    event.actor = first_other(ranked(), event.target);
  }
}

// A missing target of candidate i: an earlier event of the same actor close by, the one
// target the actor's events name.
void fill_target(std::vector<Candidate>& candidates, std::size_t i, bool one_target) {
  TariffEvent& event = candidates[i].event;
  if (!event.actor || event.target || candidates[i].untargeted) return;
  for (std::size_t j = i; j-- > 0;) {
    const TariffEvent& earlier = candidates[j].event;
    if (!candidates[j].fill || earlier.actor != event.actor || !earlier.target) continue;
    // A target is carried over a paragraph or so, not from far up the article.
    if (event.span.start > earlier.span.end + kTargetCarry) break;
    event.target = earlier.target;
    return;
  }
  auto only = one_target ? only_target_of(candidates, *event.actor) : std::nullopt;
  if (only && *only != *event.actor) event.target = only;
}

// Where the paragraph (text after the last line break) holding byte `start` begins.
std::uint32_t paragraph_start(std::string_view text, std::uint32_t start) {
  if (start == 0) return 0;
  std::size_t before = text.rfind('\n', start - 1);
  return before == std::string_view::npos ? 0 : static_cast<std::uint32_t>(before);
}

// The one country other than `actor` that the paragraph up to `event` names ("U.S. tariffs
// take effect next month" in a paragraph about Japanese chip sales): the default target of
// an imposition that names none, when its own sentence names no other country. Nullopt when
// the paragraph names none or several.
std::optional<std::string> paragraph_target(const Document& doc, const Analysis& analysis,
                                            const Candidate& candidate) {
  const TariffEvent& event = candidate.event;
  // What the paragraph goes on to say after the event is other news: only the text before.
  const std::uint32_t first = paragraph_start(doc.text, event.span.start);
  const std::uint32_t last = event.span.end;
  const auto& tokens = analysis.tokens;
  auto begin =
      std::lower_bound(tokens.begin(), tokens.end(), first,
                       [](const Token& token, std::uint32_t at) { return token.start < at; });
  auto end = std::lower_bound(begin, tokens.end(), last, [](const Token& token, std::uint32_t at) {
    return token.start < at;
  });
  std::vector<Word> words;
  tariffs::split_words(doc.text, tokens, static_cast<std::size_t>(begin - tokens.begin()),
                       static_cast<std::size_t>(end - tokens.begin()), words);
  std::vector<Mention> mentions;
  tariffs::find_mentions(doc.text, words, mentions);
  std::optional<std::string> only;
  for (const Mention& mention : mentions) {
    if (mention.pronoun || mention.code.empty() || mention.code == event.actor) continue;
    // A country of the event's own sentence was seen by the clause model and given no role
    // ("Singapore fears the tariffs imposed by the US"): the paragraph does not overrule it.
    const Word& word = words[mention.first];
    if (word.start >= event.span.start && word.start < event.span.end &&
        mention.code != candidate.other_clause_side) {
      return std::nullopt;
    }
    if (only && *only != mention.code) return std::nullopt;
    only = mention.code;
  }
  return only;
}

// Fills missing actors and targets from the document.
void fill_from_context(std::vector<Candidate>& candidates, const RankedSource& ranked,
                       const Document& doc, const Analysis& analysis) {
  const bool one_target = single_target(candidates);
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (!candidates[i].fill) continue;
    fill_actor(candidates, i, ranked);
    fill_target(candidates, i, one_target);
    TariffEvent& event = candidates[i].event;
    // A cut or removal without a stated target is most often of the actor's own tariffs on
    // everyone ("plans another round of tariff cuts"): no default target for those.
    const bool relief =
        event.action == TariffAction::Lowered || event.action == TariffAction::Lifted;
    if (event.actor && !event.target && !candidates[i].untargeted &&
        (!relief || candidates[i].aimed)) {
      event.target = paragraph_target(doc, analysis, candidates[i]);
    }
  }
}

// Drops the candidates that name nothing of a border crossing ("tariff increases would cover
// costs", "the tariffs would do harm") unless an anchored event of the same sentence comes
// before them. On the tuning sets such mentions in the next sentences were topical.
void drop_unanchored(std::vector<Candidate>& candidates) {
  std::vector<Candidate> kept;
  std::optional<std::uint32_t> anchored_in;  // the sentence (start) of the last anchored event
  for (Candidate& candidate : candidates) {
    if (candidate.unanchored && anchored_in != candidate.event.span.start) continue;
    if (!candidate.unanchored) anchored_in = candidate.event.span.start;
    kept.push_back(std::move(candidate));
  }
  candidates = std::move(kept);
}

bool trade_token(std::string_view token) {
  std::array<char, 16> buffer{};
  return tariffs::is_trade_word(letters_of(token, buffer));
}

// Whether `sentence` holds a trigger word that is not a financial "tax".
bool has_trigger(std::string_view text, const Analysis& analysis, const Sentence& sentence) {
  auto token_text = [&](std::uint32_t t) {
    const Token& token = analysis.tokens[t];
    return text.substr(token.start, token.end - token.start);
  };
  for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
    Trigger kind = token_trigger(token_text(t));
    if (kind == Trigger::Tax) {
      std::array<char, 16> before{};
      std::array<char, 16> after{};
      std::string_view previous =
          t > sentence.first_token ? letters_of(token_text(t - 1), before) : "";
      std::string_view next =
          t + 1 < sentence.end_token ? letters_of(token_text(t + 1), after) : std::string_view();
      if (financial_tax(previous, next)) kind = Trigger::None;
      // "import fee", "customs user fee", "a fee on imported oil"; not "fee income".
      if ((token_text(t)[0] | 0x20) == 'f' && !tariffs::is_trade_word(previous) && next != "on" &&
          !(t > sentence.first_token + 1 && trade_token(token_text(t - 2)))) {
        kind = Trigger::None;
      }
    }
    if (kind != Trigger::None) return true;
  }
  return false;
}

// A short line with a percent: maybe a row of a rate table ("Lesotho: 50%").
bool is_rate_line(std::string_view text, const Analysis& analysis, const Sentence& sentence) {
  if (sentence.end_token - sentence.first_token > 8) return false;
  for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
    const Token& token = analysis.tokens[t];
    std::string_view word = text.substr(token.start, token.end - token.start);
    if (word.find('%') != std::string_view::npos || word == "percent" || word == "per") {
      return true;
    }
  }
  return false;
}

// Whether `events` already holds a record for the same sentence with the same roles.
bool is_duplicate(const std::vector<TariffEvent>& events, const TariffEvent& event) {
  return std::any_of(events.begin(), events.end(), [&event](const TariffEvent& other) {
    return other.span.start == event.span.start && other.span.end == event.span.end &&
           other.actor == event.actor && other.target == event.target && other.rate == event.rate &&
           other.action == event.action;
  });
}

class TariffFocusAnnotator : public Annotator {
 public:
  void annotate(const Document& doc, Analysis& analysis) const override {
    analysis.focused = true;
    analysis.focus.clear();
    for (const Sentence& sentence : analysis.sentences) {
      if (!has_trigger(doc.text, analysis, sentence)) continue;
      if (!analysis.focus.empty() && analysis.focus.back().end >= sentence.start) {
        analysis.focus.back().end = std::max(analysis.focus.back().end, sentence.end);
      } else {
        analysis.focus.push_back({sentence.start, sentence.end});
      }
    }
  }
};

class TariffAnnotator : public Annotator {
 public:
  void annotate(const Document& doc, Analysis& analysis) const override {
    std::vector<Candidate> candidates;
    std::vector<std::string> previous_codes;
    std::size_t previous_sentence = kNone;
    std::size_t focus = 0;  // the first focus span that may overlap sentence s
    for (std::size_t s = 0; s < analysis.sentences.size(); ++s) {
      const Sentence& sentence = analysis.sentences[s];
      // A focus from TariffFocusAnnotator already holds every trigger sentence.
      bool in_focus = true;
      if (analysis.focused) {
        while (focus < analysis.focus.size() && analysis.focus[focus].end <= sentence.start) {
          ++focus;
        }
        in_focus = focus < analysis.focus.size() && analysis.focus[focus].start < sentence.end;
      }
      const bool trigger = in_focus && has_trigger(doc.text, analysis, sentence);
      if (!trigger) {
        if (!candidates.empty() && is_rate_line(doc.text, analysis, sentence)) {
          SentenceAnalysis line(doc, analysis, sentence, previous_codes, candidates);
          line.run_rate_line();
        }
        continue;
      }
      if (previous_sentence != s - 1 || s == 0) previous_codes.clear();
      SentenceAnalysis sentence_analysis(doc, analysis, sentence, previous_codes, candidates);
      sentence_analysis.run();
      previous_codes = sentence_analysis.codes();
      previous_sentence = s;
    }
    if (candidates.empty()) return;
    std::vector<Candidate> expanded;
    // Counting the document's countries re-reads it: only done when an event needs it.
    RankedCountries sides;
    bool counted = false;
    auto ranked = [&]() -> const RankedCountries& {
      if (!counted) sides = ranked_countries(doc, analysis);
      counted = true;
      return sides;
    };
    for (Candidate& candidate : candidates) {
      if (candidate.both_sides) {
        candidate.both_sides = false;
        if (ranked().size() >= 2) {
          candidate.event.actor = sides[0].code;
          candidate.event.target = sides[1].code;
          expanded.push_back(candidate);
          candidate.event.actor = sides[1].code;
          candidate.event.target = sides[0].code;
        }
      }
      expanded.push_back(std::move(candidate));
    }
    drop_unanchored(expanded);
    fill_from_context(expanded, ranked, doc, analysis);
    for (Candidate& candidate : expanded) {
      TariffEvent& event = candidate.event;
      // Nobody taxes their own goods: an unresolved side is null, never the actor again.
      if (event.actor && event.target && *event.actor == *event.target) event.target.reset();
      if (is_duplicate(analysis.tariffs, event)) continue;
      analysis.tariffs.push_back(std::move(event));
    }
  }
};

}  // namespace

std::shared_ptr<const Annotator> make_tariff_annotator() {
  return std::make_shared<TariffAnnotator>();
}

std::shared_ptr<const Annotator> make_tariff_focus_annotator() {
  return std::make_shared<TariffFocusAnnotator>();
}

}  // namespace newsmine
