// The rate of a tariff clause: which percent of the sentence is the measure's level. Each
// decision returns the rate with the evidence it used; none reads past the clause it is given.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/tariffs/lexicon.hpp"
#include "extract/tariffs/words.hpp"

namespace newsmine::tariffs {

inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// A percent of the sentence: words [first, last).
struct PercentAt {
  std::size_t first = 0;
  std::size_t last = 0;
  double value = 0;
};

// What the role decisions read: one sentence's words, country mentions (mention_at: the
// mention covering each word, or kNone) and percents, in word order.
struct SentenceView {
  const std::vector<Word>& words;
  const std::vector<Mention>& mentions;
  const std::vector<std::size_t>& mention_at;
  const std::vector<PercentAt>& percents;

  const std::string& lower(std::size_t i) const { return words[i].lower; }
};

// Where a rate was read.
enum class RateSource : std::uint8_t {
  None,
  NounPhrase,    // "the 34% duties", "a 10 per cent tariff"
  AfterTrigger,  // "tariffs of up to 100 percent"
  AfterVerb,     // "cut to 20 pct the duty", "were raised to 25%"
  NewLevel,      // "cut duties on chocolate to 20 pct from 31.9 pct"
  StartingAt,    // "tariffs on motorcycles, starting at 49.9 pct"
  Zero,          // "a zero duty", "duty-free"
  LevelNoun,     // "the 10 per cent tier of the new tariffs"
};

struct RateChoice {
  std::optional<double> value;
  RateSource source = RateSource::None;
  std::size_t at = kNone;  // the percent's first word
};

// Words that may stand between a trigger and its rate: "tariffs of up to 100 percent".
bool is_rate_filler(std::string_view lower);

// The first percent starting in words [first, last) that is not an old level or a change
// ("up from about 5 pct", "by 10 percent"); nullptr when there is none.
const PercentAt* percent_starting_in(const SentenceView& view, std::size_t first, std::size_t last);

// Whether percent p is an old level or a change: "from (about) 5 pct", "by 10 pct".
bool old_level(const SentenceView& view, std::size_t p);

// A percent in the trigger's noun phrase, words [premod, first).
RateChoice rate_in_noun_phrase(const SentenceView& view, std::size_t premod, std::size_t first);

// "the 10 per cent tier of Mr Trump's tariffs": the percent of a level noun whose "of" phrase
// is the trigger's noun phrase starting at `premod` (clause from `begin`).
RateChoice rate_of_level(const SentenceView& view, std::size_t premod, std::size_t begin);

// A percent right after the trigger group ending at `last`, past filler words, before `end`.
RateChoice rate_after_trigger(const SentenceView& view, std::size_t last, std::size_t end);

// The level an action word at `verb` (of class `act`) sets for the trigger group
// [first, last]: "cut to 20 pct the duty", "raised duties on X to an average above 60%".
RateChoice rate_after_verb(const SentenceView& view, std::size_t verb, Act act, std::size_t first,
                           std::size_t last, std::size_t end);

// "tariffs on motorcycles, starting at 49.9 pct": the first level of a staged measure.
RateChoice rate_starting_at(const SentenceView& view, std::size_t last, std::size_t clause_stop);

}  // namespace newsmine::tariffs
