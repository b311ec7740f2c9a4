// The canonical stage: its row of the kind registry (it writes no records of its own).
#include "newsmine/extractors.hpp"
#include "newsmine/registry.hpp"
#include "pipeline/kind_fields.hpp"

namespace newsmine {

using namespace kind_fields;

KindSpec canonical_kind() {
  KindSpec spec;
  spec.name = "canonical";
  spec.description = "sets each entity's canonical name: the fullest name the article uses";
  spec.needs = {"entity"};
  spec.make = [](const ExtractorConfig&) { return make_canonical_annotator(); };
  return spec;
}

}  // namespace newsmine
