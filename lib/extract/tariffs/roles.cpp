#include "extract/tariffs/roles.hpp"

#include <algorithm>

#include "extract/tariffs/lexicon.hpp"

namespace newsmine::tariffs {

std::optional<Role> role_of(const SentenceView& view, std::size_t k, std::size_t end,
                            bool seen_on) {
  const std::string& w = view.lower(k);
  const std::string* before = k > 0 ? &view.lower(k - 1) : nullptr;
  if ((w == "because" && k + 1 < end && view.lower(k + 1) == "of") ||
      (w == "for" && before && act_of(*before).act == Act::React)) {
    return Role::Against;  // "in retaliation for Japan's failure", "because of Japan's"
  }
  if (w == "from") {
    // "imports from Brazil", "goods from China": whose goods; else who imposes.
    const bool goods_before = before && is_generic_goods(*before);
    return seen_on || goods_before ? Role::FromTarget : Role::FromActor;
  }
  if (w == "by") {
    // "direct imports by Spanish firms": the importer, not who imposes; "dumping by Korean
    // mills": whose goods the remedy hits.
    if (names_unfair_trader(view, k)) return Role::Against;  // "dumping of steel by"
    return before && is_generic_goods(*before) ? Role::Other : Role::ByActor;
  }
  if (w == "against") return Role::Against;
  if (w == "like" || w == "including" ||
      (w == "such" && k + 1 < end && view.lower(k + 1) == "as")) {
    return std::nullopt;  // "on countries like China": the role goes on
  }
  if (w == "in" && before && is_origin_verb(*before)) {
    return Role::FromTarget;  // "cars made in China"
  }
  if (w == "to" && before && act_of(*before).act == Act::Impose) {
    return Role::On;  // "will apply to India"
  }
  if (is_preposition(w)) return Role::Other;
  return std::nullopt;
}

Modifiers modifiers_of(const SentenceView& view, std::size_t premod, std::size_t first) {
  Modifiers out;
  for (std::size_t k = premod; k < first; ++k) {
    const std::string& w = view.lower(k);
    if (is_specific(w)) out.definite = true;
    if (is_planned_modifier(w)) out.planned = true;
    if (is_mutual(w)) out.mutual = true;
    if (w == "zero") out.zero = true;
    if (w.starts_with("zero-for")) out.zero = out.reciprocal = true;  // "zero-for-zero"
    if (w == "no" || w == "any") out.negated = true;  // "no tariffs", "any duties that might"
    if (is_untargeted_modifier(w)) out.untargeted = true;
    if (is_aimed_modifier(w)) out.aimed = true;
    if (k == premod && (w == "a" || w == "an")) out.indefinite = true;
  }
  return out;
}

NounPhraseSides noun_phrase_sides(const SentenceView& view, std::size_t premod, std::size_t first,
                                  std::size_t below) {
  NounPhraseSides out;
  for (std::size_t m = std::min(below, view.mentions.size()); m-- > 0;) {
    const Mention& mention = view.mentions[m];
    if (mention.first < premod || mention.last > first) continue;
    if (mention.pronoun) {
      const std::string& w = view.lower(mention.first);
      if (mention.first + 1 == mention.last &&
          (w == "its" || w == "their" || w == "his" || w == "her")) {
        out.owner = m;
        return out;
      }
      continue;
    }
    // "U.S. levy", "Chinese duties" name who imposes; a bare name, "China tariffs", whom.
    if (mention.bare_name && !mention.possessive && mention.last == first) {
      out.target = mention.code;
      continue;
    }
    out.actor = mention.code;
    return out;
  }
  return out;
}

bool names_unfair_trader(const SentenceView& view, std::size_t by) {
  if (view.lower(by) != "by") return false;
  for (std::size_t j = by; j-- > 0 && j + 4 >= by;) {
    if (is_unfair_practice(view.lower(j))) return true;
  }
  return false;
}

bool names_target(Role role) {
  return role == Role::On || role == Role::FromTarget || role == Role::Against;
}

bool names_actor(Role role) {
  return role == Role::FromActor || role == Role::ByActor;
}

}  // namespace newsmine::tariffs
