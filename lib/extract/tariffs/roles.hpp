// Argument roles of a tariff clause: which side a country after the trigger takes, by the
// preposition before it ("duties on Chile" -> target, "duties by Peru" -> actor).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "extract/tariffs/rates.hpp"

namespace newsmine::tariffs {

// The role the word before a country gives it.
enum class Role : std::uint8_t {
  None,
  On,          // "on Chile", "will apply to India": whose goods are taxed
  FromActor,   // "duties from Brussels": who imposes
  FromTarget,  // "imports from Brazil", "cars made in China": whose goods
  ByActor,     // "the levy imposed by Peru"
  Against,     // "against Japan", "in retaliation for Japan's", "because of"
  Other,       // another preposition: no role
};

// The role word k of `view` gives the countries after it, if it is one (not "on", which the
// caller reads); `end`: where the clause part ends; `seen_on`: an "on" came before ("on
// imports from Brazil"). std::nullopt: k is no role word and the role read so far goes on
// ("on countries like China").
std::optional<Role> role_of(const SentenceView& view, std::size_t k, std::size_t end, bool seen_on);

// What the words of a trigger's noun phrase [premod, first) say about the measure.
struct Modifiers {
  bool definite = false;    // "the new tariffs", "these duties": a specific measure
  bool planned = false;     // "proposed", "threatened": only planned
  bool mutual = false;      // "mutual", "tit-for-tat": both ways
  bool zero = false;        // "zero tariffs": none
  bool reciprocal = false;  // "zero-for-zero": a deal between two sides
  bool negated = false;     // "no tariffs", "any duties"
  bool untargeted = false;  // "sweeping", "global": on all countries
  bool aimed = false;       // "retaliatory", "punitive": at one country
  bool indefinite = false;  // "a tariff", "an import levy"
};
Modifiers modifiers_of(const SentenceView& view, std::size_t premod, std::size_t first);

// The countries the noun phrase [premod, first) names: "U.S. levy", "China's duties" -> actor;
// a bare name right before the trigger ("China tariffs") -> target; `owner`: the mention of
// a possessive pronoun ("its tariffs") the caller resolves, kNone for none; only mentions
// before index `below` are read (the caller goes on below an owner it cannot resolve).
struct NounPhraseSides {
  std::optional<std::string> actor;
  std::optional<std::string> target;
  std::size_t owner = kNone;
};
NounPhraseSides noun_phrase_sides(const SentenceView& view, std::size_t premod, std::size_t first,
                                  std::size_t below);

// Whether the "by" at `by` names who trades unfairly: an unfair-practice noun ("dumping",
// "subsidies") stands up to four words before it ("dumping of steel by Korean mills").
bool names_unfair_trader(const SentenceView& view, std::size_t by);

// Whether a role makes its country the target (else the actor, or nothing).
bool names_target(Role role);
bool names_actor(Role role);

}  // namespace newsmine::tariffs
