// The entity kind: its row of the kind registry (needs, annotator, fields, records).
#include "newsmine/extractors.hpp"
#include "newsmine/registry.hpp"
#include "pipeline/kind_fields.hpp"

namespace newsmine {

using namespace kind_fields;

KindSpec entity_kind() {
  KindSpec spec;
  spec.name = "entity";
  spec.description = "A named entity";
  spec.written_by = "`extract`, `newsmine`";
  spec.needs = {"sentence"};
  spec.followers = {"canonical"};
  spec.make = [](const ExtractorConfig& config) {
    return make_entity_annotator(config.entity_model);
  };
  spec.fields = {{"type", F::String, P::Always,
                  "PERSON, ORG, LOC or MISC (CoNLL-2003 classes; countries and cities are LOC, "
                  "nationalities MISC)"},
                 text_field(),
                 start_field(),
                 end_field(),
                 {"link", F::String, P::Optional, "ISO 3166-1 alpha-2 code, for a country"},
                 {"canonical", F::String, P::Always,
                  "the fullest name the article uses for the same person, organisation or country "
                  "(\"Trump\" -> \"Donald J. Trump\"), else the text"}};
  spec.count = [](const Analysis& a) { return a.entities.size(); };
  spec.start = [](const Analysis& a, std::size_t i) { return a.entities[i].span.start; };
  spec.emit = [](const EmitContext& c, std::size_t i, Record& record) {
    const Entity& entity = c.analysis.entities[i];
    record.add("type", entity_type_name(entity.type));
    add_span(record, c.doc, entity.span);
    if (!entity.link.empty()) record.add("link", std::string_view(entity.link));
    const Span canonical =
        entity.canonical.end > entity.canonical.start ? entity.canonical : entity.span;
    record.add("canonical", slice(c.doc, canonical));
  };
  return spec;
}

}  // namespace newsmine
