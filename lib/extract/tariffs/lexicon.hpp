// Word classes the tariff annotator reasons with: trigger nouns, action verbs and nouns,
// modality, negation, clause breaks, determiners and country metonyms. All look-ups take a
// lower-cased word (straight apostrophes) and are O(1) on average over immutable tables.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace newsmine::tariffs {

// What a trigger word names.
enum class Trigger : std::uint8_t {
  None,
  Tariff,          // tariff(s), duty, duties, levy, levies
  Tax,             // tax(es), fee(s), surtax, surcharge: a trigger only in trade use ("export
                   // tax", "import fee")
  Countermeasure,  // countermeasure(s): a trigger only next to a tariff or with an argument
  DutyFree,        // duty-free, tariff-free: rate 0, lifted
};
Trigger trigger_of(std::string_view lower);

// Whether a word beginning with the three letters of `word` (any case, at least three) could
// be a trigger word of trigger_of: a cheap test run on every token. Kept in step with it.
// Inline: it runs on every token.
inline bool may_start_trigger(std::string_view word) {
  if (word.size() < 3) return false;
  const char first = static_cast<char>(word[0] | 0x20);
  const char second = static_cast<char>(word[1] | 0x20);
  const char third = static_cast<char>(word[2] | 0x20);
  return (first == 't' && second == 'a' && (third == 'r' || third == 'x')) ||
         (first == 'd' && second == 'u' && third == 't') ||
         (first == 'l' && second == 'e' && third == 'v') ||
         (first == 's' && second == 'u' && third == 'r') ||
         (first == 'c' && second == 'o' && third == 'u') ||
         (first == 'f' && second == 'e' && third == 'e');
}

// The action class of a verb or action noun.
enum class Act : std::uint8_t {
  None,
  Impose,    // impose, place, slap, levy, apply, introduce
  Threaten,  // threaten, threat
  Raise,     // raise, hike, increase
  Lower,     // cut, reduce, lower, ease
  Pause,     // pause, suspend, delay, waive
  Lift,      // lift, remove, drop, cancel, exempt
  Avert,     // call off: the tariff is still only threatened; the subject imposes it
  Ward,      // head off, stave off, avert: only threatened; the subject is its target
  React,     // respond, retaliate, fight back, benefit: the subject is the target
};
// data/tariffs/actions.tsv gives each word its roles: verb, noun or both.
struct ActWord {
  Act act = Act::None;
  bool noun = false;       // only an action noun ("cuts", "threat"): takes "on/of/in" + tariff
  bool also_noun = false;  // a verb that is an action noun too ("repeal"): read as a verb
                           // unless the words before it make it a noun ("the repeal of")
};
ActWord act_of(std::string_view lower);

// One row of data/tariffs/actions.tsv (word, class, roles). Throws util::ListError for an
// unknown class or roles; act_of reads every row on first use.
struct ListLine;
ActWord read_act_row(const ListLine& row);

// Verbs that need a particle: "call off", "stave off", "fought back".
Act phrasal_act(std::string_view lower, std::string_view next_lower);

// Markers of a future, planned or hypothetical action: will, would, plans, proposed, if, ...
bool is_modal(std::string_view lower);
// Markers that the action was taken: agreed, decided, decision, voted, authorized.
bool is_realized(std::string_view lower);
// not, never, no, n't.
bool is_negation(std::string_view lower);
// Words asking for an action that has not happened: appeal, request, demand, urge.
bool is_request(std::string_view lower);
// Words that open a new clause: but, which, while, although, after, when, if, ...
bool is_clause_opener(std::string_view lower);
// Prepositions that end a noun phrase when walking back from a trigger.
bool is_preposition(std::string_view lower);
// Modifiers that make a trigger specific: the, these, new, additional, retaliatory, its ...
bool is_specific(std::string_view lower);
// Modifiers that mark the tariff as only planned: threatened, planned, proposed, scheduled.
bool is_planned_modifier(std::string_view lower);
// Nouns after a trigger that make it a modifier of something else: "tariff war", "duty law".
bool is_non_event_head(std::string_view lower);
// Personal and possessive pronouns that can stand for a country, and whether they are plural.
std::optional<bool> pronoun_plural(std::string_view lower);
// Generic goods words that are no goods on their own: goods, products, exports, imports.
bool is_generic_goods(std::string_view lower);
// Words that end a goods list: prepositions, time words, verbs.
bool ends_goods(std::string_view lower);
// Words of goods crossing a border: import(s), export(s), customs, foreign, dumping, ...
bool is_trade_word(std::string_view lower);
// Words of domestic taxes: income, sales, VAT, excise, stamp, salaries, property, ...
bool is_domestic_tax_word(std::string_view lower);
// Participles of origin before "in": made, manufactured, produced, grown, built.
bool is_origin_verb(std::string_view lower);
// Nouns of unfair trade practices: dumping, subsidies ("dumping by X": X is the target).
bool is_unfair_practice(std::string_view lower);
// Nouns of a country's goods or sellers after it: exports, makers ("American exports").
bool is_exporter_noun(std::string_view lower);
// Modifiers of a measure aimed at one country: retaliatory, punitive, countervailing.
bool is_aimed_modifier(std::string_view lower);
// Words of utility and service prices: electricity, power, water, fares, ...
bool is_price_word(std::string_view lower);

// Words of opposing a measure: fight, oppose, objections, protest, ...
bool is_opposition(std::string_view lower);

// Nouns of a habit or capacity that make an action abstract: tendency, habit, propensity.
bool is_abstract_frame(std::string_view lower);
// Words between a country and its rate in a list: "China (at 54%)", "Lesotho: 50%".
bool is_list_link(std::string_view lower);
// Words that say both sides tariff each other: mutual, reciprocal, tit-for-tat.
bool is_mutual(std::string_view lower);

// "country", "nations", "imports": after "every"/"all", a scope with no one target.
bool is_universal_scope(std::string_view lower);

// "faces", "facing": its subject is under the tariff that is its object.
bool is_facing(std::string_view lower);

// "said", "fears": a country before it speaks about the tariff, it has no role in it.
bool is_stance_verb(std::string_view lower);

// "atop", "plus": between two tariff words, a new measure stacked on an existing one.
bool is_stacking(std::string_view lower);

// "tier", "bracket": a noun naming a tariff level ("the 10% tier of the tariffs").
bool is_level_noun(std::string_view lower);

// "sweeping", "universal": a tariff on all countries, with no one target.
bool is_untargeted_modifier(std::string_view lower);

// Country codes for words the gazetteer does not map the way trade news uses them: heads of
// government ("Trump", "Reagan" -> US), "EC", "Brussels" -> EU. `word` is as written.
std::optional<std::string_view> leader_or_bloc_code(std::string_view word);

// The country of a currency used by one country only (currencies.tsv): "ringgit" -> MY.
std::optional<std::string_view> currency_code(std::string_view lower);

}  // namespace newsmine::tariffs
