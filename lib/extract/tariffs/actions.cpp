#include "extract/tariffs/actions.hpp"

#include <algorithm>
#include <string>

#include "extract/tariffs/sense.hpp"

namespace newsmine::tariffs {

namespace {

// "the levy will hit", "more duties may be forthcoming": a future or a possible state right
// after a trigger no action word governs; "the tariffs might hurt exporters" speaks of a
// possible effect of tariffs that exist. Returns the marker or kNone.
std::size_t modal_after_trigger(const SentenceView& view, const ClauseRange& clause) {
  for (std::size_t k = clause.last + 1; k + 1 < clause.stop && k <= clause.last + 2; ++k) {
    const std::string& w = view.lower(k);
    const bool future = w == "will" || w == "would" || w == "should";
    const bool possible = w == "might" || w == "could" || w == "may";
    if (future || (possible && view.lower(k + 1) == "be")) return k;
  }
  return kNone;
}

// The modal and realized markers in [from, anchor) outside the trigger group; the last one
// decides ("had threatened and then decided to impose").
void markers_before(const SentenceView& view, const ClauseRange& clause, std::size_t from,
                    std::size_t anchor, Modality& out) {
  for (std::size_t k = from; k < anchor; ++k) {
    if (k >= clause.first && k <= clause.last) continue;
    const std::string& w = view.lower(k);
    // "urged Ottawa to join in placing tariffs": asked for, not done.
    const bool request = is_request(w) && act_of(w).act == Act::None;
    if (is_modal(w) || request) {
      out = {true, false, k};
    } else if (is_realized(w)) {
      out.realized = true;
      out.marker = k;
    }
  }
}

// "is to impose", "a move to impose", "to be imposed": an infinitive of intent.
bool infinitive_of_intent(const SentenceView& view, const ClauseRange& clause, std::size_t anchor) {
  if (anchor < clause.begin + 2) return false;
  if (view.lower(anchor - 1) == "to") {
    const std::string& w = view.lower(anchor - 2);
    if (w == "be" || w == "is" || w == "are" || w == "move" || w == "step") return true;
  }
  return view.lower(anchor - 2) == "to" && view.lower(anchor - 1) == "be";
}

// "... imposed as planned": the measure is still to come.
bool as_planned(const SentenceView& view, const ClauseRange& clause, std::size_t anchor) {
  for (std::size_t k = anchor + 1; k + 1 < clause.stop && k <= anchor + 8; ++k) {
    if (view.lower(k) == "as" && view.lower(k + 1) == "planned") return true;
  }
  return false;
}

// "agreed to impose duties on X unless Y opens its markets": a condition after the measure
// that an action word before the trigger governs makes it a threat, even when agreed.
std::size_t condition_after(const SentenceView& view, const ClauseRange& clause, std::size_t verb) {
  if (verb == kNone || verb >= clause.first) return kNone;
  // The condition follows the trigger's own phrase ("on Japanese electrical goods unless"); a
  // comma or "and" ends that phrase ("imposed ... last year and will lift them if ..."). The
  // condition opens the next clause: the word at clause.stop is read too.
  const std::size_t end = std::min({clause.stop + 1, view.words.size(), clause.last + 13});
  for (std::size_t k = clause.last + 1; k < end; ++k) {
    const Word& word = view.words[k];
    if (word.punct || word.lower == "and" || word.lower == "but") return kNone;
    if (is_condition_marker(word.lower)) return k;
  }
  return kNone;
}

}  // namespace

Modality modality_of(const SentenceView& view, const ClauseRange& clause, std::size_t verb,
                     std::size_t anchor, bool planned) {
  Modality out;
  out.modal = planned;
  std::size_t from = anchor > clause.begin + 8 ? anchor - 8 : clause.begin;
  if (verb != kNone && verb > clause.last) from = clause.last + 1;
  if (verb == kNone) {
    const std::size_t marker = modal_after_trigger(view, clause);
    if (marker != kNone) out = {true, false, marker};
  }
  markers_before(view, clause, from, anchor, out);
  if (infinitive_of_intent(view, clause, anchor) || as_planned(view, clause, anchor)) {
    out.modal = true;
    if (out.marker == kNone) out.marker = anchor;
  }
  if (const std::size_t condition = condition_after(view, clause, verb); condition != kNone) {
    out = {true, false, condition};
  }
  return out;
}

TariffAction action_of(Act act, Modality modality, bool averted) {
  if (averted) return TariffAction::Threatened;
  const bool only_planned = modality.modal && !modality.realized;
  switch (act) {
    case Act::Threaten:
    case Act::Avert:
    case Act::Ward:
      return TariffAction::Threatened;
    case Act::Lower:
      return TariffAction::Lowered;
    case Act::Pause:
      return TariffAction::Paused;
    case Act::Lift:
      return TariffAction::Lifted;
    case Act::Raise:
      return only_planned ? TariffAction::Threatened : TariffAction::Raised;
    default:
      return only_planned ? TariffAction::Threatened : TariffAction::Imposed;
  }
}

}  // namespace newsmine::tariffs
