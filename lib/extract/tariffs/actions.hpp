// The action of a tariff clause: which of imposed, threatened, raised, lowered, paused or
// lifted the clause reports, from the action word governing the trigger and its modality.
#pragma once

#include <cstddef>

#include "extract/tariffs/lexicon.hpp"
#include "extract/tariffs/rates.hpp"
#include "newsmine/analysis.hpp"

namespace newsmine::tariffs {

// The words a clause decision reads: the trigger group [first, last] in the clause
// [begin, stop).
struct ClauseRange {
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t begin = 0;
  std::size_t stop = 0;
};

// Whether an action is only planned or hypothetical, with the evidence.
struct Modality {
  bool modal = false;          // will, would, plans, proposed, "is to", "to be", asked for
  bool realized = false;       // agreed, decided, kept
  std::size_t marker = kNone;  // the word that decided it, kNone for none
};

// The modality of the action word at `verb` (kNone: none governs the trigger); `anchor` is
// the verb or else the trigger; `planned`: the noun phrase says "planned", "proposed".
Modality modality_of(const SentenceView& view, const ClauseRange& clause, std::size_t verb,
                     std::size_t anchor, bool planned);

// The action a clause reports for an action word of class `act` (Act::None: no word).
// `averted`: the measure is warded off ("efforts to avert the threat of tariffs").
TariffAction action_of(Act act, Modality modality, bool averted);

}  // namespace newsmine::tariffs
