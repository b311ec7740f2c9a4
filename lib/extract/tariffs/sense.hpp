// Whether a trigger word ("tariff", "duty", "levy", "tax", "surcharge") names a measure on goods
// crossing a border at all, before its roles matter: "duty" is also an obligation ("his duty
// to protect"), a levy may fall on what is earned or consumed at home ("a levy on hotel
// rooms", "a tax on domestic and imported oils"), a tariff may be a price list ("data
// tariffs"), a word of a name ("General Agreement on Tariffs and Trade") or a hypothesis ("if
// tariffs were imposed, prices would rise"). The decision weighs the evidence of the sentence,
// gathered in SenseEvidence; the word classes are data files (data/tariffs/sense-*.tsv,
// sense-origin.txt and the trade, price and domestic-tax lists), loaded once, duplicates and
// conflicts rejected. Runs only on trigger groups the annotator is about to accept: O(window) word
// look-ups, no allocation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "extract/tariffs/lexicon.hpp"
#include "extract/tariffs/words.hpp"

namespace newsmine::tariffs {

// A trigger group in its sentence, with what the annotator already read of its roles.
struct SenseInput {
  const std::vector<Word>& words;  // the sentence (words.hpp)
  std::size_t first = 0;           // the trigger group: words [first, last]
  std::size_t last = 0;
  std::size_t begin = 0;  // its clause: words [begin, end)
  std::size_t end = 0;
  Trigger kind = Trigger::None;
  bool rate = false;        // a rate is stated for it
  bool act = false;         // an action word governs it ("imposed", "cut")
  bool named_side = false;  // its phrase names a country side: "US tariffs", "duties on Canada"
  bool any_side = false;    // an actor or target is known, also from the clause's subject
  bool country_in_sentence = false;  // the sentence names a country anywhere
  bool definite = false;             // a known measure: "the tariffs", "its duties", "these levies"
};

// What the sentence says about the trigger's sense.
struct SenseEvidence {
  bool border = false;          // a trade word in the trigger's phrase: "import duty", "on imports"
  bool obligation = false;      // "on duty", "his duty", "duty to protect", "rights and duties"
  bool domestic = false;        // "income tax", "a levy on hotel rooms", "the city council's levy"
  bool taxed_at_home = false;   // what it falls on is earned or used at home: "on remittances"
  bool origin_neutral = false;  // "a tax on domestic and imported oils": all goods alike
  bool price = false;           // "electricity tariffs", "data tariffs", "insurance surcharges"
  bool topical = false;         // "the tariffs' impact on ...": the trigger possesses a topic noun
  bool governed = false;        // "despite tariffs", "amid the levies": its phrase is a topic
  bool retail = false;          // "the duty-free shop", "the duty-free allowance"
  bool hypothetical = false;    // "if", "unless", "should the talks fail" in the sentence
  bool in_name = false;         // a word of a name: "General Agreement on Tariffs and Trade"
};

enum class Sense : std::uint8_t {
  Border,        // a customs duty, import or export levy: may be an event
  Obligation,    // "duty" as a task or obligation
  Domestic,      // a tax on income, consumption, services or transactions at home
  Price,         // a price schedule: electricity, telecom, postal, bank tariffs
  Hypothetical,  // an unspecified measure in a condition
  Topical,       // only the topic of the sentence: "prices rose despite tariffs"
  Name,          // part of a proper name (an agreement, an office)
};

// The evidence of the sentence for the trigger group of `in`.
SenseEvidence sense_evidence(const SenseInput& in);

// The sense the evidence supports. Obligation, origin-neutral cues and a home object right after
// the trigger ("a border tax on remittances") outweigh a trade word; other domestic cues
// outweigh none; a trade word in the trigger's own phrase or a named country side
// outweighs a price or local-government cue; a condition rejects only an unspecified measure
// in a sentence that names no country ("if tariffs were imposed, prices would rise").
Sense decide_sense(const SenseInput& in, const SenseEvidence& evidence);

// decide_sense(in, sense_evidence(in)).
Sense sense_of(const SenseInput& in);

// Whether `lower` opens a condition ("if", "unless"; sense-conditions.tsv, role marker).
bool is_condition_marker(std::string_view lower);

}  // namespace newsmine::tariffs
