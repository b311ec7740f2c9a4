// Argument roles of a tariff clause: which side a country after the trigger takes, by the
// preposition before it ("duties on Chile" -> target, "duties by Peru" -> actor).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

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

// Whether a role makes its country the target (else the actor, or nothing).
bool names_target(Role role);
bool names_actor(Role role);

}  // namespace newsmine::tariffs
