// Canonical names of entities (lib/extract/canonical/canonical.cpp). Internal to the extract stage.
#pragma once

#include <string_view>
#include <vector>

#include "newsmine/analysis.hpp"

namespace newsmine {

// Sets Entity::canonical of every entity of one document (`text`) to the span of the fullest
// mention of the same person, organisation or country; to its own span when there is none.
void canonicalize_entities(std::string_view text, std::vector<Entity>& entities);

}  // namespace newsmine
